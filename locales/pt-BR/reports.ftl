# As palavras dos PDFs (resumo da campanha, relatório do parceiro, extrato de pagamentos, folha de cupons) e
# dos gráficos. Veja locales/en/reports.ftl para o sentido dos argumentos.

## Rodapé de cada página
report-page = Página { $page } de { $pages }

## Intervalos do aumento nas vendas (95%) e do ROI
report-lift-more = Entre { $low } e { $high } a mais que o normal (intervalo de 95%)
report-lift-less = Entre { $low } e { $high } a menos que o normal (intervalo de 95%)
report-lift-mixed = Entre { $less } a menos e { $more } a mais que o normal (intervalo de 95%): talvez nada a mais
report-roi-range = { $low } a { $high }

## O que o aumento nas vendas diz
report-lift-no-estimate = Sem estimativa do aumento nas vendas: { $note }
report-lift-sentence = { $range }.
report-lift-overlap = Coincide com { $campaigns }: este é o efeito conjunto delas, contado uma só vez.

## Como os pedidos de um parceiro são contados
report-method-code = Cupom
report-method-manual = Na loja (digitado)
report-method-code-and-manual = Cupom + na loja
report-method-survey = Cliente informou
report-method-lift = Aumento nas vendas
report-method-none = Nenhum ainda
report-method-and-survey = { $method } + cliente informou

## O resumo da campanha (para você, dono da loja)
report-summary-kicker = { $shop } · Resumo da campanha
report-summary-dates = { $start } – { $end }, pedidos contados até { $until } · { $count ->
        [one] { $count } parceiro
       *[other] { $count } parceiros
    }
report-goal = Objetivo: { $goal }
report-card-net-revenue = Receita líquida atribuída
report-card-gross-profit = Lucro bruto
report-card-cost = Custo
report-card-roi = ROI
report-card-roi-counted = ROI (vendas contadas)
report-card-orders = Pedidos atribuídos
report-card-new-customers = Clientes novos
report-card-cost-per-new-customer = Custo por cliente novo
report-card-roas = ROAS
report-heading-partners = Parceiros
report-col-partner = Parceiro
report-col-method = Método
report-col-orders = Pedidos
report-col-net-revenue = Receita líquida
report-col-gross-profit = Lucro bruto
report-col-cost = Custo
report-col-roi = ROI
report-col-new = Novos
report-col-commission = Comissão
report-row-total = Total
report-row-lift = { $low } a { $high } (aumento)
report-row-no-estimate = ainda sem estimativa
report-row-roi-with-lift = { $roi } ({ $range } com o aumento)
report-survey-orders = { $said ->
        [one] { $said } dos { $orders } pedidos contados ({ $share }) se baseia
       *[other] { $said } dos { $orders } pedidos contados ({ $share }) se baseiam
    } no que os clientes responderam quando perguntados como conheceram a loja, não em um cupom: não há
    comissão a pagar sobre eles.
report-walk-ins = { $count ->
    [one] Um parceiro sem cupom é medido pelo aumento nas vendas da campanha: uma estimativa com seu intervalo de
        95%, nunca somada aos totais contados; seu ROI é o intervalo que o aumento dá.
   *[other] { $count } parceiros sem cupom são medidos pelo aumento nas vendas da campanha: uma estimativa com seu
        intervalo de 95%, nunca somada aos totais contados; o ROI deles é o intervalo que o aumento dá. Eles
        dividem o aumento da campanha em partes iguais.
    }
report-extra-costs = O custo total inclui outros custos de { $other } e o seu tempo, { $time }.
report-heading-revenue = Receita por parceiro
report-top-partners = Os { $shown } parceiros com mais receita; { $more ->
        [one] mais { $more } aparece
       *[other] mais { $more } aparecem
    } na tabela acima.
report-heading-paid-back = A campanha se pagou?
report-heading-roi = ROI por parceiro
report-heading-lift = Aumento nas vendas
report-heading-came-back = Eles voltaram?
report-heading-conflicts = Pedidos com cupons de dois parceiros
report-conflicts = { $count ->
    [one] { $count } pedido; contado uma só vez, para o primeiro cupom ativo:
   *[other] { $count } pedidos; cada um contado uma só vez, para o primeiro cupom ativo:
    }
report-conflict = Pedido { $order } ({ $source }): { $codes } → { $partner }, também { $also }
report-heading-how = Como os números são calculados
report-how =
    Os pedidos que usaram o cupom de um parceiro do primeiro dia da campanha até o último dia mais a janela de
    atribuição (dias no fuso horário da loja) são contados para esse parceiro; um pedido com cupons de dois parceiros
    conta uma vez, para o primeiro cupom ativo. Usos na loja digitados a partir do registro do caixa também contam,
    identificados. A receita líquida é o valor depois de descontos e reembolsos. O lucro bruto usa o custo dos
    produtos quando todos os itens de um pedido têm custo; senão, a margem da loja. Custo = cachê + produtos de
    presente a preço de custo + comissão sobre a receita líquida atribuída, mais os outros custos da campanha e as
    suas horas pelo valor da hora. ROI = (lucro bruto − custo) / custo; ROAS = receita líquida / custo. Um pedido
    conta quando está pago e sua receita líquida é maior que zero: um pedido totalmente reembolsado ou gratuito não é
    pedido e não traz cliente novo. Cliente novo é aquele cujo primeiro pedido de todos é o pedido atribuído.
    Parceiros sem cupom são medidos pelo aumento nas vendas: as vendas diárias do período em relação ao nível normal e
    à tendência dos mesmos dias da semana nas semanas anteriores, sem outras campanhas nem dias fora do comum,
    mostradas como um intervalo de 95% (dividido em partes iguais entre os parceiros sem cupom da campanha) e nunca
    somadas aos totais contados; o ROI deles é o intervalo dado pelas pontas baixa e alta do aumento, nunca um
    prejuízo por falta de pedidos.
report-heading-notes = Observações
report-summary-footer = { $shop } · { $campaign } · feito com LocalLift
report-summary-title = { $campaign } — resumo da campanha

## Se a campanha se pagou
report-verdict-free = Nada foi gasto com ela: tudo o que ela trouxe é ganho.
report-verdict-lift-only = Só o aumento nas vendas pode dizer: ROI { $range } (uma estimativa, intervalo de 95%).
report-verdict-not-measurable = Ainda não dá para medir: os parceiros dela não têm cupom, são medidos pelo aumento nas vendas e ainda não há estimativa.
report-verdict-yes-on = Sim: o lucro bruto de { $profit } cobriu o custo de { $cost } em { $day } (ROI { $roi }).
report-verdict-yes = Sim: o lucro bruto de { $profit } cobriu o custo de { $cost } (ROI { $roi }).
report-verdict-not-yet = Ainda não: { $profit } de lucro bruto até agora contra o custo de { $cost }; os pedidos contam até { $until }.
report-verdict-no = Não: o lucro bruto de { $profit } cobriu { $share } do custo de { $cost } (ROI { $roi }).
report-verdict-with-lift = Com o aumento nas vendas dos parceiros sem cupom, ROI { $range }.

## O relatório do parceiro (para um parceiro, tratado por “você”)
report-partner-kicker = { $shop } · Relatório do parceiro
report-partner-dates = { $campaign }: { $start } – { $end }, pedidos contados até { $until }
report-thanks =
    Obrigado por participar de { $campaign }. Veja o que os seus seguidores fizeram, contado do mesmo jeito que
    para todos os parceiros da loja.
report-card-measured-by = Medido por
report-card-lift-no-code = Aumento nas vendas (sem cupom)
report-card-your-codes = Seus cupons
report-card-your-orders = Pedidos
report-card-sales-net = Vendas (líquidas)
report-card-in-store = Desses, na loja
report-card-customer-said = Desses, “cliente informou”
report-card-came-back = Voltaram em até { $days } dias
report-card-posts = Posts
report-card-engagement = Engajamento (mediana)
report-heading-earn = O que você ganha
report-earn-fee = Cachê: { $amount }
report-earn-gifted = Produtos de presente: { $amount } (a preço de custo da loja)
report-earn-commission = Comissão: { $percent } de { $sales } = { $owed } a pagar
report-earn-nothing = Nenhum cachê nem comissão foi combinado para esta campanha.
report-leaked =
    O seu cupom { $code } foi compartilhado onde você não o publicou: pedidos com ele a partir de { $day } não
    são contados para você.
report-heading-paid-and-owed = Pago e a pagar
report-so-far = Nesta campanha até agora: cachê { $fee }, comissão devida { $commission }.
report-so-far-taken-back = Nesta campanha até agora: cachê { $fee }, comissão devida { $commission }, estornado por reembolsos { $taken }.
report-held =
    Comissão ainda não vencida: { $amount } sobre { $orders ->
        [one] { $orders } pedido
       *[other] { $orders } pedidos
    }; a primeira vence em { $day } (prazo de espera de { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    } depois de cada pedido, para que a comissão de um pedido reembolsado nesse prazo nunca fique a pagar).
report-balance-owed = Pago a você no total: { $paid }. A pagar a você agora, somando todas as campanhas: { $balance }.
report-balance-ahead = Pago a você no total: { $paid }. { $ahead } pago adiantado: será descontado do que você ganhar em seguida.
report-heading-agreed = O que combinamos
report-deliverable-kind = { $kind ->
    [post] post
    [story] story
    [reel] reel
    [video] vídeo
    [event] evento
    [market_table] banca na feira
   *[other] outro
    }
report-deliverable-on-time = { $what } — prazo { $due } — entregue em { $day }, no prazo
report-deliverable-done = { $what } — prazo { $due } — entregue em { $day }
report-deliverable-missed = { $what } — prazo { $due } — não entregue
report-deliverable-to-come = { $what } — prazo { $due } — a fazer
report-partner-lift = Você não tinha cupom: a loja mede a campanha pelo aumento nas vendas.
report-partner-lift-share = Dividido em partes iguais com { $others ->
        [one] o outro parceiro sem cupom
       *[other] os outros { $others } parceiros sem cupom
    } da campanha; a sua parte: { $range }.
report-heading-how-counted = Como é contado
report-partner-how =
    Um pedido conta para você quando usou o seu cupom do primeiro dia da campanha até o dia em que os pedidos
    deixam de ser contados, no fuso horário da loja; reembolsos e descontos são abatidos. Se um pedido
    teve cupons de dois parceiros, ele conta uma vez, para o primeiro cupom. Cliente novo é quem fez o
    primeiro pedido da vida com o seu cupom.
report-partner-title = { $campaign } — relatório do parceiro { $partner }

## O extrato de pagamentos
report-period = { $from } – { $to }
report-period-from = A partir de { $from }
report-period-until = Até { $to }
report-period-all = Desde o início, até { $today }
report-statement-kicker = { $shop } · Extrato de pagamentos
report-statement-period = { $period } · comissão vence { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    } depois de cada pedido
report-paid-ahead = { $amount } (pago adiantado)
report-card-opening = Saldo inicial
report-card-fees = Cachês
report-card-commission-due = Comissão devida
report-card-taken-back = Estornado
report-card-paid = Pago
report-card-closing = Saldo final
report-card-held = Comissão retida
report-heading-lines = Lançamentos
report-col-day = Dia
report-col-what = Descrição
report-col-on-net = Sobre o líquido
report-col-amount = Valor
report-col-balance = Saldo
report-entry-fee = Cachê · { $campaign }
report-entry-commission = Comissão · { $campaign } · pedido { $order }
report-entry-commission-in-store = Comissão · { $campaign } · na loja (digitado)
report-entry-taken-back = Estornado (reembolso) · { $campaign } · pedido { $order }
report-entry-restored = Restabelecido · { $campaign } · pedido { $order }
report-entry-payment = Pagamento
report-entry-payment-how = Pagamento · { $how }
report-statement-empty = Nada venceu e nada foi pago neste período.
report-heading-not-due = Ainda não vencida
report-held-line = { $campaign }: { $commission } sobre { $sales } em vendas ({ $orders ->
        [one] { $orders } pedido
       *[other] { $orders } pedidos
    }), a primeira vence em { $day }
report-heading-by-year = Por ano
report-col-year = Ano
report-col-fees = Cachês
report-col-taken-back = Estornado
report-col-paid = Pago
report-statement-rules =
    O cachê é devido a partir do primeiro dia da campanha. A comissão de um pedido vence depois do prazo de
    espera, sobre a receita líquida dele nesse momento (depois de descontos e reembolsos); um reembolso
    descoberto depois estorna a parte dela. Os valores são arredondados uma vez por campanha, sobre o total
    acumulado.
report-statement-footer = { $shop } · { $partner } · extrato de pagamentos
report-statement-title = { $partner } — extrato de pagamentos

## A folha de cupons (um cartão por cupom)
report-coupon-valid = Válido de { $from } a { $to }
report-coupon-with = com { $partner }
report-coupon-show = Mostre este cupom no caixa
report-coupons-footer = { $shop } · { $campaign } · cupons
report-coupons-title = { $campaign } — cupons

## Os gráficos
chart-roi-no-campaign = Ainda não há campanha com custo: o ROI precisa de um.
chart-roi-no-partner = Ainda não há parceiro com custo: o ROI precisa de um.
chart-roi-range = Intervalo com o aumento nas vendas (95%): uma estimativa
chart-leaderboard-empty = Ainda não há vendas atribuídas.
chart-leaderboard-axis = Receita líquida atribuída
chart-tiers-empty = Ainda não há clientes novos vindos de parceiros.
chart-tiers-axis = Custo por cliente novo
chart-tier-community = Comunidade (< 1 mil)
chart-tier-nano = Nano (1 mil–10 mil)
chart-tier-micro = Micro (10 mil–100 mil)
chart-tier-macro = Macro (100 mil–1 mi)
chart-tier-mega = Mega (1 mi+)
chart-tier-unknown = Sem números de público
chart-sales-empty = Nenhuma venda neste período.
chart-break-even-cost = Custo { $amount }
chart-break-even-profit = Lucro bruto acumulado
chart-break-even-paid = Se pagou em { $day }
chart-lift-empty = Não há intervalo normal para mostrar: histórico de vendas insuficiente.
chart-lift-range = Intervalo normal (95%)
chart-lift-level = Nível normal
chart-lift-day = Vendas do dia
chart-repeat-empty = Ainda não dá para medir: nenhum cliente novo fez o primeiro pedido 30 dias antes da última venda importada.
chart-repeat-days = { $days } dias
chart-repeat-partners = Trazidos por parceiros
chart-repeat-others = Os outros clientes novos da loja

# A linha de cabeçalho de cada exportação CSV (parceiros, campanhas, resultados de uma campanha, extrato de pagamentos de um parceiro).
export-partners-name = nome
export-partners-email = e-mail
export-partners-phone = telefone
export-partners-neighborhood = bairro
export-partners-city = cidade
export-partners-stage = etapa
export-partners-tier = categoria
export-partners-largest-audience = maior público
export-partners-main-handle = usuário principal
export-partners-engagement = engajamento %
export-partners-values-1-5 = valores (1-5)
export-partners-authenticity-1-5 = autenticidade (1-5)
export-partners-local-audience = público local %
export-partners-niches = nichos
export-partners-campaigns = campanhas
export-partners-archived = arquivado
export-campaigns-name = nome
export-campaigns-goal = objetivo
export-campaigns-start = início
export-campaigns-end = fim
export-campaigns-attribution-window-days = janela de atribuição (dias)
export-campaigns-orders-count-until = pedidos contados até
export-campaigns-status = status
export-campaigns-partners = parceiros
export-campaigns-codes = cupons
export-campaigns-other-costs = outros custos
export-campaigns-owner-hours = suas horas
export-results-campaign = campanha
export-results-partner = parceiro
export-results-method = método
export-results-codes = cupons
export-results-orders = pedidos
export-results-net-revenue = receita líquida
export-results-of-which-typed-in-orders = desses, digitados (pedidos)
export-results-gross-profit = lucro bruto
export-results-cost = custo
export-results-commission-owed = comissão a pagar
export-results-roi = ROI %
export-results-roas = ROAS
export-results-new-customers = clientes novos
export-results-cost-per-new-customer = custo por cliente novo
export-results-lift-status = status do aumento
export-results-lift-estimate = estimativa do aumento
export-results-lift-low-95 = limite inferior do aumento (95%)
export-results-lift-high-95 = limite superior do aumento (95%)
export-results-of-which-customer-said-orders = desses, “cliente informou” (pedidos)
export-statement-partner = parceiro
export-statement-day = dia
export-statement-line = lançamento
export-statement-campaign = campanha
export-statement-order = pedido
export-statement-order-day = dia do pedido
export-statement-payment = pagamento
export-statement-on-net-revenue = sobre o líquido
export-statement-amount = valor
export-statement-balance = saldo
export-results-total-row = (total da campanha)
