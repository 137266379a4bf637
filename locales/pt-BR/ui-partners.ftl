# As telas dos parceiros: a lista (Partners.svelte), a página de um parceiro (PartnerProfile.svelte), os
# formulários de parceiro, conta de rede social, post e pagamento, e as palavras da conta corrente de um
# parceiro e dos seus combinados (ledger-labels.ts, partnership-labels.ts).

## Palavras que várias destas telas compartilham
partners-name = Nome
partners-stage = Etapa
partners-tier = Categoria
partners-city = Cidade
partners-niche = Nicho
partners-niches = Nichos
partners-email = E-mail
partners-phone = Telefone
partners-neighborhood = Bairro
partners-where = Onde
partners-consent = Consentimento / origem
partners-notes = Observações
partners-social-accounts = Redes sociais
partners-platform = Plataforma
partners-handle = Usuário
partners-handle-placeholder = @usuario
partners-followers = Seguidores
partners-engagement = Engajamento
partners-engagement-pct = Engajamento (%)
partners-profile-link = Link do perfil
partners-followers-not-number = Seguidores precisa ser um número
partners-engagement-not-number = Engajamento precisa ser um número
partners-archived = Arquivado
partners-campaign = Campanha
partners-status = Status
partners-what = O quê
partners-delete = Excluir
partners-cancel = Cancelar
partners-save = Salvar
partners-saving = Salvando…
partners-loading = Carregando…

## A lista de parceiros
partners-title = Parceiros
partners-export-file = parceiros.csv
partners-import-spreadsheet = Importar uma planilha…
partners-new = Novo parceiro
partners-search-placeholder = Buscar nome, usuário, cidade, nicho…  ( / )
partners-search-label = Buscar parceiros
partners-all-tiers = Todas as categorias
partners-all-stages = Todas as etapas
partners-sort-by = Ordenar por
partners-sort-name = Ordem: nome
partners-sort-audience = Ordem: público
partners-sort-stage = Ordem: etapa
partners-sort-city = Ordem: cidade
partners-sort-updated = Ordem: última alteração
partners-reverse-order = Inverter a ordem
partners-descending = ↓ decrescente
partners-ascending = ↑ crescente
partners-show-archived = Mostrar arquivados
partners-empty-filtered-title = Nenhum parceiro encontrado
partners-empty-filtered-text = Tente menos filtros ou outra busca.
partners-empty-title = Ainda não há parceiros
partners-empty-text = Adicione os criadores, organizadores e comércios do bairro com quem você trabalha, com as redes sociais deles. Já tem tudo numa planilha? Importe do jeito que está (CSV, Excel ou OpenDocument): o LocalLift mostra o que leu antes de importar qualquer coisa.
partners-add-first = Adicionar seu primeiro parceiro
partners-main-account = Conta principal
partners-audience = Público
partners-campaigns = Campanhas
partners-count = { $count ->
    [one] { $count } parceiro.
   *[other] { $count } parceiros.
   }
partners-tier-note = A categoria vem da maior conta: comunidade < 1 mil, nano 1 mil–10 mil, micro 10 mil–100 mil, macro 100 mil–1 mi, mega 1 mi+.

## O formulário de parceiro
partners-form-edit-title = Editar { $name }
partners-form-distance = Distância da loja (km)
partners-form-niches-hint = Separados por vírgulas
partners-form-niches-placeholder = plantas, corrida
partners-form-values = Afinidade de valores (1–5)
partners-form-authenticity = Autenticidade do conteúdo (1–5)
partners-form-locality = Público da região (%)
partners-form-locality-hint = Parte dos seguidores que mora na região, se você souber
partners-form-consent-hint = Como vocês se conheceram e se a pessoa concordou em ter os dados guardados
partners-form-add-account = + Adicionar outra conta
partners-form-add = Adicionar parceiro
partners-form-saved = Parceiro salvo
partners-form-added = { $name } adicionado
partners-form-distance-not-number = Distância precisa ser um número
partners-form-values-not-number = Afinidade de valores precisa ser um número
partners-form-authenticity-not-number = Autenticidade precisa ser um número
partners-form-locality-not-number = Público da região precisa ser um número

## O formulário de conta de rede social
partners-account-update-title = Atualizar @{ $handle }
partners-account-add-title = Adicionar uma rede social
partners-account-as-of = Números de
partners-account-choose-day = Escolha o dia da medição
partners-account-reading-saved = Medição salva
partners-account-added = Conta adicionada

## O formulário de post
partners-post-edit-title = Editar post
partners-post-log-title = Registrar um post
partners-post-paste = Cole o link e os números
partners-post-paste-hint = Do jeito que o parceiro mandou, numa linha só: o link e depois “alcance 4.100 · 310 curtidas · 22 comentários…”. Os campos abaixo são preenchidos.
partners-post-paste-placeholder = https://www.instagram.com/p/… alcance 4.100 · 310 curtidas
partners-post-fill-in = Preencher
partners-post-unread = Números sem uma palavra que o LocalLift conheça, não preenchidos: { $numbers }
partners-post-posted-at = Publicado em
partners-post-link = Link do post
partners-post-followers = Seguidores na publicação
partners-post-followers-hint = Vazio: vem do histórico da conta
partners-post-reach = Alcance
partners-post-likes = Curtidas
partners-post-comments = Comentários
partners-post-shares = Compartilhamentos
partners-post-saves = Salvamentos
partners-post-clicks = Cliques no link
partners-post-followers-not-whole = Seguidores na publicação precisa ser um número inteiro
partners-post-reach-not-whole = Alcance precisa ser um número inteiro
partners-post-likes-not-whole = Curtidas precisa ser um número inteiro
partners-post-comments-not-whole = Comentários precisa ser um número inteiro
partners-post-shares-not-whole = Compartilhamentos precisa ser um número inteiro
partners-post-saves-not-whole = Salvamentos precisa ser um número inteiro
partners-post-clicks-not-whole = Cliques no link precisa ser um número inteiro
partners-post-choose-when = Escolha quando foi publicado
partners-post-saved = Post salvo
partners-post-logged = Post registrado
partners-post-log = Registrar post

## O formulário de pagamento
partners-payment-title = Registrar um pagamento para { $partner }
partners-payment-day = Dia do pagamento
partners-payment-amount = Valor
partners-payment-owed-hint = A pagar agora: { $amount }
partners-payment-how = Como
partners-payment-how-hint = Pix, transferência, PayPal, dinheiro, crédito na loja… ou qualquer outra coisa
partners-payment-note = Observação
partners-payment-note-hint = Opcional: um número de nota fiscal, a que se refere
partners-payment-explained = Um pagamento diminui o que o parceiro tem a receber. Pagou mais do que o devido agora? A diferença é descontada do que ele ganhar em seguida.
partners-payment-record = Registrar pagamento
partners-payment-choose-day = Escolha o dia em que foi pago
partners-payment-type-amount = Digite um valor
partners-payment-recorded = Pagamento registrado

## Formas de pagamento sugeridas ao digitar
# A transferência bancária no Brasil é quase sempre por Pix.
partners-pay-method-bank-transfer = Transferência / Pix
partners-pay-method-cash = Dinheiro
partners-pay-method-store-credit = Crédito na loja
partners-pay-method-check = Cheque

## A página de um parceiro
partners-profile-back = ← Parceiros
partners-profile-largest-account = { $followers } na maior conta
partners-profile-no-accounts = Ainda sem redes sociais
partners-profile-edit = Editar
partners-profile-import-posts = Importar posts…
partners-profile-import-posts-title = Os posts e os números do parceiro a partir de uma exportação do Meta Business Suite, do TikTok Studio ou do YouTube Studio, cada post na campanha do dia em que foi publicado
partners-profile-restore = Restaurar
partners-profile-archive = Arquivar
partners-profile-archived-notice = Arquivado: oculto das listas, histórico mantido
partners-profile-restored-notice = Restaurado
partners-profile-deleted = { $name } excluído
partners-profile-contact = Contato e local
partners-profile-km-away = a { $km } km
partners-profile-values = Afinidade de valores
partners-profile-authenticity = Autenticidade
partners-profile-audience-nearby = Público da região
partners-profile-not-rated = sem nota
partners-profile-rating = { $rating } de 5
partners-profile-add-account = Adicionar conta
partners-profile-no-accounts-hint = Ainda sem contas. Adicione uma para ver a categoria e o público do parceiro.
partners-profile-growth = Crescimento
partners-profile-as-of = Medido em
partners-profile-followers-over-time = Seguidores ao longo do tempo
partners-profile-since = desde { $day }
partners-profile-one-reading = uma medição só
partners-profile-new-reading = Nova medição
partners-profile-remove = Remover
partners-profile-remove-account = Remover @{ $handle }

## A afinidade
partners-fit = Afinidade
partners-fit-no-score = Ainda sem nota: pelo menos dois dos fatores abaixo precisam de dados.
partners-fit-table = Fatores da afinidade
partners-fit-factor = Fator
partners-fit-from = Com base em
partners-fit-score = Nota
partners-fit-weight = Peso
partners-fit-missing = Falta: { $basis }
partners-fit-explained = A nota é a média ponderada dos fatores que têm dados; os pesos ficam em Configurações.
partners-fit-engagement = Engajamento para o tamanho
partners-fit-locality = Público local
partners-fit-values = Valores
partners-fit-authenticity = Autenticidade
partners-fit-past-roi = ROI anterior
partners-fit-kept-agreements = Combinados cumpridos

## Histórico de campanhas
partners-history = Histórico de campanhas
partners-trend-intro = Ao longo do tempo, campanha por campanha:
partners-trend-revenue = receita líquida
partners-trend-revenue-label = Receita líquida por campanha, da mais antiga para a mais recente: { $values }
partners-trend-roi = ROI
partners-trend-roi-label = ROI por campanha, da mais antiga para a mais recente: { $values }
partners-trend-roi-lift = { $range } (aumento nas vendas)
partners-trend-roi-none = nenhum
partners-trend-customers = clientes novos
partners-trend-customers-label = Clientes novos por campanha, da mais antiga para a mais recente: { $values }
partners-history-none = Ainda não está em nenhuma campanha.
partners-history-dates = Datas
partners-history-codes = Cupons
partners-history-orders = Pedidos
partners-history-net-revenue = Receita líquida
partners-history-cost = Custo
partners-history-roi = ROI
partners-history-posts = Posts
partners-history-lift-title = Parceiro sem cupom: medido pelo aumento nas vendas da campanha (a parte dele, receita líquida, intervalo de 95%), não por pedidos
partners-history-cost-title = cachê { $fee } + presentes { $gifted } + comissão { $commission }
partners-history-roi-lift-title = ROI pela parte dele no aumento nas vendas da campanha, intervalo de 95%
partners-history-sales-lift = (aumento nas vendas)
partners-leads = Lidera:

## Pago e a pagar (a conta corrente do parceiro)
partners-ledger = Pago e a pagar
partners-ledger-statement-pdf = Extrato em PDF
partners-ledger-statement-pdf-title = Salvar o extrato de pagamentos de { $name } do período mostrado em PDF para enviar: cada lançamento, o saldo, o que está retido, os totais de cada ano
partners-ledger-statement-csv = Extrato em CSV
partners-ledger-record-payment = Registrar um pagamento
partners-ledger-empty-title = Nada a pagar nem pago ainda
partners-ledger-empty-text = O cachê aparece a partir do primeiro dia de uma campanha; a comissão, depois que passa o prazo de espera de cada pedido.
partners-ledger-paid-ahead = Pago adiantado
partners-ledger-owed-now = A pagar agora
partners-ledger-paid-ahead-explained = Pago mais do que o devido agora (um reembolso depois de um pagamento): descontado do que ele ganhar em seguida
partners-ledger-upcoming-fees = e { $amount } em cachês de campanhas que ainda não começaram
partners-ledger-held = Comissão retida
partners-ledger-held-next-due = a próxima vence em { $day }
partners-ledger-held-due-after = { $count ->
    [one] vence { $count } dia depois de cada pedido
   *[other] vence { $count } dias depois de cada pedido
   }
partners-ledger-paid-this-year = Pago neste ano
partners-ledger-held-intro = { $count ->
    [one] Ainda não vencida (no prazo de espera de { $count } dia depois de cada pedido; um reembolso nesse prazo nunca é devido):
   *[other] Ainda não vencida (no prazo de espera de { $count } dias depois de cada pedido; um reembolso nesse prazo nunca é devido):
   }
partners-ledger-held-line = { $orders ->
    [one] : { $commission } sobre { $sales } em vendas ({ $orders } pedido), a primeira vence em { $day }
   *[other] : { $commission } sobre { $sales } em vendas ({ $orders } pedidos), a primeira vence em { $day }
   }
partners-ledger-period = Período dos lançamentos e do extrato
partners-ledger-from = De
partners-ledger-to = Até
partners-ledger-backwards = O primeiro dia é depois do último: não há nada entre eles.
partners-ledger-totals = : cachês { $fees } · comissão { $commission } · estornado { $takenBack } · pago { $paid }
partners-ledger-lines = Lançamentos
partners-ledger-day = Dia
partners-ledger-on-net = Sobre o líquido
partners-ledger-amount = Valor
partners-ledger-balance = Saldo
partners-ledger-opening = Saldo inicial
partners-ledger-ordered = pedido em { $day }
partners-ledger-sold = vendido em { $day }
partners-ledger-delete-payment = Excluir o pagamento de { $day }
partners-ledger-payment-what = o pagamento de { $amount } em { $day }
partners-ledger-payment-deleted = Pagamento excluído
partners-ledger-no-lines = Nada venceu e nada foi pago neste período.
partners-ledger-by-year = Por ano
partners-ledger-by-year-note = (para o imposto de renda do parceiro)
partners-ledger-year = Ano
partners-ledger-fees = Cachês
partners-ledger-commission = Comissão
partners-ledger-taken-back = Estornado
partners-ledger-paid = Pago
partners-ledger-how = Como esses valores são calculados
partners-ledger-how-fee = O cachê de uma campanha é devido a partir do primeiro dia dela.
partners-ledger-how-commission = { $count ->
    [one] A comissão de um pedido vence { $count } dia depois do pedido (ou no dia em que foi importado, se for depois), sobre a receita líquida conhecida naquele momento: um reembolso dentro do prazo nunca é devido. O prazo fica em Configurações.
   *[other] A comissão de um pedido vence { $count } dias depois do pedido (ou no dia em que foi importado, se for depois), sobre a receita líquida conhecida naquele momento: um reembolso dentro do prazo nunca é devido. O prazo fica em Configurações.
   }
partners-ledger-how-refund = Um reembolso descoberto depois do vencimento da comissão estorna a parte dela (“estornado”); uma importação posterior que o desfaça restabelece essa parte.
partners-ledger-how-rounding = A comissão é arredondada uma vez por campanha, sobre o total acumulado. Os pagamentos são os que você registra aqui.

## Lançamentos
partners-entry-kind-fee = Cachê
partners-entry-kind-commission = Comissão
partners-entry-kind-restored = Restabelecido
partners-entry-kind-taken-back = Estornado (reembolso)
partners-entry-kind-payment = Pagamento
partners-entry-fee = Cachê · { $campaign }
partners-entry-commission-order = Comissão · { $campaign } · pedido { $order }
partners-entry-commission-in-store = Comissão · { $campaign } · na loja (digitado)
partners-entry-taken-back = Estornado (reembolso) · { $campaign } · pedido { $order }
partners-entry-restored = Restabelecido · { $campaign } · pedido { $order }
partners-entry-payment = Pagamento · { $how }

## Saldos
partners-balance-owed = { $amount } a pagar
partners-balance-ahead = { $amount } pago adiantado
partners-balance-nothing = nada a pagar
partners-balance-cell-ahead = { $amount } pago adiantado
partners-balance-end-owed = { $amount } a pagar no fim
partners-balance-end-ahead = { $amount } pago adiantado no fim
partners-balance-end-nothing = nada a pagar no fim

## Períodos da conta corrente e do extrato
partners-period-all = Desde o início
partners-period-this-year = Este ano
partners-period-last-year = Ano passado
partners-period-custom = Personalizado…
partners-period-from = A partir de { $day }
partners-period-until = Até { $day }
partners-period-all-until = Desde o início, até { $day }

## O nome de arquivo sugerido para um extrato (sem “.pdf” ou “.csv”)
partners-statement-file = Extrato de { $partner }
partners-statement-file-year = Extrato de { $partner } { $year }
partners-statement-file-range = Extrato de { $partner } { $from } a { $to }
partners-statement-file-start = início
partners-statement-file-today = hoje

## Combinados (o que o parceiro combinou de entregar)
partners-agreements = Combinados
partners-agreements-empty = Nenhuma entrega combinada ainda. Na página de uma campanha, adicione o que o parceiro combinou de entregar (um post, um reel, uma banca na feira) e até quando.
partners-agreements-none = Nenhuma entrega combinada ainda
partners-agreements-record = { $onTime } no prazo · { $late } com atraso · { $missed ->
        [one] { $missed } não entregue
       *[other] { $missed } não entregues
    } · { $open } em aberto
partners-kept = { $percent } cumpridos
partners-agreements-kept = { $percent } cumpridos (atraso conta pela metade)
partners-agreements-deliverables = Entregas
partners-agreements-description = Descrição
partners-agreements-due = Prazo
partners-agreements-the-post = o post

## Tipos de entrega
partners-deliverable-post = Post
partners-deliverable-story = Story
partners-deliverable-reel = Reel
partners-deliverable-video = Vídeo
partners-deliverable-event = Evento
partners-deliverable-market-table = Banca na feira
partners-deliverable-other = Outro

## Situação de uma entrega (selos)
partners-deliverable-status-planned = Planejada
partners-deliverable-status-due = Vence esta semana
partners-deliverable-status-done = Feita
partners-deliverable-status-missed = Não entregue

## O mesmo numa frase, ao lado do dia
partners-due-status-planned = planejada
partners-due-status-due = vence esta semana
partners-due-status-done = feita
partners-due-status-missed = não entregue
partners-due-overdue-since = atrasada desde { $day }
partners-due-today = vence hoje
partners-due-tomorrow = vence amanhã
partners-due-in-days = { $count ->
    [one] vence em { $count } dia
   *[other] vence em { $count } dias
   }
partners-done-on = feita em { $day }
partners-done-on-time = feita em { $day } · no prazo
partners-done-late = feita em { $day } · com atraso

## Sinais de que um cupom vazou
partners-signal-name-after-window = Usado depois da campanha
partners-signal-name-spike = Pico repentino
partners-signal-name-existing-customers = Usado por clientes antigos
partners-signal-after-window = { $orders ->
        [one] { $orders } pedido
       *[other] { $orders } pedidos
    } mais de { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    } depois do último dia contado da campanha ({ $date })
partners-signal-spike = { $orders ->
    [one] { $orders } pedido de uma vez
   *[other] { $orders } pedidos de uma vez
   }
partners-signal-spike-below-one = { $orders ->
    [one] { $orders } pedido de uma vez, quando o padrão normal do cupom previa menos de um
   *[other] { $orders } pedidos de uma vez, quando o padrão normal do cupom previa menos de um
   }
partners-signal-spike-about = { $orders ->
    [one] { $orders } pedido de uma vez, quando o padrão normal do cupom previa cerca de { $expected }
   *[other] { $orders } pedidos de uma vez, quando o padrão normal do cupom previa cerca de { $expected }
   }
partners-signal-existing = { $orders ->
    [one] { $orders } pedido com cliente conhecido foi de alguém que já tinha comprado antes, com um cupom feito para primeiras compras
   *[other] { $orders } pedidos com cliente conhecido foram de clientes que já tinham comprado antes, com um cupom feito para primeiras compras
   }
partners-signal-existing-of = { $orders } de { $known } pedidos com cliente conhecido { $orders ->
       [one] foi de alguém que já tinha comprado antes
      *[other] foram de clientes que já tinham comprado antes
   }, com um cupom feito para primeiras compras

## Se um pedido foi o primeiro do cliente
partners-new-customer-yes = Sim
partners-new-customer-no = Não
partners-new-customer-unknown = Desconhecido
