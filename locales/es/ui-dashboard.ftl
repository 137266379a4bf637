# The Dashboard (ui/src/screens/Dashboard.svelte), its "Getting started" list (FirstSteps.svelte,
# ui/src/lib/first-steps.ts) and how a figure moved between periods (ui/src/lib/compare.ts).

## Period
dashboard-title = Panel
dashboard-period = Periodo
dashboard-range-month = Este mes
dashboard-range-90 = Últimos 90 días
dashboard-range-year = Últimos 12 meses
dashboard-range-custom = Fechas…
dashboard-from = Desde
dashboard-to = Hasta
dashboard-counting = Calculando…

## A shop with no sales at all
dashboard-no-sales-title = Aún no hay ventas
dashboard-no-sales-text = Importa la exportación de pedidos de tu tienda (Shopify, Square, WooCommerce, Etsy, Stripe o PayPal) tal como está: el Panel te mostrará entonces lo que aportaron tus colaboraciones y cuánto costaron.
dashboard-no-sales-action = Importar tus ventas

## Key figures
dashboard-period-campaigns = Del { $from } al { $to }: { $count ->
        [one] { $count } campaña cuenta
       *[other] { $count } campañas cuentan
    } pedidos en este periodo.
dashboard-key-figures = Cifras clave
dashboard-kpi-revenue = Ingresos atribuidos
dashboard-kpi-revenue-of-all = de { $total } en total ({ $orders ->
        [one] { $orders } pedido
       *[other] { $orders } pedidos
    })
dashboard-kpi-revenue-of-all-typed-in = de { $total } en total ({ $orders ->
        [one] { $orders } pedido
       *[other] { $orders } pedidos
    }, { $typed ->
        [one] { $typed } anotado
       *[other] { $typed } anotados
    } a mano)
dashboard-kpi-cost = Costo
dashboard-kpi-gross-profit = Ganancia bruta
dashboard-kpi-roi = ROI
dashboard-kpi-roi-counted = ROI (ventas contadas)
dashboard-kpi-roi-with-lift = con el aumento de ventas de los colaboradores sin código: ROI { $range }
dashboard-kpi-new-customers = Clientes nuevos
dashboard-roi-points-vs-previous = { $count ->
        [one] { $points } punto
       *[other] { $points } puntos
    } frente al periodo anterior

## How a card's figure moved
dashboard-vs-previous = { $ratio } frente al periodo anterior
dashboard-none-previous = nada en el periodo anterior
dashboard-vs-year-earlier = { $ratio } frente a un año antes
dashboard-none-year-earlier = nada un año antes
dashboard-compare-against = { $difference } frente al periodo del { $from } al { $to }
dashboard-change-words = { $difference } ({ $ratio })
dashboard-change-nothing = nada con qué comparar

## ROI cells
dashboard-roi-with-lift = con el aumento: { $range }
dashboard-roi-with-lift-title = ROI con el aumento de ventas de los colaboradores sin código, rango del 95 %
dashboard-roi-from-lift-title = ROI según el aumento de ventas, rango del 95 %
dashboard-roi-sales-lift = (aumento de ventas)

## Charts and their tables
dashboard-roi-chart = ROI por campaña
dashboard-roi-chart-alt = ROI por campaña, como en la tabla de abajo
dashboard-the-numbers = Las cifras
dashboard-campaigns-table = Campañas del periodo
dashboard-sales-chart = Ventas netas por día
dashboard-sales-chart-alt = Ventas netas por día, con los días de campaña sombreados; totales en la tabla de abajo
dashboard-sales-chart-shaded = Sombreado: los días en que cuentan los pedidos de una campaña (del inicio al final + ventana de atribución).
dashboard-sales-table = Ventas netas por día
dashboard-col-campaign = Campaña
dashboard-col-net-revenue = Ingresos netos
dashboard-col-cost = Costo
dashboard-col-roi = ROI
dashboard-col-day = Día
dashboard-col-net-sales = Ventas netas

## Needs a look
dashboard-attention = Para revisar

## Partner leaderboard
dashboard-leaderboard = Ranking de colaboradores
dashboard-leaderboard-empty-title = No hay campañas en este periodo
dashboard-leaderboard-empty-text = Elige un periodo más largo, o planifica una campaña con tus colaboradores y sus códigos.
dashboard-leaderboard-empty-action = Planificar una campaña
dashboard-col-rank = #
dashboard-col-partner = Colaborador o comunidad
dashboard-col-campaigns = Campañas
dashboard-col-orders = Pedidos
dashboard-col-new-customers = Clientes nuevos
dashboard-customer-said = { $count } según el cliente
dashboard-walk-in-heading = Medidos por el aumento de ventas, fuera del ranking de ventas contadas
dashboard-walk-in-lift-title = Su parte del aumento de ventas de sus campañas (ingresos netos, rango del 95 %): los colaboradores sin código no se miden por pedidos
dashboard-walk-in-orders-title = Los colaboradores sin código se miden por el aumento de ventas, no por pedidos
dashboard-leaderboard-ranked = Ordenado por ventas contadas (pedidos con código de descuento, canjes en tienda anotados a mano y pedidos cuyo cliente dijo que lo envió el colaborador, marcados como “según el cliente”). Los colaboradores sin código se miden por el aumento de ventas de sus campañas, una estimación con un rango: aparecen después y nunca cuentan como pérdida.
dashboard-leaderboard-figures = Las cifras suman los resultados de cada campaña (la página de cada campaña explica cómo se calculan). Un periodo cuenta los pedidos hechos en sus días: las ventas de una campaña en él son parte de las ventas de la tienda en él. Los costos (y el aumento de los colaboradores sin código) se reparten por igual entre los días en que cuentan los pedidos de una campaña; a cada periodo le toca la parte de sus días.

## By audience tier
dashboard-tiers = Por categoría de audiencia
dashboard-tiers-chart-caption = Costo por cliente nuevo, por categoría de audiencia
dashboard-tiers-chart-lower = (cuanto más bajo, mejor)
dashboard-tiers-chart-alt = Costo por cliente nuevo por categoría de audiencia, como en la tabla
dashboard-col-tier = Categoría
dashboard-col-partners = Colaboradores
dashboard-col-cost-per-new-customer = Costo por cliente nuevo
dashboard-tier-none = Aún no hay cifras de audiencia
dashboard-tiers-note = La categoría de un colaborador sale de su cuenta más grande; la de una comunidad, de su tamaño. Los costos de la campaña en conjunto (otros costos, tu tiempo) no se reparten por categoría.

## Getting started (a new shop's first steps)
dashboard-first-steps-title = Primeros pasos
dashboard-first-steps-hide = Ocultar esta lista
dashboard-first-steps-hide-title = Ocultar esta lista para siempre
dashboard-first-steps-hidden = Primeros pasos ocultos
dashboard-first-steps-progress = Hechos: { $done } de { $total }
dashboard-first-steps-done = hecho
dashboard-first-steps-to-do = pendiente
dashboard-step-sales-title = Importa tus ventas
dashboard-step-sales-hint = La exportación de pedidos de tu tienda desde Shopify, Square, WooCommerce, Etsy, Stripe o PayPal: LocalLift la lee tal como está.
dashboard-step-sales-action = Importar ventas
dashboard-step-sales-action-title = Abre Importar ventas, donde se lee una exportación de ventas
dashboard-step-partners-title = Agrega a tus colaboradores
dashboard-step-partners-hint = Escríbelos a mano, o importa la hoja de cálculo donde los tienes.
dashboard-step-partners-action = Agregar colaboradores
dashboard-step-partners-action-title = Abre Colaboradores: Nuevo colaborador, o Importar una hoja de cálculo…
dashboard-step-campaign-title = Crea una campaña
dashboard-step-campaign-hint = Sus fechas, los colaboradores que participan y sus códigos.
dashboard-step-campaign-action = Planificar una campaña
dashboard-step-campaign-action-title = Abre Campañas: Nueva campaña
dashboard-step-coupons-title = Imprime la hoja de cupones
dashboard-step-coupons-hint-first = Primero hace falta una campaña con códigos de descuento: da sus códigos a los colaboradores de una campaña y luego imprime la página con el código de cada uno y su código QR.
dashboard-step-coupons-hint = Una página con el código de cada colaborador y su código QR, para repartir o exhibir.
dashboard-step-coupons-action-campaigns = Ir a Campañas
dashboard-step-coupons-action-campaigns-title = Abre Campañas y luego una campaña para dar sus códigos a sus colaboradores
dashboard-step-coupons-action-campaign = Abrir la campaña
dashboard-step-coupons-action-campaign-title = Su página tiene el botón Hoja de cupones, encima de sus resultados
# Between a campaign's name and what needs a look about it.
dashboard-attention-separator = { ": " }
