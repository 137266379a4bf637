# Las pantallas de los colaboradores: la lista (Partners.svelte), la ficha de un colaborador
# (PartnerProfile.svelte), los formularios de un colaborador, una cuenta social, una publicación y un pago, y las
# palabras de la cuenta de un colaborador y de sus acuerdos (ledger-labels.ts, partnership-labels.ts).

## Palabras que comparten varias de estas pantallas
partners-name = Nombre
partners-stage = Etapa
partners-tier = Categoría
partners-city = Ciudad
partners-niche = Temática
partners-niches = Temáticas
partners-email = Correo electrónico
partners-phone = Teléfono
partners-neighborhood = Barrio
partners-where = Dónde
partners-consent = Consentimiento / origen
partners-notes = Notas
partners-social-accounts = Redes sociales
partners-platform = Plataforma
partners-handle = Usuario
partners-handle-placeholder = @usuario
partners-followers = Seguidores
partners-engagement = Interacción
partners-engagement-pct = Interacción (%)
partners-profile-link = Enlace al perfil
partners-followers-not-number = Los seguidores deben ser un número
partners-engagement-not-number = La interacción debe ser un número
partners-archived = Archivado
partners-campaign = Campaña
partners-status = Estado
partners-what = Qué
partners-delete = Eliminar
partners-cancel = Cancelar
partners-save = Guardar
partners-saving = Guardando…
partners-loading = Cargando…

## La lista de colaboradores
partners-title = Colaboradores
partners-export-file = colaboradores.csv
partners-import-spreadsheet = Importar una hoja de cálculo…
partners-new = Nuevo colaborador
partners-search-placeholder = Buscar nombre, usuario, ciudad, temática…  ( / )
partners-search-label = Buscar colaboradores
partners-all-tiers = Todas las categorías
partners-all-stages = Todas las etapas
partners-sort-by = Ordenar por
partners-sort-name = Orden: nombre
partners-sort-audience = Orden: audiencia
partners-sort-stage = Orden: etapa
partners-sort-city = Orden: ciudad
partners-sort-updated = Orden: último cambio
partners-reverse-order = Invertir el orden
partners-descending = ↓ descendente
partners-ascending = ↑ ascendente
partners-show-archived = Mostrar archivados
partners-empty-filtered-title = Ningún colaborador coincide
partners-empty-filtered-text = Prueba con menos filtros u otra búsqueda.
partners-empty-title = Aún no hay colaboradores
partners-empty-text = Agrega los creadores, organizadores y comercios locales con los que trabajas, con sus redes sociales. ¿Ya los tienes en una hoja de cálculo? Impórtala tal como está (CSV, Excel u OpenDocument): LocalLift te muestra lo que lee antes de importar nada.
partners-add-first = Agregar tu primer colaborador
partners-main-account = Cuenta principal
partners-audience = Audiencia
partners-campaigns = Campañas
partners-count = { $count ->
    [one] { $count } colaborador.
   *[other] { $count } colaboradores.
    }
partners-tier-note = La categoría depende de la cuenta más grande: comunidad < 1K, nano 1K–10K, micro 10K–100K, macro 100K–1M, mega 1M+.

## El formulario de un colaborador
partners-form-edit-title = Editar { $name }
partners-form-distance = Distancia a la tienda (km)
partners-form-niches-hint = Separadas por comas
partners-form-niches-placeholder = plantas, running
partners-form-values = Afinidad de valores (1–5)
partners-form-authenticity = Autenticidad del contenido (1–5)
partners-form-locality = Audiencia cercana (%)
partners-form-locality-hint = Parte de los seguidores que viven en la zona, si lo sabes
partners-form-consent-hint = Cómo se conocieron y si aceptó que guardes sus datos
partners-form-add-account = + Agregar otra cuenta
partners-form-add = Agregar colaborador
partners-form-saved = Colaborador guardado
partners-form-added = { $name } agregado
partners-form-distance-not-number = La distancia debe ser un número
partners-form-values-not-number = La afinidad de valores debe ser un número
partners-form-authenticity-not-number = La autenticidad debe ser un número
partners-form-locality-not-number = La audiencia cercana debe ser un número

## El formulario de una cuenta social
partners-account-update-title = Actualizar @{ $handle }
partners-account-add-title = Agregar una cuenta de red social
partners-account-as-of = Medición del
partners-account-choose-day = Elige el día de la medición
partners-account-reading-saved = Medición guardada
partners-account-added = Cuenta agregada

## El formulario de una publicación
partners-post-edit-title = Editar publicación
partners-post-log-title = Registrar una publicación
partners-post-paste = Pega el enlace y las cifras
partners-post-paste-hint = Tal como te las envió el colaborador, en una línea: el enlace y luego “alcance 4100 · 310 me gusta · 22 comentarios…”. Los campos de abajo se completan solos.
partners-post-paste-placeholder = https://www.instagram.com/p/… alcance 4100 · 310 me gusta
partners-post-fill-in = Completar
partners-post-unread = Números sin una palabra que LocalLift conozca, sin completar: { $numbers }
partners-post-posted-at = Publicada el
partners-post-link = Enlace a la publicación
partners-post-followers = Seguidores al publicar
partners-post-followers-hint = Vacío: se toma del historial de la cuenta
partners-post-reach = Alcance
partners-post-likes = Me gusta
partners-post-comments = Comentarios
partners-post-shares = Compartidos
partners-post-saves = Guardados
partners-post-clicks = Clics en el enlace
partners-post-followers-not-whole = Los seguidores al publicar deben ser un número entero
partners-post-reach-not-whole = El alcance debe ser un número entero
partners-post-likes-not-whole = Los me gusta deben ser un número entero
partners-post-comments-not-whole = Los comentarios deben ser un número entero
partners-post-shares-not-whole = Los compartidos deben ser un número entero
partners-post-saves-not-whole = Los guardados deben ser un número entero
partners-post-clicks-not-whole = Los clics en el enlace deben ser un número entero
partners-post-choose-when = Elige cuándo se publicó
partners-post-saved = Publicación guardada
partners-post-logged = Publicación registrada
partners-post-log = Registrar publicación

## El formulario de un pago
partners-payment-title = Registrar un pago a { $partner }
partners-payment-day = Día del pago
partners-payment-amount = Importe
partners-payment-owed-hint = Por pagar ahora: { $amount }
partners-payment-how = Forma de pago
partners-payment-how-hint = Transferencia, PayPal, efectivo, saldo en tienda… o cualquier otra forma
partners-payment-note = Nota
partners-payment-note-hint = Opcional: un número de factura, a qué corresponde
partners-payment-explained = Un pago reduce lo que se le debe al colaborador. ¿Pagaste más de lo que se le debe ahora? La diferencia se descuenta de lo que gane después.
partners-payment-record = Registrar pago
partners-payment-choose-day = Elige el día en que se pagó
partners-payment-type-amount = Escribe un importe
partners-payment-recorded = Pago registrado

## Formas de pago que se proponen al escribir
partners-pay-method-bank-transfer = Transferencia
partners-pay-method-cash = Efectivo
partners-pay-method-store-credit = Saldo en tienda
partners-pay-method-check = Cheque

## La ficha de un colaborador
partners-profile-back = ← Colaboradores
partners-profile-largest-account = { $followers } en la cuenta más grande
partners-profile-no-accounts = Aún no hay cuentas de redes sociales
partners-profile-edit = Editar
partners-profile-import-posts = Importar publicaciones…
partners-profile-import-posts-title = Sus publicaciones y cifras desde una exportación de Meta Business Suite, TikTok Studio o YouTube Studio, cada una en la campaña que corresponde a su fecha
partners-profile-restore = Restaurar
partners-profile-archive = Archivar
partners-profile-archived-notice = Archivado: oculto en las listas, se conserva el historial
partners-profile-restored-notice = Restaurado
partners-profile-deleted = { $name } eliminado
partners-profile-contact = Contacto y lugar
partners-profile-km-away = a { $km } km
partners-profile-values = Afinidad de valores
partners-profile-authenticity = Autenticidad
partners-profile-audience-nearby = Audiencia cercana
partners-profile-not-rated = sin valorar
partners-profile-rating = { $rating } de 5
partners-profile-add-account = Agregar cuenta
partners-profile-no-accounts-hint = Aún no hay cuentas. Agrega una para ver la categoría y la audiencia del colaborador.
partners-profile-growth = Crecimiento
partners-profile-as-of = Fecha
partners-profile-followers-over-time = Seguidores a lo largo del tiempo
partners-profile-since = desde el { $day }
partners-profile-one-reading = una sola medición
partners-profile-new-reading = Nueva medición
partners-profile-remove = Quitar
partners-profile-remove-account = Quitar @{ $handle }

## La afinidad
partners-fit = Afinidad
partners-fit-no-score = Aún no hay puntuación: al menos dos de los factores de abajo necesitan datos.
partners-fit-table = Factores de la afinidad
partners-fit-factor = Factor
partners-fit-from = Según
partners-fit-score = Puntuación
partners-fit-weight = Peso
partners-fit-missing = Falta: { $basis }
partners-fit-explained = La puntuación es la media ponderada de los factores con datos; los pesos se cambian en Ajustes.
partners-fit-engagement = Interacción según su tamaño
partners-fit-locality = Audiencia local
partners-fit-values = Valores
partners-fit-authenticity = Autenticidad
partners-fit-past-roi = ROI anterior
partners-fit-kept-agreements = Acuerdos cumplidos

## Historial de campañas
partners-history = Historial de campañas
partners-trend-intro = A lo largo del tiempo, campaña a campaña:
partners-trend-revenue = ingresos netos
partners-trend-revenue-label = Ingresos netos por campaña, de la más antigua a la más reciente: { $values }
partners-trend-roi = ROI
partners-trend-roi-label = ROI por campaña, de la más antigua a la más reciente: { $values }
partners-trend-roi-lift = { $range } (aumento de ventas)
partners-trend-roi-none = ninguno
partners-trend-customers = clientes nuevos
partners-trend-customers-label = Clientes nuevos por campaña, de la más antigua a la más reciente: { $values }
partners-history-none = Aún no está en ninguna campaña.
partners-history-dates = Fechas
partners-history-codes = Códigos
partners-history-orders = Pedidos
partners-history-net-revenue = Ingresos netos
partners-history-cost = Costo
partners-history-roi = ROI
partners-history-posts = Publicaciones
partners-history-lift-title = Colaborador sin código: se mide por el aumento de ventas de la campaña (su parte, ingresos netos, rango del 95 %), no por pedidos
partners-history-cost-title = honorarios { $fee } + productos regalados { $gifted } + comisión { $commission }
partners-history-roi-lift-title = ROI según su parte del aumento de ventas de la campaña, rango del 95 %
partners-history-sales-lift = (aumento de ventas)
partners-leads = Dirige:

## Pagado y por pagar (la cuenta del colaborador)
partners-ledger = Pagado y por pagar
partners-ledger-statement-pdf = Estado de cuenta en PDF
partners-ledger-statement-pdf-title = Guardar en PDF el estado de cuenta de { $name } del periodo mostrado, para enviárselo: cada movimiento, el saldo, lo retenido y los totales de cada año
partners-ledger-statement-csv = Estado de cuenta en CSV
partners-ledger-record-payment = Registrar un pago
partners-ledger-empty-title = Aún no hay nada por pagar ni pagado
partners-ledger-empty-text = Los honorarios aparecen desde el primer día de una campaña; la comisión, cuando termina el periodo de espera de cada pedido.
partners-ledger-paid-ahead = Pagado por adelantado
partners-ledger-owed-now = Por pagar ahora
partners-ledger-paid-ahead-explained = Se pagó más de lo que se debe ahora (un reembolso después de un pago): se descuenta de lo que gane después
partners-ledger-upcoming-fees = y { $amount } en honorarios de campañas que aún no han empezado
partners-ledger-held = Comisión retenida
partners-ledger-held-next-due = la próxima vence el { $day }
partners-ledger-held-due-after = { $count ->
        [one] vence { $count } día después de cada pedido
       *[other] vence { $count } días después de cada pedido
    }
partners-ledger-paid-this-year = Pagado este año
partners-ledger-held-intro = { $count ->
        [one] Aún no vence (dentro del periodo de espera de { $count } día tras cada pedido; si el pedido se reembolsa en ese plazo, no se debe comisión):
       *[other] Aún no vence (dentro del periodo de espera de { $count } días tras cada pedido; si el pedido se reembolsa en ese plazo, no se debe comisión):
    }
partners-ledger-held-line = { $orders ->
        [one] : { $commission } sobre { $sales } de ventas ({ $orders } pedido); la primera vence el { $day }
       *[other] : { $commission } sobre { $sales } de ventas ({ $orders } pedidos); la primera vence el { $day }
    }
partners-ledger-period = Periodo de los movimientos y del estado de cuenta
partners-ledger-from = Desde
partners-ledger-to = Hasta
partners-ledger-backwards = El primer día es posterior al último: no hay nada entre ambos.
partners-ledger-totals = : honorarios { $fees } · comisión { $commission } · descontado { $takenBack } · pagado { $paid }
partners-ledger-lines = Movimientos de la cuenta
partners-ledger-day = Día
partners-ledger-on-net = Sobre el neto
partners-ledger-amount = Importe
partners-ledger-balance = Saldo
partners-ledger-opening = Saldo inicial
partners-ledger-ordered = pedido el { $day }
partners-ledger-sold = vendido el { $day }
partners-ledger-delete-payment = Eliminar el pago del { $day }
partners-ledger-payment-what = el pago de { $amount } del { $day }
partners-ledger-payment-deleted = Pago eliminado
partners-ledger-no-lines = En este periodo no venció ni se pagó nada.
partners-ledger-by-year = Por año
partners-ledger-by-year-note = (para la declaración de impuestos del colaborador)
partners-ledger-year = Año
partners-ledger-fees = Honorarios
partners-ledger-commission = Comisión
partners-ledger-taken-back = Descontado
partners-ledger-paid = Pagado
partners-ledger-how = Cómo se calculan estos importes
partners-ledger-how-fee = Los honorarios de una campaña se deben desde su primer día.
partners-ledger-how-commission = { $count ->
        [one] La comisión de un pedido vence { $count } día después del pedido (o el día en que se importó, si es posterior), sobre los ingresos netos conocidos en ese momento: si el pedido se reembolsa durante la espera, no se debe comisión. El periodo de espera se cambia en Ajustes.
       *[other] La comisión de un pedido vence { $count } días después del pedido (o el día en que se importó, si es posterior), sobre los ingresos netos conocidos en ese momento: si el pedido se reembolsa durante la espera, no se debe comisión. El periodo de espera se cambia en Ajustes.
    }
partners-ledger-how-refund = Un reembolso conocido después de que venciera la comisión descuenta su parte (“descontado”); una importación posterior que anule el reembolso la restablece.
partners-ledger-how-rounding = La comisión se redondea una vez por campaña, sobre su total acumulado. Los pagos son los que registras aquí.

## Movimientos de la cuenta
partners-entry-kind-fee = Honorarios
partners-entry-kind-commission = Comisión
partners-entry-kind-restored = Restablecido
partners-entry-kind-taken-back = Descontado (reembolso)
partners-entry-kind-payment = Pago
partners-entry-fee = Honorarios · { $campaign }
partners-entry-commission-order = Comisión · { $campaign } · pedido { $order }
partners-entry-commission-in-store = Comisión · { $campaign } · en tienda (anotado a mano)
partners-entry-taken-back = Descontado (reembolso) · { $campaign } · pedido { $order }
partners-entry-restored = Restablecido · { $campaign } · pedido { $order }
partners-entry-payment = Pago · { $how }

## Saldos
partners-balance-owed = { $amount } por pagar
partners-balance-ahead = { $amount } pagado por adelantado
partners-balance-nothing = nada por pagar
partners-balance-cell-ahead = { $amount } pagado por adelantado
partners-balance-end-owed = { $amount } por pagar al final
partners-balance-end-ahead = { $amount } pagado por adelantado al final
partners-balance-end-nothing = nada por pagar al final

## Periodos de la cuenta y del estado de cuenta
partners-period-all = Desde el principio
partners-period-this-year = Este año
partners-period-last-year = El año pasado
partners-period-custom = Personalizado…
partners-period-from = Desde el { $day }
partners-period-until = Hasta el { $day }
partners-period-all-until = Desde el principio hasta el { $day }

## El nombre de archivo que propone un estado de cuenta (sin “.pdf” ni “.csv”)
partners-statement-file = Estado de cuenta { $partner }
partners-statement-file-year = Estado de cuenta { $partner } { $year }
partners-statement-file-range = Estado de cuenta { $partner } { $from } a { $to }
partners-statement-file-start = inicio
partners-statement-file-today = hoy

## Acuerdos (lo que el colaborador se comprometió a entregar)
partners-agreements = Acuerdos
partners-agreements-empty = Aún no hay entregables acordados. En la página de una campaña, agrega lo que el colaborador se comprometió a entregar (una publicación, un reel, un puesto de mercado) y para cuándo.
partners-agreements-none = Aún no hay entregables acordados
partners-agreements-record = { $onTime } a tiempo · { $late } con retraso · { $missed ->
        [one] { $missed } no entregado
       *[other] { $missed } no entregados
    } · { $open ->
        [one] { $open } pendiente
       *[other] { $open } pendientes
    }
partners-kept = { $percent } cumplido
partners-agreements-kept = { $percent } cumplido (un retraso cuenta la mitad)
partners-agreements-deliverables = Entregables
partners-agreements-description = Descripción
partners-agreements-due = Fecha límite
partners-agreements-the-post = la publicación

## Tipos de entregables
partners-deliverable-post = Publicación
partners-deliverable-story = Historia
partners-deliverable-reel = Reel
partners-deliverable-video = Video
partners-deliverable-event = Evento
partners-deliverable-market-table = Puesto de mercado
partners-deliverable-other = Otro

## En qué punto está un entregable (etiquetas)
partners-deliverable-status-planned = Previsto
partners-deliverable-status-due = Vence esta semana
partners-deliverable-status-done = Hecho
partners-deliverable-status-missed = No entregado

## Lo mismo dentro de una frase, junto a su día
partners-due-status-planned = previsto
partners-due-status-due = vence esta semana
partners-due-status-done = hecho
partners-due-status-missed = no entregado
partners-due-overdue-since = atrasado desde el { $day }
partners-due-today = vence hoy
partners-due-tomorrow = vence mañana
partners-due-in-days = { $count ->
    [one] vence en { $count } día
   *[other] vence en { $count } días
    }
partners-done-on = hecho el { $day }
partners-done-on-time = hecho el { $day } · a tiempo
partners-done-late = hecho el { $day } · con retraso

## Señales de que un código se ha filtrado
partners-signal-name-after-window = Usado después de la campaña
partners-signal-name-spike = Pico repentino
partners-signal-name-existing-customers = Usado por clientes que ya compraban
partners-signal-after-window = { $orders ->
        [one] { $orders } pedido
       *[other] { $orders } pedidos
    } más de { $days ->
        [one] { $days } día
       *[other] { $days } días
    } después del último día contado de la campaña ({ $date })
partners-signal-spike = { $orders ->
    [one] { $orders } pedido de golpe
   *[other] { $orders } pedidos de golpe
    }
partners-signal-spike-below-one = { $orders ->
    [one] { $orders } pedido de golpe, cuando lo habitual del código era menos de uno
   *[other] { $orders } pedidos de golpe, cuando lo habitual del código era menos de uno
    }
partners-signal-spike-about = { $orders ->
    [one] { $orders } pedido de golpe, cuando lo habitual del código era unos { $expected }
   *[other] { $orders } pedidos de golpe, cuando lo habitual del código era unos { $expected }
    }
partners-signal-existing = { $orders ->
    [one] { $orders } pedido con cliente conocido fue de alguien que ya había comprado antes, con un código pensado para primeras compras
   *[other] { $orders } pedidos con cliente conocido fueron de clientes que ya habían comprado antes, con un código pensado para primeras compras
    }
partners-signal-existing-of = { $orders } de { $known } pedidos con cliente conocido fueron de clientes que ya habían comprado antes, con un código pensado para primeras compras

## Si un pedido fue el primero de su cliente
partners-new-customer-yes = Sí
partners-new-customer-no = No
partners-new-customer-unknown = Desconocido
