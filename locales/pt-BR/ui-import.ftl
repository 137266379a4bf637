# Palavras das telas de importação: exportações de vendas, planilhas de parceiros e comunidades, posts de um
# parceiro e respostas dos clientes a “Como você conheceu a gente?”.
# As frases escritas pelo núcleo (notas da importação, problemas de linhas, erros de arquivo) não estão aqui.

## Comum
import-cancel = Cancelar
import-undo = Desfazer
import-undoing = Desfazendo…
import-done = Concluído
import-import = Importar
import-importing = Importando…
import-import-valid-rows = Importar as linhas válidas
import-choose-file = Escolher um arquivo…
import-choose-another-file = Escolher outro arquivo
import-type-path = Ou digite o caminho
import-read = Ler
import-reading = Lendo { $file }…
import-what-read = O que o LocalLift leu
import-read-this-way = Lido assim
import-seen-before = Já visto
import-seen-before-changes-nothing = Este mesmo arquivo já foi importado; importar de novo não muda nada.
import-undone-notice = Importação de { $file } desfeita
import-file-rows = { $format }, { $rows ->
    [one] { $rows } linha
   *[other] { $rows } linhas
   }
import-imported = Importado: { $new ->
       [one] { $new } novo
      *[other] { $new } novos
   }, { $updated ->
       [one] { $updated } atualizado
      *[other] { $updated } atualizados
   }.
import-problems = Problemas
import-col-line = Linha
import-col-column = Coluna
import-col-value = Valor
import-col-problem = Problema
import-problems-left-out-if = { $count ->
    [one] { $count } problema: a linha dele fica de fora se você importar as linhas válidas
   *[other] { $count } problemas: as linhas deles ficam de fora se você importar as linhas válidas
   }
import-first-shown = Mostrando os primeiros { $count }.

## Importar vendas
import-sales-title = Importar vendas
import-sales-choose-title = Escolha uma exportação de vendas
import-sales-filter = Exportações de vendas
import-sales-imported-notice = { $count ->
    [one] { $count } pedido novo importado de { $file }
   *[other] { $count } pedidos novos importados de { $file }
   }
import-sales-nothing-new-notice = Nada de novo neste arquivo
import-sales-save-problems-title = Salvar a lista de problemas
import-sales-problems-file = { $file }-problemas.csv
import-sales-problems-saved = Lista de problemas salva como { $file }
import-sales-cancelled = Importação cancelada: nada foi alterado.
import-sales-drop = Solte uma exportação de vendas nesta janela
import-sales-intro = Pedidos exportados do Shopify, Square (itens ou transações), WooCommerce, Etsy (pedidos ou itens), Stripe ou PayPal, do jeito que a plataforma grava. O LocalLift reconhece o formato, mostra o que leu e não importa nada até você mandar.
import-sales-any-csv = Qualquer outro CSV também pode ser importado
import-sales-any-csv-how = (a exportação do seu caixa, uma planilha): quando um arquivo não vem de uma dessas plataformas, o LocalLift mostra as colunas dele e você diz qual tem o número do pedido, a data e o valor.
import-sales-type-path = Digitar o caminho de um arquivo
import-sales-path = Caminho do arquivo
import-sales-path-example = /home/me/Downloads/orders_export.csv
import-sales-read-it = Ler
import-sales-map-columns = Mapear as colunas de { $file }
import-sales-file-facts = { $encoding }, separador “{ $delimiter }”, { $rows ->
    [one] { $rows } linha
   *[other] { $rows } linhas
   }
import-sales-format = Formato
import-sales-recognized-as = Reconhecido como
import-sales-orders = Pedidos
import-sales-orders-read = { $count }:
import-sales-orders-new = { $count ->
    [one] { $count } novo
   *[other] { $count } novos
   }
import-sales-orders-others = , { $updated ->
       [one] { $updated } alterado
      *[other] { $updated } alterados
   } desde a última vez, { $unchanged ->
       [one] { $unchanged } já estava aqui
      *[other] { $unchanged } já estavam aqui
   }
import-sales-dates-written = Formato das datas
import-sales-day-first = Dia antes do mês (31/12/2024)
import-sales-month-first = Mês antes do dia (12/31/2024)
import-sales-tax = Impostos
import-sales-prices-include-tax = Meus preços incluem impostos: tirar da receita líquida
import-sales-refunds = Reembolsos
import-sales-refunds-applied = { $count ->
    [one] { $count } linha de reembolso aplicada ao pedido
   *[other] { $count } linhas de reembolso aplicadas aos pedidos
   }
import-sales-currency = Moeda
import-sales-currency-from-file = Sua loja ainda não tem moeda: será { $currency }, como neste arquivo.
import-sales-seen-before = Este mesmo arquivo já foi importado; importar de novo não acrescenta nada.
import-sales-backup = Backup
import-sales-sample = Primeiros pedidos como foram lidos
import-sales-col-order = Pedido
import-sales-col-placed = Feito em
import-sales-col-channel = Canal
import-sales-col-gross = Bruto
import-sales-col-discounts = Descontos
import-sales-col-refunds = Reembolsos
import-sales-col-net = Líquido
import-sales-col-codes = Cupons
import-sales-col-items = Itens
import-sales-status-unpaid = Ainda não pago
import-sales-status-cancelled = Cancelado
import-sales-channel-in-store = Na loja
import-sales-channel-online = On-line
import-sales-channel-other = Outro
import-sales-net-explained = Líquido = bruto − descontos − reembolsos; impostos (inclusive os embutidos nos preços) e frete não são receita. Pedidos ainda não pagos ou cancelados são guardados, mas não contados.
import-sales-problem-rows = { $count ->
    [one] { $count } linha tem um problema
   *[other] { $count } linhas têm problemas
   }
import-sales-first-problems = Mostrando os primeiros { $shown }; a lista salva tem { $count }.
import-sales-save-problems = Salvar a lista de problemas…
import-sales-nothing-to-import = Todos os pedidos deste arquivo já estão no LocalLift: nada para importar.
import-sales-import-orders = { $count ->
    [one] Importar { $count } pedido
   *[other] Importar { $count } pedidos
   }
import-sales-import-valid = Importar os pedidos válidos e pular os problemas
import-sales-progress = Progresso da importação
import-sales-rows-read = { $count ->
    [one] { $count } linha lida
   *[other] { $count } linhas lidas
   }
import-sales-rows-read-share = { $count ->
    [one] { $count } linha lida, { $share }
   *[other] { $count } linhas lidas, { $share }
   }
import-sales-imported = Importado: { $new ->
       [one] { $new } pedido novo
      *[other] { $new } pedidos novos
   }, { $updated ->
       [one] { $updated } atualizado
      *[other] { $updated } atualizados
   }.
import-sales-nothing-imported = Nada de novo foi importado.
import-sales-import-another = Importar outro arquivo
import-sales-in-locallift = Vendas no LocalLift
import-sales-total = { $count ->
    [one] { $orders } pedido
   *[other] { $orders } pedidos
    }, receita líquida { $revenue }{ $codes ->
    [0] .
    [one] ; { $codes } cupom usado.
   *[other] ; { $codes } cupons usados.
   }
import-sales-history = Histórico de importações
import-sales-history-empty = Nenhuma importação ainda
import-sales-history-empty-demo-hint = As vendas da loja de demonstração foram geradas com ela, não importadas de um arquivo. Cada arquivo que você importar aparece aqui com o que acrescentou, e pode ser desfeito.
import-sales-history-empty-hint = Cada importação aparece aqui com o que acrescentou, e pode ser desfeita.
import-sales-col-file = Arquivo
import-sales-col-when = Quando
import-sales-col-new = Novos
import-sales-col-changed = Alterados
import-sales-col-net-change = Variação da receita líquida
import-sales-undone = Desfeita

## Colunas de um arquivo desconhecido
import-mapping-form = Mapeamento de colunas
import-mapping-intro = As colunas deste arquivo não batem com nenhuma exportação que o LocalLift conhece, mas qualquer CSV pode ser importado: diga o que cada coluna contém; o LocalLift lembra disso para arquivos com as mesmas colunas. Uma linha com valor negativo é lida como reembolso do pedido que ela indica.
import-mapping-order-id = Número do pedido ou do cupom fiscal
import-mapping-order-id-hint = Linhas seguidas com o mesmo número formam um só pedido
import-mapping-placed-at = Data (e hora)
import-mapping-placed-at-hint = Lida no fuso horário da loja, a menos que traga o próprio fuso (como -03:00)
import-mapping-gross = Valor das mercadorias
import-mapping-gross-hint = Antes dos descontos; se só houver um total, impostos e frete contam como receita
import-mapping-code = Cupom
import-mapping-discount = Valor do desconto
import-mapping-refund = Valor reembolsado
import-mapping-shipping = Frete
import-mapping-tax = Impostos
import-mapping-customer = E-mail ou id do cliente (guardado só como uma chave protegida)
import-mapping-channel = Canal (texto como “pos”, “till” ou “store” significa na loja)
import-mapping-location = Local
import-mapping-currency = Moeda
import-mapping-item-name = Item
import-mapping-quantity = Quantidade
import-mapping-status = Status (pago, pendente, cancelado…: só os pedidos pagos contam)
import-mapping-total = Total do pedido (mostra se os preços incluem impostos)
import-mapping-refund-of = Número do pedido reembolsado (para linhas de reembolso com valor negativo)
import-mapping-said = Como você conheceu a gente? (resposta)
import-mapping-dates = As datas estão escritas como
import-mapping-dates-ymd = ano-mês-dia (2024-03-05)
import-mapping-dates-mdy = mês/dia/ano (03/05/2024)
import-mapping-dates-dmy = dia/mês/ano (05/03/2024, 05.03.2024)
import-mapping-none = — nenhuma —
import-mapping-decimal-comma = Os valores usam vírgula decimal (12,50)
import-mapping-amounts-per-row = Cada linha é um item: somar os valores das linhas de um pedido
import-mapping-preview = Pré-visualizar com estas colunas

## O que uma coluna de uma planilha de parceiros ou comunidades contém
import-column-leave-out = Deixar de fora
import-column-name = Nome
import-column-first-name = Primeiro nome
import-column-last-name = Sobrenome
import-column-email = E-mail
import-column-phone = Telefone
import-column-neighborhood = Bairro
import-column-city = Cidade
import-column-niches = Nichos
import-column-stage = Etapa
import-column-notes = Observações
import-column-platform = Plataforma (da conta da linha)
import-column-as-of = Medido em (data)
import-column-kind = Tipo de comunidade (grupo do Facebook, Discord…)
import-column-topic = Tema
import-column-members = Membros
import-column-leader = Líder (nome de um parceiro)
import-column-handle = Usuário no { $platform }
import-column-handle-any = Usuário (plataforma da linha)
import-column-url = Link do perfil no { $platform }
import-column-url-any = Link do perfil (plataforma da linha ou do link)
import-column-followers = Seguidores no { $platform }
import-column-followers-any = Seguidores (plataforma da linha)
import-column-engagement = Engajamento no { $platform } (%)
import-column-engagement-any = Engajamento (plataforma da linha)
import-column-group-person = Pessoa
import-column-group-account = Conta (plataforma da linha)
import-column-group-community = Comunidade
import-column-community-link = Link (página do grupo, servidor ou clube)

## Importar parceiros ou comunidades de uma planilha
import-partners-title = Importar parceiros de uma planilha
import-communities-title = Importar comunidades de uma planilha
import-partners-choose-title = Escolha uma planilha de parceiros
import-partners-filter = Planilhas
import-partners-imported-notice = Parceiros importados de { $file }: { $new ->
       [one] { $new } novo
      *[other] { $new } novos
   }, { $updated ->
       [one] { $updated } atualizado
      *[other] { $updated } atualizados
   }
import-communities-imported-notice = Comunidades importadas de { $file }: { $new ->
       [one] { $new } nova
      *[other] { $new } novas
   }, { $updated ->
       [one] { $updated } atualizada
      *[other] { $updated } atualizadas
   }
import-partners-intro = Uma lista dos criadores, organizadores e negócios com quem você trabalha, de qualquer planilha: CSV, Excel (.xlsx, .xls) ou OpenDocument (.ods). Uma linha por pessoa, ou uma por conta. O LocalLift mostra o que lê e qual coluna usa para cada coisa, e não importa nada até você mandar.
import-communities-intro = Uma lista dos grupos de corrida, grupos de pais, servidores e outras comunidades com quem você trabalha, de qualquer planilha: CSV, Excel (.xlsx, .xls) ou OpenDocument (.ods), uma linha por comunidade (nome, tipo, link, membros, tema, local, líder, etapa, observações). O LocalLift mostra o que lê e qual coluna usa para cada coisa, e não importa nada até você mandar.
import-partners-path-example = /home/me/Documents/creators.xlsx
import-partners-last = Última importação: { $file }, { $when }: { $new ->
       [one] { $new } novo
      *[other] { $new } novos
   }, { $updated ->
       [one] { $updated } atualizado
      *[other] { $updated } atualizados
   }.
import-partners-undone-file = Importação de { $file } desfeita: os parceiros e contas que ela acrescentou e os campos que alterou voltaram a ser como eram.
import-partners-needs-mapping = Escolha a coluna com o nome, o usuário ou o link do perfil de cada parceiro.
import-partners-partners = Parceiros
import-partners-summary = { $new ->
       [one] { $new } novo
      *[other] { $new } novos
   }, { $updated ->
       [one] { $updated } atualizado
      *[other] { $updated } atualizados
   }, { $unchanged } sem alteração
import-partners-summary-problems = { $new ->
       [one] { $new } novo
      *[other] { $new } novos
   }, { $updated ->
       [one] { $updated } atualizado
      *[other] { $updated } atualizados
   }, { $unchanged } sem alteração, { $problems ->
       [one] { $problems } problema
      *[other] { $problems } problemas
   }
import-partners-accounts = Contas
import-partners-accounts-new = { $accounts ->
       [one] { $accounts } conta nova
      *[other] { $accounts } contas novas
       }, { $readings ->
       [one] { $readings } nova medição de seguidores
      *[other] { $readings } novas medições de seguidores
   }
import-partners-columns = Colunas
import-partners-source-suggested = Deduzido dos nomes das colunas: confira cada coluna e mude as que estiverem erradas.
import-partners-source-saved = Como você escolheu da última vez para um arquivo com estas colunas.
import-partners-source-given = Como você escolheu.
import-partners-reading-again = Lendo de novo…
import-partners-col-first-row = Primeira linha
import-partners-col-holds = Contém
import-partners-column-n = Coluna { $n }
import-partners-people = Quem a importação acrescenta ou altera
import-partners-people-table = Parceiros neste arquivo
import-partners-col-partner = Parceiro
import-partners-col-what = O quê
import-partners-new = Novo
import-partners-updated = Atualizado
import-partners-first-of = Mostrando os primeiros { $shown } de { $count }.
import-partners-nothing-to-import = Todos os parceiros deste arquivo já estão no LocalLift com os mesmos dados: nada para importar.
import-partners-undone = Importação desfeita: os parceiros e contas que ela acrescentou e os campos que alterou voltaram a ser como eram.
import-partners-problems-left-out = { $count ->
    [one] { $count } problema: a linha dele ficou de fora.
   *[other] { $count } problemas: as linhas deles ficaram de fora.
   }
import-partners-nothing-imported = Nada foi importado: todos os parceiros deste arquivo já estão no LocalLift com os mesmos dados.

## Importar os posts de um parceiro da exportação de uma plataforma
import-posts-title = Importar posts da exportação de uma plataforma
import-posts-choose-title = Escolha uma exportação de posts
import-posts-filter = Exportações
import-posts-imported-notice = Posts importados de { $file }: { $new ->
       [one] { $new } novo
      *[other] { $new } novos
   }, { $updated ->
       [one] { $updated } atualizado
      *[other] { $updated } atualizados
   }
import-posts-intro = Os posts de { $partner } e os números deles (alcance, curtidas, comentários, compartilhamentos, salvamentos), da exportação da própria plataforma:
# Os menus das plataformas, como elas os chamam.
import-posts-where-meta = Meta Business Suite (Instagram, Facebook) › Conteúdo (Content) › Exportar (Export)
import-posts-where-tiktok = TikTok Studio › Análises (Analytics) › Conteúdo (Content) › Baixar (Download)
import-posts-where-youtube = YouTube Studio › Análises (Analytics) › Modo avançado (Advanced mode) › Exportar como CSV (Export as CSV) (o arquivo “Table data.csv”)
import-posts-how = Cada post vai para a campanha do parceiro em andamento no dia em que foi publicado; um post num dia fora de todas as campanhas do parceiro fica de fora. Um arquivo que não cita nenhuma conta (o do YouTube), ou uma conta que nenhum parceiro tem, é considerado de { $partner }; os posts de uma conta que outro parceiro tem vão para esse parceiro. O LocalLift mostra o que lê e não importa nada até você mandar.
import-posts-path-example = /home/me/Downloads/Table data.csv
import-posts-last = Última importação de posts: { $file }, { $when }: { $new ->
       [one] { $new } novo
      *[other] { $new } novos
   }, { $updated ->
       [one] { $updated } atualizado
      *[other] { $updated } atualizados
   }.
import-posts-undone-file = Importação de { $file } desfeita: os posts que ela acrescentou sumiram e os que alterou voltaram a ser como eram.
import-posts-needs-partner = Esta exportação não cita nenhuma conta: o LocalLift não consegue saber de quem são estes posts.
import-posts-posts = Posts
import-posts-summary = { $new ->
       [one] { $new } novo
      *[other] { $new } novos
   }, { $updated ->
       [one] { $updated } atualizado
      *[other] { $updated } atualizados
   }, { $unchanged } sem alteração
import-posts-summary-outside = { $new ->
       [one] { $new } novo
      *[other] { $new } novos
   }, { $updated ->
       [one] { $updated } atualizado
      *[other] { $updated } atualizados
   }, { $unchanged } sem alteração, { $outside } fora de qualquer campanha
import-posts-summary-problems = { $new ->
       [one] { $new } novo
      *[other] { $new } novos
   }, { $updated ->
       [one] { $updated } atualizado
      *[other] { $updated } atualizados
   }, { $unchanged } sem alteração, { $problems ->
       [one] { $problems } problema
      *[other] { $problems } problemas
   }
import-posts-summary-outside-problems = { $new ->
       [one] { $new } novo
      *[other] { $new } novos
   }, { $updated ->
       [one] { $updated } atualizado
      *[other] { $updated } atualizados
   }, { $unchanged } sem alteração, { $outside } fora de qualquer campanha, { $problems ->
       [one] { $problems } problema
      *[other] { $problems } problemas
   }
import-posts-unknown-accounts-note = { $count ->
    [one] Esta conta não é de nenhum parceiro: { $accounts }. Os posts dela vão contar como de { $partner }. Se isso estiver errado, cancele e adicione primeiro a conta ao perfil do parceiro certo.
   *[other] Estas contas não são de nenhum parceiro: { $accounts }. Os posts delas vão contar como de { $partner }. Se isso estiver errado, cancele e adicione primeiro as contas ao perfil do parceiro certo.
   }
import-posts-account-separator = {", "}
import-posts-nothing-to-import = Nada para importar: cada post deste arquivo num dia de campanha já está no LocalLift com estes números.
import-posts-undone = Importação desfeita: os posts que ela acrescentou sumiram e os que alterou voltaram a ser como eram.
import-posts-left-out-outside = Ficou de fora: { $outside ->
    [one] { $outside } post fora de qualquer campanha
   *[other] { $outside } posts fora de qualquer campanha
    }.
import-posts-left-out-problems = Ficou de fora: { $problems ->
    [one] { $problems } linha com problema
   *[other] { $problems } linhas com problemas
    }.
import-posts-left-out-both = Ficou de fora: { $outside ->
    [one] { $outside } post fora de qualquer campanha
   *[other] { $outside } posts fora de qualquer campanha
    }, { $problems ->
    [one] { $problems } linha com problema
   *[other] { $problems } linhas com problemas
    }.
import-posts-nothing-imported = Nada foi importado: cada post deste arquivo num dia de campanha já está no LocalLift com estes números.

## Como os clientes conheceram você
import-survey-title = Como os clientes conheceram você
import-survey-intro = Muitos pedidos trazem a resposta do cliente a “Como você conheceu a gente?”. Leia cada resposta uma vez e diga qual parceiro ela cita (ou nenhum): os pedidos sem cupom cuja resposta cita um parceiro de uma campanha passam a contar para esse parceiro como “cliente informou”, depois dos cupons e nunca duas vezes, mostrados à parte e sem comissão devida.
import-survey-reading = Lendo as respostas…
import-survey-empty = Nenhuma resposta ainda
import-survey-empty-hint = As respostas vêm com os pedidos que você importa: as exportações do Shopify trazem em “Note Attributes” (“Como você conheceu a gente?”) e nas observações do pedido, as do WooCommerce em “Customer Note”, e qualquer outro CSV na coluna que você mapear como resposta. Depois que pedidos com respostas forem importados, cada resposta aparece aqui para você ler.
import-survey-read-count = { $read } de { $total } { $total ->
    [one] resposta lida
   *[other] respostas lidas
   }
import-survey-accept-all = Aceitar todas as sugestões ({ $count })
import-survey-only-unread = Mostrar só as respostas ainda não lidas
import-survey-table = Respostas dos clientes
import-survey-col-answer = Resposta
import-survey-col-orders = Pedidos
import-survey-col-net = Receita líquida
import-survey-col-names = Cita
import-survey-select = Parceiro citado em “{ $answer }”
import-survey-not-read = — ainda não lida —
import-survey-no-partner = Nenhum parceiro
import-survey-its = É { $partner }
import-survey-forget = Esquecer
import-survey-forget-hint = Esquecer como esta resposta foi lida
import-survey-none-left = Não sobrou nenhuma resposta para ler.
import-survey-all-read = Todas as respostas foram lidas; as dos pedidos que você importar depois também aparecem aqui.
import-survey-partner-n = Parceiro { $id }
import-survey-read-notice = “{ $answer }” lida como citando { $partner }
import-survey-read-none-notice = “{ $answer }” lida como não citando nenhum parceiro
import-survey-forgotten-notice = A leitura de “{ $answer }” foi esquecida
import-survey-accepted-notice = { $count ->
    [one] { $count } resposta lida como sugerido
   *[other] { $count } respostas lidas como sugerido
   }
import-survey-said-share = { $said } de { $total } { $total ->
    [one] pedido
   *[other] pedidos
    } ({ $percent }) { $said ->
    [one] se baseia
   *[other] se baseiam
    } no que os clientes disseram
