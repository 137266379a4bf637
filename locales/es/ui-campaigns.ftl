# The list of campaigns (ui/src/screens/Campaigns.svelte) and the form that creates or edits one
# (ui/src/screens/CampaignForm.svelte).

## The list
campaigns-title = Campañas
campaigns-new = Nueva campaña
campaigns-search = Buscar campañas
campaigns-search-placeholder = Buscar nombre, colaborador, código…  ( / )
campaigns-status = Estado
campaigns-any-status = Cualquier estado
campaigns-show-archived = Mostrar archivadas
campaigns-no-match-title = Ninguna campaña coincide
campaigns-no-match-text = Prueba con otra búsqueda u otro estado.
campaigns-empty-title = Aún no hay campañas
campaigns-empty-text = Planifica una con sus fechas y luego agrega los colaboradores o comunidades que participan, con sus condiciones y códigos de descuento. Los pedidos con esos códigos se les atribuyen, y la hoja de cupones de la campaña imprime cada código con un código QR.
campaigns-empty-action = Planificar una campaña
campaigns-col-campaign = Campaña
campaigns-col-dates = Fechas
campaigns-col-status = Estado
campaigns-col-partners = Colaboradores
campaigns-col-codes = Códigos
campaigns-archived = Archivada
campaigns-window = + { $count ->
        [one] { $count } día
       *[other] { $count } días
    } para contar pedidos

## The form
campaigns-form-new-title = Nueva campaña
campaigns-form-edit-title = Editar { $name }
campaigns-form-name = Nombre
campaigns-form-goal = Objetivo
campaigns-form-goal-placeholder = Vender kits para trasplantar plantas
campaigns-form-start = Primer día
campaigns-form-end = Último día
campaigns-form-window = Días para contar pedidos después del final
campaigns-form-window-hint = Ventana de atribución, { $days } días por defecto
campaigns-form-other-costs = Otros costos
campaigns-form-other-costs-hint = Impresión, evento, anuncios
campaigns-form-hours = Tus horas en la campaña
campaigns-form-hours-hint = Se cuentan como costo según tu tarifa por hora (Ajustes)
campaigns-form-notes = Notas
campaigns-form-cancel = Cancelar
campaigns-form-save = Guardar
campaigns-form-create = Crear campaña
campaigns-form-window-invalid = Escribe un número entero de días
campaigns-form-hours-invalid = Escribe un número de horas
campaigns-form-start-missing = Elige el primer día
campaigns-form-end-missing = Elige el último día
campaigns-form-other-costs-invalid = Escribe un importe
campaigns-form-saved = Campaña guardada
campaigns-form-created = { $name } creada
