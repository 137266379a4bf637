# Os erros do núcleo: o que a janela, a linha de comando e os registros dizem quando algo é recusado ou dá errado.
# Os ids começam com `error-` (o que deu errado), `invalid-` (um dado recusado, mostrado ao lado do campo),
# `field-` (o nome de um campo dentro dessa frase), `busy-` (com o que o arquivo da loja está ocupado).

error-invalid = dado inválido
error-not-found = { $entity ->
    [campaign] a campanha { $id } não foi encontrada
    [campaign-partner] o participante de campanha { $id } não foi encontrado
    [community] a comunidade { $id } não foi encontrada
    [deliverable] a entrega { $id } não foi encontrada
    [feedback] o feedback { $id } não foi encontrado
    [holiday] o dia fora do comum { $id } não foi encontrado
    [import] a importação { $id } não foi encontrada
    [partner] o parceiro { $id } não foi encontrado
    [partner-import] a importação de parceiros { $id } não foi encontrada
    [payment] o pagamento { $id } não foi encontrado
    [post] o post { $id } não foi encontrado
    [promo-code-of-campaign-partner] o cupom do participante de campanha { $id } não foi encontrado
    [social-account] a conta de rede social { $id } não foi encontrada
   *[other] { $entity } { $id } não encontrado
   }
error-locked = este arquivo de loja já está aberto em outra janela ou comando do LocalLift ({ $path })
error-read-only = este arquivo de loja está num disco ou numa pasta em que o LocalLift não pode gravar ({ $path })
error-too-new = este arquivo de loja foi criado por uma versão mais nova do LocalLift (esquema { $found }; esta versão conhece até o esquema { $known })
error-in-file = { $file }: { $message }
error-cancelled = cancelado; nada foi alterado
error-database = o banco de dados da loja falhou: { $detail }
error-migration = a atualização do banco de dados da loja falhou: { $detail }
error-io = erro de arquivo: { $detail }
error-corrupt = os dados salvos não são válidos: { $detail }
error-document = não foi possível criar o documento: { $detail }
# $what é uma das mensagens busy-* abaixo, escrita entre parênteses.
error-busy = o arquivo da loja está ocupado ({ $what }); tente de novo quando terminar
busy-migrating = sendo atualizado para esta versão
busy-customers = atualizando os clientes
busy-long-task = com uma tarefa longa: uma importação, um PDF ou uma restauração
# Texto para o qual o núcleo ainda não tem uma mensagem própria (as palavras de uma biblioteca).
error-text = { $text }

# Dados recusados, mostrados ao lado do campo. $label é um dos nomes field-* abaixo.
invalid-required = O campo “{ $label }” é obrigatório
invalid-too-long = O campo “{ $label }” é longo demais (no máximo { $max } caracteres)
invalid-email = “{ $value }” não é um endereço de e-mail válido
invalid-link-scheme = um link precisa começar com http:// ou https://
invalid-link = “{ $value }” não é um endereço da web válido
invalid-negative = O campo “{ $label }” não pode ser negativo
invalid-percent = O campo “{ $label }” precisa estar entre 0% e 100%
invalid-rating = O campo “{ $label }” precisa ser uma nota de 1 a 5
invalid-currency = “{ $value }” não é um código de moeda ISO 4217 (como BRL, USD ou EUR)
invalid-time-zone = “{ $value }” não é um fuso horário conhecido (como America/Sao_Paulo)

# Nomes de campo dentro das frases acima.
field-a-code = Cupom
field-a-niche = Nicho
field-a-tag = Tag
field-amount = Valor
field-audience-locality = Público da região
field-authenticity = Autenticidade do conteúdo
field-city = Cidade
field-commission = Comissão
field-consent-source = Consentimento / origem
field-deliverables = Entregas
field-description = Descrição
field-engagement-rate = Taxa de engajamento
field-fee = Cachê
field-followers = Seguidores
field-gifted-products = Produtos de presente
field-goal = Objetivo
field-handle = Usuário
field-hourly-rate = Valor por hora
field-how = Forma de pagamento
field-margin = Margem bruta
field-name = Nome
field-neighborhood = Bairro
field-note = Observação
field-notes = Observações
field-other-costs = Outros custos
field-phone = Telefone
field-reach = Alcance
field-shop-name = Nome da loja
field-size = Tamanho
field-source = Origem
field-topic = Tema
field-values-alignment = Afinidade de valores
field-what-was-said = O que foi dito
field-likes = Curtidas
field-comments = Comentários
field-shares = Compartilhamentos
field-saves = Salvamentos
field-clicks = Cliques

# Arquivos que não podem ser importados.
invalid-demo-not-empty = este arquivo de loja já tem dados; a loja de demonstração precisa de um arquivo vazio
import-names-no-one = escolha a coluna com o nome do parceiro, ou com o usuário ou o link do perfil
import-community-names-no-one = escolha a coluna com o nome de cada comunidade
import-refused-for-problems = { $count ->
    [one] { $count } linha tem um problema
   *[other] { $count } linhas têm problemas
   }, então nada foi importado; corrija o arquivo ou importe só as linhas válidas
import-refused-for-problems-at = { $count ->
    [one] { $count } linha tem um problema
   *[other] { $count } linhas têm problemas
   }, então nada foi importado (linha { $line }: { $reason }); corrija o arquivo ou importe só as linhas válidas
import-posts-need-partner = esta exportação não indica nenhuma conta: escolha de quem são estes posts
import-posts-unknown-accounts = nenhum parceiro tem a conta { $accounts }: adicione-a ao parceiro, ou escolha de quem são estes posts
import-posts-unknown-format = não é uma exportação de posts que o LocalLift conheça (a exportação de conteúdo do Meta Business Suite, a do TikTok Studio ou os dados de tabela do YouTube Studio)
import-header-unreadable = não foi possível ler a linha de cabeçalho: { $detail }
import-no-header = o arquivo não tem linha de cabeçalho
import-mapping-wrong = seu mapeamento de colunas: { $detail }
import-unknown-preset = predefinição desconhecida “{ $id }”; as conhecidas são: { $known }
import-unknown-format = as colunas deste arquivo não correspondem a nenhuma exportação conhecida ({ $known }); mesmo assim, qualquer CSV pode ser importado dizendo qual coluna tem o quê: a tela Importar vendas pergunta, ou use --mapping com um mapeamento em JSON (README, “Any other CSV”)
import-no-rows = o arquivo tem cabeçalho, mas nenhuma linha
import-not-csv = linha { $line }: não foi possível ler o arquivo como CSV: { $detail }
import-other-currency = linha { $line }: os pedidos deste arquivo estão em { $file } e as vendas da loja em { $shop }; o LocalLift nunca converte moedas, então nada foi importado
import-unknown-currency = linha { $line }: moeda desconhecida “{ $currency }”
import-no-currency = esta exportação não informa a moeda; defina antes a moeda da loja em Configurações
invalid-no-codes-to-print = “{ $campaign }” não tem cupons para imprimir
invalid-no-partner-called = nenhum parceiro se chama “{ $name }”.{ $count ->
    [0] {""}
    [one] { " " }Você quis dizer “{ $suggestions }”?
   *[other] { " " }Você quis dizer “{ $suggestions }”?
   } (Um parceiro novo só é criado para um nome diferente de todos os outros.)
in-use-in-campaigns = { $name } está em { $count ->
       [one] { $count } campanha
      *[other] { $count } campanhas
   }; arquive em vez de excluir, para manter o histórico das campanhas
invalid-backup-unreadable = não foi possível ler { $file }: { $detail }
invalid-backup-damaged = { $file } está danificado ({ $detail }); escolha outro backup
invalid-backup-base-missing = { $file } contém só as mudanças desde o backup completo { $base }, que não existe mais; escolha outro backup
invalid-backups-kept = Mantenha entre { $min } e { $max } backups
invalid-backup-unknown = nenhum backup desta loja se chama { $file }
invalid-backup-unopenable = não foi possível abrir { $file }: { $detail }
invalid-backup-not-shop-because = { $file } não é um arquivo de loja do LocalLift: { $detail }
invalid-backup-not-shop = { $file } não é um arquivo de loja do LocalLift
invalid-backup-too-new = { $file } foi gravado por uma versão mais nova do LocalLift; atualize o app primeiro
invalid-campaign-ends-before-start = A campanha termina antes de começar
invalid-window-days = A janela de atribuição vai de 0 a 365 dias
invalid-owner-hours = As horas precisam estar entre 0 e 10.000
invalid-campaign-name-taken = Já existe outra campanha chamada “{ $name }”
invalid-code-twice = O cupom { $code } aparece duas vezes
invalid-code-given = O cupom { $code } já foi dado a { $member } nesta campanha
invalid-code-used = O cupom { $code } já é usado pela campanha “{ $campaign }” (de { $start } a { $end }, com a janela de atribuição); não daria para separar os pedidos
invalid-no-campaign-called = nenhuma campanha se chama “{ $name }”.{ $count ->
    [0] {""}
   *[other] { " " }Você quis dizer “{ $suggestions }”?
   }
in-use-campaign-redemptions = “{ $campaign }” tem { $count ->
    [one] { $count } uso na loja registrado
   *[other] { $count } usos na loja registrados
   }; em vez disso, arquive a campanha para manter esses registros
invalid-partner-or-community = Escolha um parceiro ou uma comunidade
invalid-no-such-partner = Esse parceiro não existe
invalid-partner-in-campaign = Este parceiro já está na campanha
invalid-no-such-community = Essa comunidade não existe
invalid-community-in-campaign = Esta comunidade já está na campanha
invalid-code-space = O cupom “{ $code }” tem um espaço
in-use-member-redemptions = { $name } tem { $count ->
    [one] { $count } uso na loja registrado
   *[other] { $count } usos na loja registrados
   } nesta campanha; não é possível tirar { $name } da campanha
invalid-redemption-count = Pelo menos um uso
invalid-redemption-day = A campanha conta as vendas de { $start } a { $end }
invalid-feedback-text = O campo “O que foi dito” é obrigatório
invalid-contact-import-undone = A importação de { $file } já foi desfeita.
invalid-contact-import-later = { $later } foi importado depois de { $file }: desfaça aquela importação primeiro.
invalid-contact-import-community-used = { $name }, que veio com esta importação, agora está em uma campanha: tire a comunidade de lá primeiro, ou mantenha a importação.
invalid-contact-import-partner-used = { $name }, que veio com esta importação, agora está em uma campanha ou lidera uma comunidade: tire o parceiro de lá primeiro, ou mantenha a importação.
invalid-deliverable-done-future = O dia em que a entrega foi feita não pode ser depois de hoje
invalid-deliverable-post = Escolha um dos posts deste parceiro nesta campanha
invalid-holiday-name = dê ao dia um nome de 1 a 200 caracteres (“Feira de rua”)
invalid-payment-amount = Um pagamento precisa ter um valor maior que zero
invalid-payment-day = Um pagamento é registrado depois de feito: o dia não pode ser depois de hoje
invalid-distance = A distância não pode ser negativa
invalid-no-partner-named = nenhum parceiro se chama “{ $name }”.{ $count ->
    [0] {""}
   *[other] { " " }Você quis dizer “{ $suggestions }”?
   }
invalid-account-twice = Esta conta aparece duas vezes
invalid-account-taken = Este parceiro já tem a conta do { $platform } @{ $handle }
invalid-import-undone = a importação de { $file } já foi desfeita
in-use-later-import = a importação posterior de { $later } alterou os mesmos pedidos; desfaça-a primeiro
invalid-lift-weeks = Escolha entre 4 e 26 semanas
invalid-weight = Um peso de 0 a 100
invalid-weights-zero = Pelo menos um fator precisa de um peso maior que 0
invalid-hold-days = Escolha de 0 a 90 dias
invalid-locale = “{ $value }” não é um código de idioma e região; escreva como pt-BR, pt-PT ou en-US
invalid-currency-change = já há vendas registradas em { $currency }; a moeda não pode mudar
invalid-unknown-time-zone = fuso horário desconhecido
invalid-answer = É preciso uma resposta


# As falhas do próprio app (a moldura da janela).
app-error-unusable = o app ficou num estado inutilizável; reinicie o LocalLift
app-error-closed = nenhum arquivo de loja está aberto
app-error-stopped = um comando parou inesperadamente: { $detail }
app-error-dialog-stopped = a janela de escolha de arquivo parou inesperadamente: { $detail }
app-error-dialog-no-file = a janela de escolha de arquivo não retornou nenhum arquivo: { $detail }
app-error-import-stopped = a importação parou inesperadamente: { $detail }
