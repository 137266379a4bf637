# The communities screens: the list, the form, and a community's page.

## The list
communities-title = Comunidades
communities-import = Importar una hoja de cálculo…
communities-new = Nueva comunidad
communities-search-placeholder = Buscar nombre, tema, responsable, ciudad…  ( / )
communities-search-label = Buscar comunidades
communities-size-label = Tamaño
communities-any-size = Cualquier tamaño
communities-stage-label = Etapa
communities-all-stages = Todas las etapas
communities-topic = Tema
communities-city = Ciudad
communities-sort-label = Ordenar por
communities-sort-name = Orden: nombre
communities-sort-size = Orden: tamaño
communities-sort-updated = Orden: último cambio
communities-show-archived = Mostrar archivadas
communities-no-match-title = Ninguna comunidad coincide
communities-no-match-text = Prueba con menos filtros u otra búsqueda.
communities-empty-title = Aún no hay comunidades
communities-empty-text = Clubes de corredores, grupos de madres y padres, servidores de Discord: grupos cuyos miembros se convierten en clientes fieles. Agrega una con su tamaño y su responsable, guarda lo que dicen sus miembros en un registro de opiniones e inclúyela en una campaña con un código de descuento, como harías con un colaborador.
communities-add = Agregar una comunidad
communities-col-name = Nombre
communities-col-kind = Tipo
communities-col-members = Miembros
communities-col-size = Tamaño
communities-col-leader = Responsable
communities-col-stage = Etapa
communities-col-feedback = Opiniones
communities-col-campaigns = Campañas
communities-archived = Archivada

## The form (new or edit); $name is the community's name
communities-form-size-not-number = El tamaño debe ser un número
communities-form-saved = Comunidad guardada
communities-form-added = { $name } agregada
communities-form-edit-title = Editar { $name }
communities-form-name = Nombre
communities-form-kind = Tipo
communities-form-members = Miembros (aprox.)
communities-form-topic = Tema
communities-form-topic-placeholder = running
communities-form-neighborhood = Barrio
communities-form-city = Ciudad
communities-form-leader = Responsable
communities-form-leader-hint = El colaborador que la dirige, si está en tus contactos
communities-form-stage = Etapa
communities-form-link = Enlace
communities-form-notes = Notas
communities-form-cancel = Cancelar
communities-form-save = Guardar
communities-form-add = Agregar comunidad

## A community's page
communities-page-back = ← Comunidades
# $count is the community's size (members, roughly).
communities-page-size = unos { $count } miembros
communities-page-size-unknown = tamaño desconocido
communities-page-edit = Editar
communities-page-restore = Restaurar
communities-page-archive = Archivar
communities-page-delete = Eliminar
communities-page-about = Información
communities-page-topic = Tema
communities-page-where = Dónde
communities-page-leader = Responsable
communities-page-link = Enlace
communities-page-notes = Notas
communities-page-campaigns = Campañas
communities-page-no-campaigns = Aún no está en ninguna campaña.
communities-page-campaigns-label = Campañas de esta comunidad
communities-page-lift-title = Sin código: se mide por el aumento de ventas de la campaña (parte de esta comunidad, ingresos netos, rango del 95 %), no por pedidos
# Tooltip; $amount is money, or "—" without results.
communities-page-cost = costo { $amount }
# $count is a number of orders, or "—" without results.
communities-page-orders = { $count ->
    [one] { $count } pedido
   *[other] { $count } pedidos
    }
# $roi is a percent.
communities-page-roi = ROI { $roi }
communities-page-feedback-log = Registro de opiniones
communities-page-add-feedback = Agregar opinión
communities-page-fb-day = Día
communities-page-fb-source = Dónde se dijo
communities-page-fb-source-placeholder = publicación del grupo, evento, mensaje directo
communities-page-fb-sentiment = Tono
communities-page-fb-tags = Etiquetas
communities-page-fb-tags-hint = Separadas por comas
communities-page-fb-tags-placeholder = precio, evento
communities-page-fb-text = Qué se dijo
communities-page-filter-sentiment = Filtrar por tono
communities-page-all = Todas
communities-page-filter-tag = Filtrar por etiqueta
communities-page-all-tags = Todas las etiquetas
communities-page-fb-empty = Aún no hay nada anotado. Anota lo que dicen los miembros sobre tus productos: es el estudio de mercado más sincero que vas a tener.
communities-page-fb-no-match = Ninguna opinión coincide con este filtro.
communities-page-fb-delete-label = Eliminar esta opinión
communities-page-feedback-added = Opinión agregada
communities-page-archived-notice = Archivada: oculta en las listas, se conserva el historial
communities-page-restored = Restaurada
# $name is the community's name.
communities-page-deleted = { $name } eliminada
communities-page-loading = Cargando…
