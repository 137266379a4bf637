# A página de uma campanha (ui/src/screens/CampaignPage.svelte com CampaignResults, CampaignPartnerForm,
# CampaignDeliverables) e, no painel, "Cupons que podem ter vazado" e "Entregas combinadas a vencer"
# (LeakSignals, LeakOrders, AgreementsDue).

## Shared words
campaign-loading = Carregando…
campaign-counting = Calculando…
campaign-edit = Editar
campaign-delete = Excluir
campaign-cancel = Cancelar
campaign-add = Adicionar
campaign-save = Salvar
campaign-close = Fechar
campaign-mark-done = Marcar como feita
campaign-open-campaign = Abrir a campanha
campaign-badge-archived = Arquivada
campaign-badge-member-archived = Arquivado
campaign-col-who = Quem
campaign-col-what = O quê
campaign-col-due = Prazo
campaign-col-day = Dia
campaign-col-code = Cupom
campaign-col-orders = Pedidos
campaign-col-net-revenue = Receita líquida
campaign-col-gross-profit = Lucro bruto
campaign-col-cost = Custo
campaign-col-commission = Comissão
campaign-col-new-customers = Clientes novos

## The campaign's page
campaign-back = ← Campanhas
campaign-dates = { $range }; os pedidos contam até { $until }
campaign-reinstate = Reativar
campaign-reinstated = Campanha reativada
campaign-cancel-campaign = Cancelar campanha
campaign-cancelled = Campanha cancelada: os cupons dela não contam mais
campaign-archive = Arquivar
campaign-restore = Restaurar
campaign-notice-archived = Arquivada
campaign-notice-restored = Restaurada
campaign-fixed-costs = Custos fixos até agora
campaign-fixed-costs-hint = (cachês + produtos de presente a preço de custo + outros custos; a comissão entra sobre as vendas atribuídas)
campaign-other-costs = Outros custos
campaign-your-hours = Suas horas
campaign-notes = Observações
campaign-partners-title = Parceiros e condições
campaign-add-member = Adicionar parceiro ou comunidade
campaign-partners-empty-title = Ainda não tem ninguém nesta campanha
campaign-partners-empty-text = Adicione os parceiros e comunidades que participam, com cachê, produtos de presente, comissão e cupons.
campaign-partners-table = Parceiros desta campanha
campaign-col-codes = Cupons
campaign-col-fee = Cachê
campaign-col-gifted = Presentes
campaign-col-agreement-notes = Observações do combinado
campaign-badge-community = Comunidade
campaign-no-code = sem cupom (medido pelo aumento nas vendas)
campaign-first-orders = para primeiras compras
campaign-leaked-from = marcado como vazado desde { $day }
campaign-unmark = Desmarcar
campaign-unmark-label = Desmarcar { $code }
campaign-unmark-title = Os pedidos voltam a contar para { $name }
campaign-unmarked = { $code } desmarcado: os pedidos voltam a contar
campaign-edit-terms = Editar condições
campaign-log-post = Registrar post
campaign-remove = Remover
campaign-mark-leaked-open = Marcar um cupom como vazado…
campaign-mark-leaked-open-title = A partir de um dia, os pedidos com o cupom não contam para ninguém (nem para { $name }, nem para comissão)
campaign-leak-form = Marcar um cupom de { $name } como vazado
campaign-leak-code = Cupom de { $name }
campaign-leak-from = Vazado desde
campaign-leak-submit = Marcar como vazado
campaign-leak-hint = A partir desse dia, os pedidos com o cupom não contam para ninguém: nem para { $name }, nem para comissão. Marcar de novo muda o dia; “Desmarcar” tira a marcação.
campaign-leak-choose-code = Escolha um cupom
campaign-leak-choose-day = Escolha o primeiro dia em que os pedidos não contam para ninguém
campaign-leak-marked = { $code } marcado como vazado desde { $day }: os pedidos a partir desse dia não contam para ninguém
campaign-posts = Posts
campaign-posts-empty = Nenhum post registrado ainda. Registre cada post com curtidas, comentários, compartilhamentos, salvamentos e alcance para comparar o engajamento.
campaign-col-posted = Publicado
campaign-col-platform = Plataforma
campaign-col-reach = Alcance
campaign-col-likes = Curtidas
campaign-col-comments = Comentários
campaign-col-shares = Compartilhamentos
campaign-col-saves = Salvamentos
campaign-col-clicks = Cliques
campaign-col-engagement = Engajamento
campaign-post-deleted = Post excluído
campaign-engagement-hint = Engajamento = (curtidas + comentários + compartilhamentos + salvamentos) ÷ alcance, ou ÷ seguidores na data do post se o alcance for desconhecido. Cliques não contam.
campaign-remove-what = { $name } desta campanha (com os cupons e posts)
campaign-deleted = Campanha { $name } excluída

## Results
campaign-results = Resultados
campaign-file-results = { $campaign } resultados.csv
campaign-file-summary = { $campaign } resumo.pdf
campaign-file-coupons = { $campaign } cupons.pdf
campaign-summary-pdf = Resumo em PDF
campaign-summary-pdf-title = Salvar o resumo da campanha em PDF: números, gráficos, cada parceiro e como foi calculado
campaign-coupon-sheet = Folha de cupons
campaign-coupon-sheet-title = Salvar uma folha para imprimir com todos os cupons, em letra grande e como QR code, para o caixa
campaign-paper = Papel
campaign-paper-label = Tamanho do papel dos PDFs
campaign-paper-a4 = A4
campaign-paper-letter = Carta (EUA)
campaign-window = Os pedidos contam de { $from } a { $to } (com a janela de atribuição), no fuso horário da loja.
campaign-kpi-revenue = Receita atribuída
campaign-kpi-roi = ROI
campaign-kpi-roi-counted = ROI (vendas contadas)
campaign-kpi-roi-lift = com o aumento nas vendas dos parceiros sem cupom: ROI { $range }
campaign-by-partner = Resultados por parceiro
campaign-col-partner = Parceiro
campaign-col-roi = ROI
campaign-col-roi-title = Passe o mouse sobre um ROI para ver o ROAS (receita líquida ÷ custo); o ROI dos parceiros sem cupom é um intervalo, a partir do aumento nas vendas
campaign-col-cost-per-new = Custo por cliente novo
campaign-col-back-60 = Voltaram em até 60 dias
campaign-col-back-60-title = Dos clientes novos cujo primeiro pedido tem pelo menos 60 dias
campaign-typed-in = { $count ->
    [one] { $count } digitado
   *[other] { $count } digitados
   }
campaign-said = { $count ->
       [one] { $count } cliente informou
      *[other] { $count } clientes informaram
   }
campaign-said-title = Pedidos sem cupom cujo cliente citou { $name } quando perguntado como conheceu a loja: não há comissão sobre eles
campaign-shared-with = { $others ->
    [one] , dividido igualmente com o outro parceiro sem cupom da campanha
   *[other] , dividido igualmente com os outros { $others } parceiros sem cupom da campanha
   }
campaign-partner-share = (parte deste parceiro: { $share })
campaign-posts-engagement = { $count ->
    [one] { $count } post · { $engagement } de engajamento
   *[other] { $count } posts · { $engagement } de engajamento
   }
campaign-posts-engagement-cost = { $count ->
    [one] { $count } post · { $engagement } de engajamento · { $cost } por interação
   *[other] { $count } posts · { $engagement } de engajamento · { $cost } por interação
   }
campaign-in-store = + Na loja
campaign-in-store-title = Adicionar usos do cupom na loja, a partir do registro do caixa
campaign-report = Relatório
campaign-report-title = Salvar os resultados de { $name } em PDF para enviar (sem os números de outros parceiros)
campaign-walk-in = Parceiro sem cupom: medido pelo aumento nas vendas da campanha, não por pedidos
campaign-roi-no-lift = Ainda não há dados de vendas suficientes para o aumento nas vendas da campanha
campaign-roi-lift-title = (lucro bruto da parte deste parceiro no aumento nas vendas − custo) ÷ custo, intervalo de 95%
campaign-sales-lift = aumento nas vendas
campaign-roas = ROAS { $roas }
campaign-total = Campanha
campaign-with-lift = com o aumento: { $range }
campaign-with-lift-title = Com o aumento nas vendas dos parceiros sem cupom
campaign-came-back = { $returned } de { $customers } ({ $rate })
campaign-said-share = { $said } quando perguntados como conheceram a loja, e não num cupom: não há comissão sobre esses pedidos.
campaign-chart-revenue = Receita por parceiro
campaign-chart-top = (os 20 primeiros; a tabela mostra todos)
campaign-chart-revenue-alt = Receita líquida atribuída por parceiro, como na tabela acima
campaign-chart-paid = Ela se pagou?
campaign-chart-paid-alt = Lucro bruto atribuído somado dia a dia em relação ao custo da campanha ({ $cost }); chegou a { $profit }
campaign-chart-roi = ROI por parceiro
campaign-chart-roi-alt = ROI por parceiro, como na tabela acima
campaign-came-back-label = Voltaram
campaign-came-back-title = Eles voltaram?
campaign-repeat-table = Recompras
campaign-within-days = { $days ->
    [one] em até { $days } dia
   *[other] em até { $days } dias
   }
campaign-repeat-this = Trazidos por esta campanha
campaign-repeat-others = Os outros clientes novos da loja, mesmo período
campaign-not-yet = ainda não
campaign-repeat-alt = Parte dos clientes novos que voltaram em até 30, 60 e 90 dias, como na tabela
campaign-repeat-hint = Contado entre os clientes cujo primeiro pedido é antigo o bastante para terem tido tempo de voltar.
campaign-compare = Os dias desta campanha comparados com antes
campaign-compare-table = Vendas líquidas da loja nos dias da campanha e antes
campaign-compare-col-sales = Vendas líquidas da loja
campaign-compare-col-days = Dias
campaign-compare-col-net = Vendas líquidas
campaign-compare-col-change = Os dias da campanha comparados com estes
campaign-compare-current = Nos dias da campanha
campaign-compare-current-so-far = Nos dias da campanha até agora
campaign-compare-before = { $count ->
    [one] O dia anterior
   *[other] Os { $count } dias anteriores
   }
campaign-compare-year = Os mesmos dias um ano antes
campaign-compare-hint = Todas as vendas da loja nesses dias (importadas e digitadas), não só os pedidos da campanha: uma estação, um feriado ou outra campanha também mexem com elas. A estimativa do aumento nas vendas compara com dias normais de forma mais cuidadosa.
campaign-compare-not-yet = Os dias da campanha ainda não chegaram: quando passarem, as vendas deles aparecem aqui ao lado dos dias anteriores.
campaign-cost-includes = O custo da campanha inclui os outros custos ({ $other }) e o seu tempo ({ $time }).
campaign-redeem-form = Usos na loja
campaign-redeem-title-said = Clientes que disseram que vieram por { $name }
campaign-redeem-title-uses = Usos na loja do cupom de { $name }
campaign-redeem-hint = Do registro de cupons do caixa, para caixas sem exportação: quantos usos houve num dia e quanto deram. Ou uma contagem de clientes que disseram, quando perguntados, que vieram por este parceiro (sem cupom): conta como “cliente informou”, sem comissão.
campaign-redeem-said = Uma contagem do que os clientes disseram, não usos de cupom
campaign-redeem-customers = Clientes
campaign-redeem-uses = Usos
campaign-redeem-amount = Vendas após o desconto
campaign-redeemed = Usos na loja adicionados
campaign-conflicts = Pedidos com cupons de dois parceiros
campaign-conflict = O pedido { $order } usou { $codes }: contado uma vez, para { $partner } (primeiro cupom), não para { $others }.
campaign-how = Como estes números são calculados
campaign-how-code = Um pedido conta para um parceiro quando usou o cupom dele do primeiro ao último dia da campanha, mais a janela de atribuição. Um pedido conta para um único parceiro: o do primeiro cupom.
campaign-how-said = Um pedido sem cupom contado cujo cliente, perguntado como conheceu a loja, citou um parceiro da campanha (conforme você leu a resposta na tela Importar vendas) conta para esse parceiro como “cliente informou”: depois dos cupons, nunca duas vezes, e sem comissão.
campaign-how-revenue = Receita líquida = bruto − descontos − reembolsos (impostos e frete não são receita). Usos na loja digitados somam sua quantidade e valor.
campaign-how-profit = Lucro bruto = receita líquida × sua margem ({ $margin }), ou líquido − custo dos produtos quando a venda informa.
campaign-how-cost = Custo = cachê + produtos de presente a preço de custo + comissão × receita líquida; a campanha soma outros custos e suas horas × valor da hora.
campaign-how-roi = ROI = (lucro bruto − custo) ÷ custo. ROAS = receita líquida ÷ custo. Cliente novo é aquele cujo primeiro pedido de todos é o pedido atribuído.
campaign-how-walk-in = Parceiros sem cupom são medidos pelo aumento nas vendas da campanha (abaixo): uma estimativa com seu intervalo, dividida igualmente entre os parceiros sem cupom da campanha e nunca somada aos números dos cupons. O ROI deles é um intervalo: (lucro bruto contado + lucro bruto do aumento − custo) ÷ custo, no limite inferior e superior do aumento; nunca um prejuízo de −100% por vendas que ninguém conseguiu contar.
campaign-how-walk-in-cost = O ROI da campanha conta só vendas com cupom e digitadas; o custo inclui o dos parceiros sem cupom ({ $cost }).

## Terms of a partner in a campaign (the form)
campaign-terms-of = Condições de { $name }
campaign-terms-add = Adicionar um parceiro ou uma comunidade
campaign-terms-choose = Escolha…
campaign-terms-partners = Parceiros
campaign-terms-communities = Comunidades
campaign-terms-codes = Cupons
campaign-terms-codes-hint = Separados por vírgula; cada um só pode estar ativo em uma campanha por vez
campaign-terms-codes-placeholder = MAYA15
campaign-terms-fee = Cachê fixo
campaign-terms-gifted = Produtos de presente (a preço de custo)
campaign-terms-commission = Comissão (% das vendas líquidas atribuídas)
campaign-terms-link = Link rastreado
campaign-terms-new-only = Estes cupons são para o primeiro pedido do cliente
campaign-terms-new-only-hint = O LocalLift avisa quando quem mais usa são clientes que já compravam.
campaign-terms-notes-hint = Cada entrega com seu prazo vai em Entregas, na página da campanha
campaign-terms-notes-placeholder = 2 posts no feed, 3 stories
campaign-terms-save = Salvar condições
campaign-terms-saved = Condições salvas
campaign-terms-added = Adicionado à campanha
campaign-terms-type-percent = Digite uma porcentagem
campaign-terms-choose-member = Escolha um parceiro ou uma comunidade
campaign-terms-type-amount = Digite um valor

## Deliverables
campaign-deliverables = Entregas
campaign-deliverables-intro = O que cada parceiro combinou entregar e até quando. Um post que você registra preenche o post, story, reel ou vídeo em aberto com o prazo mais próximo; os outros, marque você mesmo como feitos. O que vence na semana aparece no Painel; o que não foi feito até o dia seguinte ao prazo conta como não entregue no histórico do parceiro.
campaign-deliverables-no-partners = Adicione primeiro parceiros ou comunidades à campanha, depois o que cada um combinou entregar.
campaign-deliverable-add = + Adicionar entrega
campaign-deliverables-empty = Nada combinado ainda. Adicione o que { $name } combinou entregar (um post, um story, um evento…) e o prazo.
campaign-deliverables-of = Entregas de { $name }
campaign-col-status = Status
campaign-col-post = Post
campaign-deliverable-post = O post que cumpriu a entrega
campaign-deliverable-link-post = Vincular um post…
campaign-deliverable-another-post = Outro post…
campaign-deliverable-their-post = o post do parceiro
campaign-deliverable-linked = Post vinculado: a entrega está feita
campaign-deliverable-reopen = Reabrir
campaign-deliverable-reopen-title = Reabrir a entrega
campaign-deliverable-reopen-unlink-title = Reabrir a entrega (desvincula o post)
campaign-deliverable-reopened = Entrega aberta de novo
campaign-deliverable-mark-done-title = Marca como feita hoje (use Editar para escolher outro dia)
campaign-deliverable-done-today = Marcada como feita hoje
campaign-deliverable-edit = Editar entrega
campaign-deliverable-new = Nova entrega de { $name }
campaign-deliverable-kind = Tipo
campaign-deliverable-description = Descrição
campaign-deliverable-description-placeholder = Reel na feira de primavera
campaign-deliverable-due = Prazo
campaign-deliverable-done-on = Feita em (vazio: ainda não)
campaign-deliverable-choose-due = Escolha o prazo
campaign-deliverable-saved = Entrega salva
campaign-deliverable-added = Entrega adicionada
campaign-deliverable-deleted = Entrega de { $name } excluída
# What the delete dialog names ("Delete the reel “At the spring market” of Maya?"); $kind is the kind's key.
campaign-deliverable-delete-what = { $kind ->
    [post] o post de { $member }
    [story] o story de { $member }
    [reel] o reel de { $member }
    [video] o vídeo de { $member }
    [event] o evento de { $member }
    [market_table] a banca de feira de { $member }
   *[other] a entrega de { $member }
   }
campaign-deliverable-delete-what-described = { $kind ->
       [post] o post “{ $description }” de { $member }
       [story] o story “{ $description }” de { $member }
       [reel] o reel “{ $description }” de { $member }
       [video] o vídeo “{ $description }” de { $member }
       [event] o evento “{ $description }” de { $member }
       [market_table] a banca de feira “{ $description }” de { $member }
      *[other] a entrega “{ $description }” de { $member }
   }

## Codes that may have leaked (Dashboard)
campaign-leaks = Cupons que podem ter vazado
campaign-leaks-intro = Sinais tirados de todas as suas vendas (não só do período acima): um cupom usado muito depois da campanha, uma enxurrada repentina de pedidos, ou um cupom de primeira compra usado principalmente por clientes que já tinham comprado. Um sinal sozinho não muda nada; quando você marca um cupom como vazado a partir de um dia, os pedidos dele daí em diante não contam para ninguém: nem para o parceiro, nem para comissão.
campaign-leaks-empty = Nenhum sinal de cupom vazado nas suas vendas. O LocalLift olha de novo depois de cada importação.
campaign-col-sign = Sinal
campaign-col-days = Dias
campaign-leak-expected = esperado: { $count }
campaign-leak-expected-less-one = esperado: < 1
campaign-leak-expected-title = O que o padrão habitual do cupom previa para esses dias
campaign-leak-show-orders = Ver pedidos
campaign-leak-mark = Marcar como vazado desde { $day }
campaign-leak-mark-title = Os pedidos a partir de { $day } não contam para ninguém (nem para { $name }, nem para comissão)
campaign-leak-marked-dashboard = { $code } marcado como vazado desde { $day }: os pedidos daí em diante não contam para ninguém (“Desmarcar” na página da campanha)

## The orders behind a leak signal
campaign-leak-orders-title = Pedidos com { $code }, { $range }
campaign-leak-orders-about = { $signal }. Todos os pedidos com o cupom nesses dias, os do sinal e os outros.
campaign-leak-orders-empty = Não há mais pedidos com este cupom nesses dias (talvez uma importação tenha sido desfeita).
campaign-leak-orders-table = Pedidos com { $code }
campaign-col-order = Pedido
campaign-col-source = Origem
campaign-col-new-customer = Cliente novo
campaign-leak-orders-no-customer = A exportação não informa o cliente deste pedido

## Agreements due (Dashboard)
campaign-agreements = Entregas combinadas a vencer
campaign-agreements-intro = O que os parceiros combinaram entregar, com prazo nesta semana ou atrasado, em todas as suas campanhas (não só no período acima). Um post que você registra preenche o post, story, reel ou vídeo em aberto com o prazo mais próximo.
campaign-agreements-empty = Nenhuma entrega combinada vence esta semana. Adicione o que os parceiros combinaram entregar (e até quando) na página de uma campanha, em Entregas.
campaign-agreements-mark-done-title = Marca como feita hoje
campaign-agreements-done = Entrega marcada como feita hoje: { $kind } de { $name }
