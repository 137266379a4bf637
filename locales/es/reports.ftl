# Las palabras de los PDF (resumen de campaña, informe del colaborador, estado de cuenta, hoja de cupones) y de
# los gráficos. Consulta locales/en/reports.ftl para el sentido de los argumentos.

## Pie de cada página
report-page = Página { $page } de { $pages }

## Rangos del aumento de ventas (95 %) y del ROI
report-lift-more = Entre { $low } y { $high } más de lo habitual (rango del 95 %)
report-lift-less = Entre { $low } y { $high } menos de lo habitual (rango del 95 %)
report-lift-mixed = Entre { $less } menos y { $more } más de lo habitual (rango del 95 %): quizá nada extra
report-roi-range = { $low } a { $high }

## Lo que dice el aumento de ventas
report-lift-no-estimate = Sin estimación del aumento de ventas: { $note }
report-lift-sentence = { $range }.
report-lift-overlap = Coincide con { $campaigns }: es su efecto conjunto, contado una sola vez.

## Cómo se cuentan los pedidos de un colaborador
report-method-code = Código de descuento
report-method-manual = En tienda (anotado a mano)
report-method-code-and-manual = Código + en tienda
report-method-survey = Según el cliente
report-method-lift = Aumento de ventas
report-method-none = Aún ninguno
report-method-and-survey = { $method } + según el cliente

## El resumen de campaña (para ti, dueño de la tienda)
report-summary-kicker = { $shop } · Resumen de campaña
report-summary-dates = { $start } – { $end }, pedidos contados hasta el { $until } · { $count ->
        [one] { $count } colaborador
       *[other] { $count } colaboradores
    }
report-goal = Objetivo: { $goal }
report-card-net-revenue = Ingresos netos atribuidos
report-card-gross-profit = Ganancia bruta
report-card-cost = Costo
report-card-roi = ROI
report-card-roi-counted = ROI (ventas contadas)
report-card-orders = Pedidos atribuidos
report-card-new-customers = Clientes nuevos
report-card-cost-per-new-customer = Costo por cliente nuevo
report-card-roas = ROAS
report-heading-partners = Colaboradores
report-col-partner = Colaborador
report-col-method = Método
report-col-orders = Pedidos
report-col-net-revenue = Ingresos netos
report-col-gross-profit = Ganancia bruta
report-col-cost = Costo
report-col-roi = ROI
report-col-new = Nuevos
report-col-commission = Comisión
report-row-total = Total
report-row-lift = { $low } a { $high } (aumento)
report-row-no-estimate = aún sin estimación
report-row-roi-with-lift = { $roi } ({ $range } con el aumento)
report-survey-orders = { $said ->
        [one] { $said } de los { $orders } pedidos contados ({ $share }) se basa
       *[other] { $said } de los { $orders } pedidos contados ({ $share }) se basan
    } en lo que respondieron los clientes al preguntarles cómo conocieron la tienda, no en un código: no se debe
    comisión por ellos.
report-walk-ins = { $count ->
    [one] Un colaborador sin código se mide por el aumento de ventas de la campaña: una estimación con su rango del
        95 %, nunca sumada a los totales contados; su ROI es el rango que da el aumento.
   *[other] { $count } colaboradores sin código se miden por el aumento de ventas de la campaña: una estimación con
        su rango del 95 %, nunca sumada a los totales contados; su ROI es el rango que da el aumento. Se reparten
        el aumento de la campaña a partes iguales.
    }
report-extra-costs = El costo total incluye otros costos ({ $other }) y tu tiempo ({ $time }).
report-heading-revenue = Ingresos por colaborador
report-top-partners = Los { $shown } colaboradores con más ingresos; { $more ->
        [one] { $more } más aparece
       *[other] { $more } más aparecen
    } en la tabla de arriba.
report-heading-paid-back = ¿Se pagó sola?
report-heading-roi = ROI por colaborador
report-heading-lift = Aumento de ventas
report-heading-came-back = ¿Volvieron?
report-heading-conflicts = Pedidos con códigos de dos colaboradores
report-conflicts = { $count ->
    [one] { $count } pedido; contado una sola vez, para el primer código vigente:
   *[other] { $count } pedidos; cada uno contado una sola vez, para el primer código vigente:
    }
report-conflict = Pedido { $order } ({ $source }): { $codes } → { $partner }, también { $also }
report-heading-how = Cómo se calculan las cifras
report-how =
    Los pedidos que usaron el código de descuento de un colaborador desde el primer día de la campaña hasta su
    último día más la ventana de atribución (días en la zona horaria de la tienda) se cuentan para ese
    colaborador; un pedido con códigos de dos colaboradores cuenta una vez, para el primer código vigente. Los
    usos en tienda anotados a mano a partir del registro de la caja también cuentan, señalados como tales. Los
    ingresos netos ya restan descuentos y reembolsos. La ganancia bruta usa el costo de los productos cuando
    cada línea del pedido lo tiene; si no, el margen de la tienda. Costo = honorarios + productos regalados a
    precio de costo + comisión sobre los ingresos netos atribuidos, más los otros costos de la campaña y tus
    horas a tu tarifa por hora. ROI = (ganancia bruta − costo) / costo; ROAS = ingresos netos / costo. Un
    pedido cuenta cuando está pagado y sus ingresos netos son mayores que cero: un pedido reembolsado del todo o
    gratuito no es un pedido y no aporta ningún cliente nuevo. Un cliente nuevo es aquel cuyo primer pedido de
    todos es el atribuido. Los colaboradores sin código se miden por el aumento de ventas: se comparan las
    ventas diarias del periodo con el nivel habitual y la tendencia de los mismos días de la semana en las
    semanas anteriores, sin contar otras campañas ni los días especiales. El aumento se muestra como un rango
    del 95 % (repartido a partes iguales entre los colaboradores sin código de la campaña) y nunca se suma a
    los totales contados; su ROI es el rango que dan el extremo bajo y el alto del aumento, nunca una pérdida
    por falta de pedidos.
report-heading-notes = Notas
report-summary-footer = { $shop } · { $campaign } · hecho con LocalLift
report-summary-title = { $campaign } — resumen de campaña

## Si la campaña se pagó sola
report-verdict-free = No se gastó nada en ella: todo lo que aportó es ganancia.
report-verdict-lift-only = Solo su aumento de ventas lo puede decir: ROI { $range } (una estimación, rango del 95 %).
report-verdict-not-measurable = Aún no se puede medir: sus colaboradores atraen clientes sin código, que se miden por el aumento de ventas, y todavía no hay estimación.
report-verdict-yes-on = Sí: una ganancia bruta de { $profit } cubrió su costo de { $cost } el { $day } (ROI { $roi }).
report-verdict-yes = Sí: una ganancia bruta de { $profit } cubrió su costo de { $cost } (ROI { $roi }).
report-verdict-not-yet = Aún no: { $profit } de ganancia bruta hasta ahora frente a su costo de { $cost }; los pedidos cuentan hasta el { $until }.
report-verdict-no = No: una ganancia bruta de { $profit } cubrió el { $share } de su costo de { $cost } (ROI { $roi }).
report-verdict-with-lift = Con el aumento de ventas de los colaboradores sin código, ROI { $range }.

## El informe del colaborador (para un colaborador, tuteado)
report-partner-kicker = { $shop } · Informe del colaborador
report-partner-dates = { $campaign }: { $start } – { $end }, pedidos contados hasta el { $until }
report-thanks =
    Gracias por participar en { $campaign }. Aquí tienes lo que hicieron tus seguidores, contado igual que para
    todos los colaboradores de la tienda.
report-card-measured-by = Medido por
report-card-lift-no-code = Aumento de ventas (sin código)
report-card-your-codes = Tus códigos
report-card-your-orders = Pedidos
report-card-sales-net = Ventas netas
report-card-in-store = De ellos en tienda
report-card-customer-said = De ellos según el cliente
report-card-came-back = Volvieron en { $days } días
report-card-posts = Publicaciones
report-card-engagement = Interacción (mediana)
report-heading-earn = Lo que ganas
report-earn-fee = Honorarios: { $amount }
report-earn-gifted = Productos regalados: { $amount } (a precio de costo para la tienda)
report-earn-commission = Comisión: { $percent } de { $sales } = { $owed } por pagar
report-earn-nothing = No se acordaron honorarios ni comisión para esta campaña.
report-leaked =
    Tu código { $code } se compartió donde no lo publicaste: los pedidos con él a partir del { $day } no se
    cuentan para ti.
report-heading-paid-and-owed = Pagado y por pagar
report-so-far = En esta campaña hasta ahora: honorarios { $fee }, comisión vencida { $commission }.
report-so-far-taken-back = En esta campaña hasta ahora: honorarios { $fee }, comisión vencida { $commission }, descontado por reembolsos { $taken }.
report-held =
    Comisión que aún no vence: { $amount } por { $orders ->
        [one] { $orders } pedido
       *[other] { $orders } pedidos
    }; la primera vence el { $day } ({ $days ->
        [one] { $days } día
       *[other] { $days } días
    } después de cada pedido: si un pedido se reembolsa en ese plazo, no se debe comisión).
report-balance-owed = Pagado en total: { $paid }. Por pagar ahora, de todas las campañas: { $balance }.
report-balance-ahead = Pagado en total: { $paid }. Pagado por adelantado: { $ahead }; se descontará de lo que ganes después.
report-heading-agreed = Lo que acordamos
report-deliverable-kind = { $kind ->
    [post] publicación
    [story] historia
    [reel] reel
    [video] video
    [event] evento
    [market_table] puesto de mercado
   *[other] otro
    }
report-deliverable-on-time = { $what } — fecha límite: { $due } — hecho el { $day }, a tiempo
report-deliverable-done = { $what } — fecha límite: { $due } — hecho el { $day }
report-deliverable-missed = { $what } — fecha límite: { $due } — no entregado
report-deliverable-to-come = { $what } — fecha límite: { $due } — pendiente
report-partner-lift = No tenías código de descuento: la tienda mide la campaña por su aumento de ventas.
report-partner-lift-share = Repartido a partes iguales con { $others ->
        [one] el otro colaborador sin código
       *[other] los otros { $others } colaboradores sin código
    } de la campaña; tu parte: { $range }.
report-heading-how-counted = Cómo se cuenta
report-partner-how =
    Un pedido cuenta para ti cuando usó tu código desde el primer día de la campaña hasta el último día en que
    cuentan los pedidos, en la zona horaria de la tienda; se restan los reembolsos y descuentos. Si un pedido
    llevaba códigos de dos colaboradores, cuenta una vez, para el primer código. Un cliente nuevo es alguien
    cuyo primer pedido de todos fue con tu código.
report-partner-title = { $campaign } — informe de { $partner }

## El estado de cuenta
report-period = { $from } – { $to }
report-period-from = Desde el { $from }
report-period-until = Hasta el { $to }
report-period-all = Desde el principio hasta el { $today }
report-statement-kicker = { $shop } · Estado de cuenta
report-statement-period = { $period } · la comisión vence { $days ->
        [one] { $days } día
       *[other] { $days } días
    } después de cada pedido
report-paid-ahead = { $amount } (pagado por adelantado)
report-card-opening = Saldo inicial
report-card-fees = Honorarios
report-card-commission-due = Comisión vencida
report-card-taken-back = Descontado
report-card-paid = Pagado
report-card-closing = Saldo final
report-card-held = Comisión retenida
report-heading-lines = Movimientos
report-col-day = Día
report-col-what = Concepto
report-col-on-net = Sobre el neto
report-col-amount = Importe
report-col-balance = Saldo
report-entry-fee = Honorarios · { $campaign }
report-entry-commission = Comisión · { $campaign } · pedido { $order }
report-entry-commission-in-store = Comisión · { $campaign } · en tienda (anotado a mano)
report-entry-taken-back = Descontado (reembolso) · { $campaign } · pedido { $order }
report-entry-restored = Restablecido · { $campaign } · pedido { $order }
report-entry-payment = Pago
report-entry-payment-how = Pago · { $how }
report-statement-empty = En este periodo no venció nada ni se pagó nada.
report-heading-not-due = Aún no vence
report-held-line = { $campaign }: { $commission } sobre { $sales } de ventas ({ $orders ->
        [one] { $orders } pedido
       *[other] { $orders } pedidos
    }); la primera vence el { $day }
report-heading-by-year = Por año
report-col-year = Año
report-col-fees = Honorarios
report-col-taken-back = Descontado
report-col-paid = Pagado
report-statement-rules =
    Los honorarios se deben desde el primer día de una campaña. La comisión de un pedido vence al terminar el
    periodo de espera, sobre sus ingresos netos en ese momento (después de descuentos y reembolsos); un
    reembolso conocido más tarde descuenta su parte. Los importes se redondean una vez por campaña, sobre su
    total acumulado.
report-statement-footer = { $shop } · { $partner } · estado de cuenta
report-statement-title = { $partner } — estado de cuenta

## La hoja de cupones (una tarjeta por código de descuento)
report-coupon-valid = Válido del { $from } al { $to }
report-coupon-with = con { $partner }
report-coupon-show = Muestra este código en caja
report-coupons-footer = { $shop } · { $campaign } · cupones
report-coupons-title = { $campaign } — cupones

## Los gráficos
chart-roi-no-campaign = Aún no hay ninguna campaña con costo: sin él no hay ROI.
chart-roi-no-partner = Aún no hay ningún colaborador con costo: sin él no hay ROI.
chart-roi-range = Rango con aumento de ventas (95 %): una estimación
chart-leaderboard-empty = Aún no hay ventas atribuidas.
chart-leaderboard-axis = Ingresos netos atribuidos
chart-tiers-empty = Aún no hay clientes nuevos traídos por colaboradores.
chart-tiers-axis = Costo por cliente nuevo
chart-tier-community = Comunidad (< 1K)
chart-tier-nano = Nano (1K–10K)
chart-tier-micro = Micro (10K–100K)
chart-tier-macro = Macro (100K–1M)
chart-tier-mega = Mega (1M+)
chart-tier-unknown = Sin cifras de audiencia
chart-sales-empty = No hay ventas en este periodo.
chart-break-even-cost = Costo { $amount }
chart-break-even-profit = Ganancia bruta acumulada
chart-break-even-paid = Se pagó sola el { $day }
chart-lift-empty = No hay rango habitual que mostrar: falta historial de ventas.
chart-lift-range = Rango habitual (95 %)
chart-lift-level = Nivel habitual
chart-lift-day = Ventas del día
chart-repeat-empty = Aún no se puede medir: ningún cliente nuevo hizo su primer pedido 30 días antes de la última venta importada.
chart-repeat-days = { $days } días
chart-repeat-partners = Traídos por colaboradores
chart-repeat-others = Los demás clientes nuevos de la tienda

# La fila de encabezado de cada exportación CSV (colaboradores, campañas, resultados de una campaña, estado de cuenta de un colaborador).
export-partners-name = nombre
export-partners-email = correo electrónico
export-partners-phone = teléfono
export-partners-neighborhood = barrio
export-partners-city = ciudad
export-partners-stage = etapa
export-partners-tier = categoría
export-partners-largest-audience = mayor audiencia
export-partners-main-handle = usuario principal
export-partners-engagement = interacción %
export-partners-values-1-5 = valores (1-5)
export-partners-authenticity-1-5 = autenticidad (1-5)
export-partners-local-audience = audiencia local %
export-partners-niches = temáticas
export-partners-campaigns = campañas
export-partners-archived = archivado
export-campaigns-name = nombre
export-campaigns-goal = objetivo
export-campaigns-start = inicio
export-campaigns-end = fin
export-campaigns-attribution-window-days = ventana de atribución (días)
export-campaigns-orders-count-until = pedidos contados hasta
export-campaigns-status = estado
export-campaigns-partners = colaboradores
export-campaigns-codes = códigos
export-campaigns-other-costs = otros costos
export-campaigns-owner-hours = tus horas
export-results-campaign = campaña
export-results-partner = colaborador
export-results-method = método
export-results-codes = códigos
export-results-orders = pedidos
export-results-net-revenue = ingresos netos
export-results-of-which-typed-in-orders = de ellos anotados a mano (pedidos)
export-results-gross-profit = ganancia bruta
export-results-cost = costo
export-results-commission-owed = comisión por pagar
export-results-roi = ROI %
export-results-roas = ROAS
export-results-new-customers = clientes nuevos
export-results-cost-per-new-customer = costo por cliente nuevo
export-results-lift-status = estado del aumento
export-results-lift-estimate = estimación del aumento
export-results-lift-low-95 = extremo bajo del aumento (95 %)
export-results-lift-high-95 = extremo alto del aumento (95 %)
export-results-of-which-customer-said-orders = de ellos según el cliente (pedidos)
export-statement-partner = colaborador
export-statement-day = día
export-statement-line = movimiento
export-statement-campaign = campaña
export-statement-order = pedido
export-statement-order-day = día del pedido
export-statement-payment = pago
export-statement-on-net-revenue = sobre el neto
export-statement-amount = importe
export-statement-balance = saldo
export-results-total-row = (total de la campaña)
