# La página de una campaña (ui/src/screens/CampaignPage.svelte con CampaignResults, CampaignPartnerForm,
# CampaignDeliverables) y, en el panel, “Códigos que quizá se filtraron” y “Acuerdos pendientes”
# (LeakSignals, LeakOrders, AgreementsDue).

## Shared words
campaign-loading = Cargando…
campaign-counting = Calculando…
campaign-edit = Editar
campaign-delete = Eliminar
campaign-cancel = Cancelar
campaign-add = Agregar
campaign-save = Guardar
campaign-close = Cerrar
campaign-mark-done = Marcar como hecho
campaign-open-campaign = Abrir la campaña
campaign-badge-archived = Archivada
campaign-badge-member-archived = Archivado
campaign-col-who = Quién
campaign-col-what = Qué
campaign-col-due = Fecha límite
campaign-col-day = Día
campaign-col-code = Código
campaign-col-orders = Pedidos
campaign-col-net-revenue = Ingresos netos
campaign-col-gross-profit = Ganancia bruta
campaign-col-cost = Costo
campaign-col-commission = Comisión
campaign-col-new-customers = Clientes nuevos

## The campaign's page
campaign-back = ← Campañas
campaign-dates = { $range }; los pedidos cuentan hasta el { $until }
campaign-reinstate = Reactivar
campaign-reinstated = Campaña reactivada
campaign-cancel-campaign = Cancelar campaña
campaign-cancelled = Campaña cancelada: sus códigos ya no cuentan
campaign-archive = Archivar
campaign-restore = Restaurar
campaign-notice-archived = Archivada
campaign-notice-restored = Restaurada
campaign-fixed-costs = Costos fijos hasta ahora
campaign-fixed-costs-hint = (honorarios + productos regalados a precio de costo + otros costos; la comisión se suma sobre las ventas atribuidas)
campaign-other-costs = Otros costos
campaign-your-hours = Tus horas
campaign-notes = Notas
campaign-partners-title = Colaboradores y condiciones
campaign-add-member = Agregar colaborador o comunidad
campaign-partners-empty-title = Aún no hay nadie en esta campaña
campaign-partners-empty-text = Agrega los colaboradores y comunidades que participan, con sus honorarios, productos regalados, comisión y códigos de descuento.
campaign-partners-table = Colaboradores de esta campaña
campaign-col-codes = Códigos
campaign-col-fee = Honorarios
campaign-col-gifted = Regalado
campaign-col-agreement-notes = Notas del acuerdo
campaign-badge-community = Comunidad
campaign-no-code = sin código (medido por el aumento de ventas)
campaign-first-orders = para primeros pedidos
campaign-leaked-from = marcado como filtrado desde el { $day }
campaign-unmark = Desmarcar
campaign-unmark-label = Desmarcar { $code }
campaign-unmark-title = Sus pedidos vuelven a contar para { $name }
campaign-unmarked = { $code } desmarcado: sus pedidos vuelven a contar
campaign-edit-terms = Editar condiciones
campaign-log-post = Registrar publicación
campaign-remove = Quitar
campaign-mark-leaked-open = Marcar un código como filtrado…
campaign-mark-leaked-open-title = Desde un día, los pedidos con este código no cuentan para nadie (tampoco para { $name }) ni generan comisión
campaign-leak-form = Marcar un código de { $name } como filtrado
campaign-leak-code = Código de { $name }
campaign-leak-from = Filtrado desde
campaign-leak-submit = Marcar como filtrado
campaign-leak-hint = Desde ese día, los pedidos con el código no cuentan para nadie (tampoco para { $name }) ni generan comisión. Si lo vuelves a marcar, cambia el día; “Desmarcar” quita la marca.
campaign-leak-choose-code = Elige un código
campaign-leak-choose-day = Elige el primer día en que sus pedidos no cuentan para nadie
campaign-leak-marked = { $code } marcado como filtrado desde el { $day }: sus pedidos desde ese día no cuentan para nadie
campaign-posts = Publicaciones
campaign-posts-empty = Aún no hay publicaciones registradas. Registra cada publicación con sus me gusta, comentarios, compartidos, guardados y alcance para comparar la interacción.
campaign-col-posted = Publicado
campaign-col-platform = Plataforma
campaign-col-reach = Alcance
campaign-col-likes = Me gusta
campaign-col-comments = Comentarios
campaign-col-shares = Compartidos
campaign-col-saves = Guardados
campaign-col-clicks = Clics
campaign-col-engagement = Interacción
campaign-post-deleted = Publicación eliminada
campaign-engagement-hint = Interacción = (me gusta + comentarios + compartidos + guardados) ÷ alcance, o ÷ seguidores al publicar si no se conoce el alcance. Los clics no cuentan.
campaign-remove-what = { $name } de esta campaña (con sus códigos y publicaciones)
campaign-deleted = Se eliminó { $name }

## Results
campaign-results = Resultados
campaign-file-results = { $campaign } resultados.csv
campaign-file-summary = { $campaign } resumen.pdf
campaign-file-coupons = { $campaign } cupones.pdf
campaign-summary-pdf = Resumen en PDF
campaign-summary-pdf-title = Guardar el resumen de la campaña en PDF: cifras, gráficos, cada colaborador y cómo se calculó
campaign-coupon-sheet = Hoja de cupones
campaign-coupon-sheet-title = Guardar una hoja imprimible con todos los códigos de descuento, en letra grande y como código QR, para la caja
campaign-paper = Papel
campaign-paper-label = Tamaño de papel de los PDF
campaign-paper-a4 = A4
campaign-paper-letter = Carta
campaign-window = Los pedidos cuentan del { $from } al { $to } (ventana de atribución incluida), en la zona horaria de la tienda.
campaign-kpi-revenue = Ingresos atribuidos
campaign-kpi-roi = ROI
campaign-kpi-roi-counted = ROI (ventas contadas)
campaign-kpi-roi-lift = con el aumento de ventas de los colaboradores sin código: ROI { $range }
campaign-by-partner = Resultados por colaborador
campaign-col-partner = Colaborador
campaign-col-roi = ROI
campaign-col-roi-title = Pasa el cursor sobre un ROI para ver el ROAS (ingresos netos ÷ costo); el ROI de los colaboradores sin código es un rango, calculado a partir del aumento de ventas
campaign-col-cost-per-new = Costo por cliente nuevo
campaign-col-back-60 = Volvieron en 60 días
campaign-col-back-60-title = De los clientes nuevos cuyo primer pedido tiene al menos 60 días
campaign-typed-in = { $count ->
        [one] { $count } anotado a mano
       *[other] { $count } anotados a mano
    }
campaign-said = { $count } según el cliente
campaign-said-title = Pedidos sin código cuyo cliente nombró a { $name } al preguntarle cómo conoció la tienda: no se debe comisión por ellos
campaign-shared-with = { $others ->
    [one] , repartido a partes iguales con el otro colaborador sin código de la campaña
   *[other] , repartido a partes iguales con los { $others } otros colaboradores sin código de la campaña
    }
campaign-partner-share = (parte de este colaborador: { $share })
campaign-posts-engagement = { $count ->
    [one] { $count } publicación · { $engagement } de interacción
   *[other] { $count } publicaciones · { $engagement } de interacción
    }
campaign-posts-engagement-cost = { $count ->
    [one] { $count } publicación · { $engagement } de interacción · { $cost } por interacción
   *[other] { $count } publicaciones · { $engagement } de interacción · { $cost } por interacción
    }
campaign-in-store = + En tienda
campaign-in-store-title = Agregar usos del código en tienda, desde el registro de la caja
campaign-report = Informe
campaign-report-title = Guardar los resultados de { $name } en PDF para enviárselos (sin las cifras de otros colaboradores)
campaign-walk-in = Colaborador sin código: se mide por el aumento de ventas de la campaña, no por pedidos
campaign-roi-no-lift = Aún no hay suficientes datos de ventas para el aumento de ventas de la campaña
campaign-roi-lift-title = (ganancia bruta de la parte de este colaborador en el aumento de ventas − costo) ÷ costo, rango del 95 %
campaign-sales-lift = aumento de ventas
campaign-roas = ROAS { $roas }
campaign-total = Campaña
campaign-with-lift = con el aumento: { $range }
campaign-with-lift-title = Con el aumento de ventas de los colaboradores sin código
campaign-came-back = { $returned } de { $customers } ({ $rate })
campaign-said-share = { $said } al preguntar a los clientes cómo conocieron la tienda, no por un código: no se debe comisión por ellos.
campaign-chart-revenue = Ingresos por colaborador
campaign-chart-top = (los 20 primeros; la tabla los tiene todos)
campaign-chart-revenue-alt = Ingresos netos atribuidos por colaborador, como en la tabla de arriba
campaign-chart-paid = ¿Se pagó sola?
campaign-chart-paid-alt = Ganancia bruta atribuida sumada día a día frente al costo de la campaña ({ $cost }); llegó a { $profit }
campaign-chart-roi = ROI por colaborador
campaign-chart-roi-alt = ROI por colaborador, como en la tabla de arriba
campaign-came-back-label = Volvieron
campaign-came-back-title = ¿Volvieron?
campaign-repeat-table = Compras repetidas
campaign-within-days = { $days ->
    [one] en { $days } día
   *[other] en { $days } días
    }
campaign-repeat-this = Traídos por esta campaña
campaign-repeat-others = Los demás clientes nuevos de la tienda, mismo periodo
campaign-not-yet = aún no
campaign-repeat-alt = Proporción de clientes nuevos que volvieron en 30, 60 y 90 días, como en la tabla
campaign-repeat-hint = Contado entre los clientes cuyo primer pedido es lo bastante antiguo como para haber tenido tiempo de volver.
campaign-compare = Los días de esta campaña frente a los anteriores
campaign-compare-table = Ventas netas de la tienda en los días de la campaña y antes
campaign-compare-col-sales = Ventas netas de la tienda
campaign-compare-col-days = Días
campaign-compare-col-net = Ventas netas
campaign-compare-col-change = Los días de la campaña frente a estos
campaign-compare-current = En los días de la campaña
campaign-compare-current-so-far = En los días de la campaña hasta ahora
campaign-compare-before = { $count ->
    [one] El día anterior
   *[other] Los { $count } días anteriores
    }
campaign-compare-year = Los mismos días un año antes
campaign-compare-hint = Todas las ventas de la tienda esos días (importadas y anotadas a mano), no solo los pedidos de la campaña: una temporada, un día festivo u otra campaña también las mueven. La estimación del aumento de ventas compara con días habituales con más cuidado.
campaign-compare-not-yet = Los días de la campaña aún no han llegado: cuando pasen, sus ventas aparecerán aquí junto a los días anteriores.
campaign-cost-includes = El costo de la campaña incluye sus otros costos ({ $other }) y tu tiempo ({ $time }).
campaign-redeem-form = Canjes en tienda
campaign-redeem-title-said = Clientes que dijeron que los envió { $name }
campaign-redeem-title-uses = Usos en tienda del código de { $name }
campaign-redeem-hint = Del registro de cupones de la caja, para cajas sin exportación: cuántos usos hubo un día y cuánto sumaron. O un recuento de clientes que dijeron, al preguntarles, que los envió este colaborador (sin usar código): cuenta como “según el cliente”, sin comisión.
campaign-redeem-said = Un recuento de lo que dijeron los clientes, no usos de código
campaign-redeem-customers = Clientes
campaign-redeem-uses = Usos
campaign-redeem-amount = Ventas después del descuento
campaign-redeemed = Canjes en tienda agregados
campaign-conflicts = Pedidos con códigos de dos colaboradores
campaign-conflict = El pedido { $order } usó { $codes }: contado una vez, para { $partner } (primer código), no para { $others }.
campaign-how = Cómo se calculan estas cifras
campaign-how-code = Un pedido cuenta para un colaborador cuando usó su código entre el primer y el último día de la campaña, más la ventana de atribución. Un pedido cuenta solo para un colaborador: el de su primer código.
campaign-how-said = Un pedido sin código contado cuyo cliente, al preguntarle cómo conoció la tienda, nombró a un colaborador de la campaña (según leíste su respuesta en la pantalla Importar ventas) cuenta para ese colaborador como “según el cliente”: después de los códigos, nunca dos veces y sin comisión.
campaign-how-revenue = Ingresos netos = bruto − descuentos − reembolsos (los impuestos y el envío no son ingresos). Los usos en tienda anotados a mano suman su número e importe.
campaign-how-profit = Ganancia bruta = ingresos netos × tu margen ({ $margin }), o neto − costo de los productos cuando la venta lo indica.
campaign-how-cost = Costo = honorarios + productos regalados a precio de costo + comisión × ingresos netos; la campaña suma otros costos y tus horas × tarifa por hora.
campaign-how-roi = ROI = (ganancia bruta − costo) ÷ costo. ROAS = ingresos netos ÷ costo. Un cliente nuevo es aquel cuyo primer pedido de todos es el pedido atribuido.
campaign-how-walk-in = Los colaboradores sin código se miden por el aumento de ventas de la campaña (abajo): una estimación con su rango, repartida a partes iguales entre los colaboradores sin código de la campaña y nunca sumada a las cifras de los códigos. Su ROI es un rango: (ganancia bruta contada + ganancia bruta del aumento − costo) ÷ costo, en el extremo bajo y en el alto del aumento; nunca una pérdida del −100 % por ventas que nadie podía contar.
campaign-how-walk-in-cost = El ROI de la campaña cuenta solo las ventas con código y las anotadas a mano; su costo incluye el de los colaboradores sin código ({ $cost }).

## Terms of a partner in a campaign (the form)
campaign-terms-of = Condiciones de { $name }
campaign-terms-add = Agregar un colaborador o una comunidad
campaign-terms-choose = Elegir…
campaign-terms-partners = Colaboradores
campaign-terms-communities = Comunidades
campaign-terms-codes = Códigos de descuento
campaign-terms-codes-hint = Separados por comas; cada uno puede estar activo en una sola campaña a la vez
campaign-terms-codes-placeholder = MAYA15
campaign-terms-fee = Honorarios fijos
campaign-terms-gifted = Productos regalados (a tu costo)
campaign-terms-commission = Comisión (% de las ventas netas atribuidas)
campaign-terms-link = Enlace de seguimiento
campaign-terms-new-only = Estos códigos son para el primer pedido de un cliente
campaign-terms-new-only-hint = LocalLift avisa cuando los usan sobre todo clientes que ya compraban.
campaign-terms-notes-hint = Cada entregable con su fecha límite va en Entregables, en la página de la campaña
campaign-terms-notes-placeholder = 2 publicaciones en el feed, 3 historias
campaign-terms-save = Guardar condiciones
campaign-terms-saved = Condiciones guardadas
campaign-terms-added = Agregado a la campaña
campaign-terms-type-percent = Escribe un porcentaje
campaign-terms-choose-member = Elige un colaborador o una comunidad
campaign-terms-type-amount = Escribe un importe

## Deliverables
campaign-deliverables = Entregables
campaign-deliverables-intro = Lo que cada colaborador acordó entregar y para cuándo. Una publicación que registras completa su publicación, historia, reel o video pendiente con la fecha más cercana; marca los demás como hechos tú. Lo que vence en la semana aparece en el Panel; lo que no está hecho el día después de su fecha límite cuenta como no entregado en el historial del colaborador.
campaign-deliverables-no-partners = Agrega primero colaboradores o comunidades a la campaña y luego lo que cada uno acordó entregar.
campaign-deliverable-add = + Agregar entregable
campaign-deliverables-empty = Aún no hay nada acordado. Agrega lo que { $name } acordó entregar (una publicación, una historia, un evento…) y su fecha límite.
campaign-deliverables-of = Entregables de { $name }
campaign-col-status = Estado
campaign-col-post = Publicación
campaign-deliverable-post = La publicación que lo cumplió
campaign-deliverable-link-post = Vincular una publicación…
campaign-deliverable-another-post = Otra publicación…
campaign-deliverable-their-post = su publicación
campaign-deliverable-linked = Publicación vinculada: el entregable está hecho
campaign-deliverable-reopen = Reabrir
campaign-deliverable-reopen-title = Volver a abrirlo
campaign-deliverable-reopen-unlink-title = Volver a abrirlo (desvincula su publicación)
campaign-deliverable-reopened = Entregable abierto de nuevo
campaign-deliverable-mark-done-title = Lo marca como hecho hoy (Editar para elegir otro día)
campaign-deliverable-done-today = Marcado como hecho hoy
campaign-deliverable-edit = Editar entregable
campaign-deliverable-new = Nuevo entregable de { $name }
campaign-deliverable-kind = Tipo
campaign-deliverable-description = Descripción
campaign-deliverable-description-placeholder = Reel en el mercado de primavera
campaign-deliverable-due = Fecha límite
campaign-deliverable-done-on = Hecho el (vacío: aún no)
campaign-deliverable-choose-due = Elige la fecha límite
campaign-deliverable-saved = Entregable guardado
campaign-deliverable-added = Entregable agregado
campaign-deliverable-deleted = Entregable de { $name } eliminado
# What the delete dialog names ("Delete the reel “At the spring market” of Maya?"); $kind is the kind's key.
campaign-deliverable-delete-what = { $kind ->
    [post] la publicación de { $member }
    [story] la historia de { $member }
    [reel] el reel de { $member }
    [video] el video de { $member }
    [event] el evento de { $member }
    [market_table] el puesto de mercado de { $member }
   *[other] el entregable de { $member }
    }
campaign-deliverable-delete-what-described = { $kind ->
    [post] la publicación “{ $description }” de { $member }
    [story] la historia “{ $description }” de { $member }
    [reel] el reel “{ $description }” de { $member }
    [video] el video “{ $description }” de { $member }
    [event] el evento “{ $description }” de { $member }
    [market_table] el puesto de mercado “{ $description }” de { $member }
   *[other] el entregable “{ $description }” de { $member }
    }

## Codes that may have leaked (Dashboard)
campaign-leaks = Códigos que quizá se filtraron
campaign-leaks-intro = Señales sacadas de todas tus ventas (no solo del periodo de arriba): un código usado mucho después de su campaña, una avalancha repentina de pedidos o un código de primer pedido usado sobre todo por clientes que ya habían comprado. Una señal no cambia nada por sí sola; cuando marcas un código como filtrado desde un día, sus pedidos desde entonces no cuentan para nadie (tampoco para el colaborador) ni generan comisión.
campaign-leaks-empty = Ninguna señal de código filtrado en tus ventas. LocalLift vuelve a mirar después de cada importación.
campaign-col-sign = Señal
campaign-col-days = Días
campaign-leak-expected = esperado: { $count }
campaign-leak-expected-less-one = esperado: < 1
campaign-leak-expected-title = Lo que el patrón habitual del código preveía para estos días
campaign-leak-show-orders = Ver pedidos
campaign-leak-mark = Marcar como filtrado desde el { $day }
campaign-leak-mark-title = Sus pedidos desde el { $day } no cuentan para nadie (tampoco para { $name }) ni generan comisión
campaign-leak-marked-dashboard = { $code } marcado como filtrado desde el { $day }: sus pedidos desde entonces no cuentan para nadie (“Desmarcar” en la página de la campaña)

## The orders behind a leak signal
campaign-leak-orders-title = Pedidos con { $code }, { $range }
campaign-leak-orders-about = { $signal }. Todos los pedidos con el código en estos días, los de la señal y los demás.
campaign-leak-orders-empty = Ya no hay pedidos con este código en estos días (puede que se haya deshecho una importación).
campaign-leak-orders-table = Pedidos con { $code }
campaign-col-order = Pedido
campaign-col-source = Origen
campaign-col-new-customer = Cliente nuevo
campaign-leak-orders-no-customer = La exportación no indica ningún cliente para este pedido

## Agreements due (Dashboard)
campaign-agreements = Acuerdos pendientes
campaign-agreements-intro = Lo que los colaboradores acordaron entregar, con fecha límite esta semana o ya vencido, en todas tus campañas (no solo en el periodo de arriba). Una publicación que registras completa la publicación, historia, reel o video pendiente con la fecha más cercana.
campaign-agreements-empty = No vence ningún acuerdo esta semana. Agrega lo que los colaboradores acordaron entregar (y para cuándo) en la página de una campaña, en Entregables.
campaign-agreements-mark-done-title = Lo marca como hecho hoy
campaign-agreements-done = Marcado como hecho hoy: { $kind } de { $name }
