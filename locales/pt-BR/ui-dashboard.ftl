# The Dashboard (ui/src/screens/Dashboard.svelte), its "Getting started" list (FirstSteps.svelte,
# ui/src/lib/first-steps.ts) and how a figure moved between periods (ui/src/lib/compare.ts).

## Period
dashboard-title = Painel
dashboard-period = Período
dashboard-range-month = Este mês
dashboard-range-90 = Últimos 90 dias
dashboard-range-year = Últimos 12 meses
dashboard-range-custom = Datas…
dashboard-from = De
dashboard-to = Até
dashboard-counting = Calculando…

## A shop with no sales at all
dashboard-no-sales-title = Ainda não há vendas
dashboard-no-sales-text = Importe a exportação de pedidos da sua loja (Shopify, Square, WooCommerce, Etsy, Stripe ou PayPal) do jeito que ela vem: o Painel passa a mostrar quanto suas parcerias trouxeram e quanto custaram.
dashboard-no-sales-action = Importar suas vendas

## Key figures
dashboard-period-campaigns = De { $from } a { $to }: { $count ->
        [one] { $count } campanha conta
       *[other] { $count } campanhas contam
    } pedidos neste período.
dashboard-key-figures = Números principais
dashboard-kpi-revenue = Receita atribuída
dashboard-kpi-revenue-of-all = de { $total } no total ({ $orders ->
        [one] { $orders } pedido
       *[other] { $orders } pedidos
    })
dashboard-kpi-revenue-of-all-typed-in = de { $total } no total ({ $orders ->
        [one] { $orders } pedido
       *[other] { $orders } pedidos
    }, { $typed ->
        [one] { $typed } digitado
       *[other] { $typed } digitados
    })
dashboard-kpi-cost = Custo
dashboard-kpi-gross-profit = Lucro bruto
dashboard-kpi-roi = ROI
dashboard-kpi-roi-counted = ROI (vendas contadas)
dashboard-kpi-roi-with-lift = com o aumento nas vendas dos parceiros sem cupom: ROI { $range }
dashboard-kpi-new-customers = Clientes novos
dashboard-roi-points-vs-previous = { $count ->
        [one] { $points } ponto
       *[other] { $points } pontos
    } em relação ao período anterior

## How a card's figure moved
dashboard-vs-previous = { $ratio } em relação ao período anterior
dashboard-none-previous = nada no período anterior
dashboard-vs-year-earlier = { $ratio } em relação ao ano anterior
dashboard-none-year-earlier = nada no ano anterior
dashboard-compare-against = { $difference } em relação ao período de { $from } a { $to }
dashboard-change-words = { $difference } ({ $ratio })
dashboard-change-nothing = nada para comparar

## ROI cells
dashboard-roi-with-lift = com o aumento: { $range }
dashboard-roi-with-lift-title = ROI com o aumento nas vendas dos parceiros sem cupom, intervalo de 95%
dashboard-roi-from-lift-title = ROI pelo aumento nas vendas, intervalo de 95%
dashboard-roi-sales-lift = (aumento nas vendas)

## Charts and their tables
dashboard-roi-chart = ROI por campanha
dashboard-roi-chart-alt = ROI por campanha, como na tabela abaixo
dashboard-the-numbers = Os números
dashboard-campaigns-table = Campanhas do período
dashboard-sales-chart = Vendas líquidas por dia
dashboard-sales-chart-alt = Vendas líquidas por dia, com os dias de campanha sombreados; totais na tabela abaixo
dashboard-sales-chart-shaded = Sombreado: dias em que os pedidos de uma campanha contam (do início ao fim + janela de atribuição).
dashboard-sales-table = Vendas líquidas por dia
dashboard-col-campaign = Campanha
dashboard-col-net-revenue = Receita líquida
dashboard-col-cost = Custo
dashboard-col-roi = ROI
dashboard-col-day = Dia
dashboard-col-net-sales = Vendas líquidas

## Needs a look
dashboard-attention = Vale conferir

## Partner leaderboard
dashboard-leaderboard = Ranking de parceiros
dashboard-leaderboard-empty-title = Nenhuma campanha neste período
dashboard-leaderboard-empty-text = Escolha um período maior, ou planeje uma campanha com seus parceiros e os cupons deles.
dashboard-leaderboard-empty-action = Planejar uma campanha
dashboard-col-rank = #
dashboard-col-partner = Parceiro ou comunidade
dashboard-col-campaigns = Campanhas
dashboard-col-orders = Pedidos
dashboard-col-new-customers = Clientes novos
dashboard-customer-said = { $count ->
        [one] { $count } cliente informou
       *[other] { $count } clientes informaram
    }
dashboard-walk-in-heading = Medidos pelo aumento nas vendas, fora do ranking das vendas contadas
dashboard-walk-in-lift-title = A parte deles no aumento nas vendas das suas campanhas (receita líquida, intervalo de 95%): parceiros sem cupom não são medidos por pedidos
dashboard-walk-in-orders-title = Parceiros sem cupom são medidos pelo aumento nas vendas, não por pedidos
dashboard-leaderboard-ranked = Ordenado pelas vendas contadas (pedidos com cupom, usos na loja digitados e pedidos em que o cliente disse que veio pelo parceiro, marcados como “cliente informou”). Parceiros sem cupom são medidos pelo aumento nas vendas das suas campanhas, uma estimativa com intervalo: aparecem depois e nunca contam como prejuízo.
dashboard-leaderboard-figures = Os números somam os resultados de cada campanha (a página de uma campanha explica como são calculados). Um período conta os pedidos feitos nos seus dias: as vendas de uma campanha nele são parte das vendas da loja nele. Os custos (e o aumento dos parceiros sem cupom) são distribuídos igualmente pelos dias em que os pedidos de uma campanha contam; cada período fica com a parte dos seus dias.

## By audience tier
dashboard-tiers = Por categoria de público
dashboard-tiers-chart-caption = Custo por cliente novo, por categoria de público
dashboard-tiers-chart-lower = (quanto menor, melhor)
dashboard-tiers-chart-alt = Custo por cliente novo por categoria de público, como na tabela
dashboard-col-tier = Categoria
dashboard-col-partners = Parceiros
dashboard-col-cost-per-new-customer = Custo por cliente novo
dashboard-tier-none = Ainda sem números de público
dashboard-tiers-note = A categoria de um parceiro vem da maior conta dele; a de uma comunidade, do número de membros. Custos da campanha como um todo (outros custos, seu tempo) não são divididos por categoria.

## Getting started (a new shop's first steps)
dashboard-first-steps-title = Primeiros passos
dashboard-first-steps-hide = Ocultar esta lista
dashboard-first-steps-hide-title = Ocultar esta lista de vez
dashboard-first-steps-hidden = Primeiros passos ocultos
dashboard-first-steps-progress = Concluídos: { $done } de { $total }
dashboard-first-steps-done = concluído
dashboard-first-steps-to-do = a fazer
dashboard-step-sales-title = Importe suas vendas
dashboard-step-sales-hint = A exportação de pedidos da sua loja no Shopify, Square, WooCommerce, Etsy, Stripe ou PayPal: o LocalLift lê do jeito que ela vem.
dashboard-step-sales-action = Importar vendas
dashboard-step-sales-action-title = Abre Importar vendas, onde uma exportação de vendas é lida
dashboard-step-partners-title = Traga seus parceiros
dashboard-step-partners-hint = Digite um por um, ou importe a planilha em que você os controla.
dashboard-step-partners-action = Adicionar parceiros
dashboard-step-partners-action-title = Abre Parceiros: Novo parceiro, ou Importar uma planilha…
dashboard-step-campaign-title = Crie uma campanha
dashboard-step-campaign-hint = As datas, os parceiros que participam e os cupons deles.
dashboard-step-campaign-action = Planejar uma campanha
dashboard-step-campaign-action-title = Abre Campanhas: Nova campanha
dashboard-step-coupons-title = Imprima a folha de cupons
dashboard-step-coupons-hint-first = Primeiro é preciso uma campanha com cupons: dê aos parceiros de uma campanha os cupons deles e depois imprima a página com o cupom de cada parceiro e um QR code.
dashboard-step-coupons-hint = Uma página com o cupom de cada parceiro e um QR code, para distribuir ou afixar.
dashboard-step-coupons-action-campaigns = Ir para Campanhas
dashboard-step-coupons-action-campaigns-title = Abre Campanhas; lá, abra uma campanha para dar os cupons aos parceiros dela
dashboard-step-coupons-action-campaign = Abrir a campanha
dashboard-step-coupons-action-campaign-title = A página dela tem o botão Folha de cupons, acima dos resultados
# Between a campaign's name and what needs a look about it.
dashboard-attention-separator = { ": " }
