# Linhas que uma importação recusa e o que ela observa sobre um arquivo: mostrado na pré-visualização, no CSV de
# problemas e na linha de comando.

row-not-whole-quantity = não é uma quantidade inteira
row-amount-empty = o valor está vazio
row-not-an-amount = não é um valor em dinheiro
row-too-precise = { $digits ->
    [0] tem casas decimais, e a moeda não usa centavos
    [one] mais de { $digits } casa decimal
   *[other] mais de { $digits } casas decimais
    }
row-amount-too-large = o valor é grande demais
row-expected-etsy-date-dmy = deveria ser uma data como 05/03/24 (dia antes do mês, igual ao resto do arquivo)
row-expected-etsy-date-mdy = deveria ser uma data como 03/05/24 (mês antes do dia)
row-unknown-status = { $platform ->
    [Etsy] não é um status de pedido que o Etsy documenta
    [Square] não é um status de transação que o Square documenta
    [Stripe] não é um status de pagamento que o Stripe documenta
    [Shopify] não é um status financeiro que o Shopify documenta
    [WooCommerce] não é um status de pedido que o WooCommerce documenta
    [PayPal] não é um status que o PayPal documenta
   *[other] não é um status que o LocalLift conhece (paid, pending, cancelled…)
    }
row-expected-day-first = deveria ser uma data com o dia antes do mês, como 31/12/2024 (igual ao resto do arquivo)
row-expected-month-first = deveria ser uma data com o mês antes do dia, como 12/31/2024 (igual ao resto do arquivo)
row-expected-time = deveria ser um horário como 14:05:09
row-not-a-date-in-order = não é uma data na ordem escolhida (ano-mês-dia, mês/dia/ano ou dia/mês/ano)
row-order-id-empty = o número do pedido está vazio
row-other-amount = outra linha do pedido { $order }, com um valor diferente do da primeira linha dele: se cada linha for um item, indique isso (“Cada linha é um item”) e os valores serão somados
row-expected-square-date = deveria ter uma data como 2024-03-05 em Date e um horário como 14:07:31 em Time
row-expected-stripe-date = deveria ser uma data como 2024-03-05 14:07:31
row-negative-payment = um pagamento com valor negativo
row-expected-shopify-date = deveria ser uma data como 2024-03-05 14:07:31 -0500
row-partial-refund-no-column = reembolsado em parte, mas a exportação não tem a coluna Refunded Amount
row-order-name-empty = o nome do pedido está vazio
row-expected-woo-date = deveria ser uma data como 2024-12-31 14:50
row-order-number-empty = o número do pedido está vazio
row-expected-woo-analytics-date = deveria ser uma data como 2024-12-31 14:50:00
row-text-after-quote = texto depois das aspas que fecham o campo (aspas dentro de um campo entre aspas precisam ser duplicadas: "")
row-quote-never-closes = umas aspas abrem aqui e nunca se fecham, então as linhas depois delas não podem ser lidas: nada é importado até as aspas serem fechadas (ou removidas)
row-field-count = { $expected ->
    [one] deveria ter { $expected } campo
   *[other] deveria ter { $expected } campos
    }, mas tem { $found } (aspas mal fechadas ou uma linha cortada?)
row-order-repeated = este pedido aparece de novo no arquivo, longe das primeiras linhas dele e diferente delas; uma exportação lista cada pedido uma vez só (duas exportações coladas uma na outra?)

# As colunas do CSV com os problemas das linhas de uma importação.
errors-csv-line = linha
errors-csv-column = coluna
errors-csv-value = valor
errors-csv-reason = motivo
row-account-of-another = esta conta é de { $name } (linha { $line }): uma conta não pode ser de duas pessoas
row-too-long = longo demais (no máximo { $max } caracteres)
row-not-an-email = não é um endereço de e-mail
row-unknown-stage = não é uma etapa que o LocalLift conhece: escreva prospecto, contatado, negociando, ativo, pausado ou concluído
row-unknown-platform = não é uma plataforma que o LocalLift conhece
row-not-followers = não é um número de seguidores
row-not-engagement = não é uma taxa de engajamento
row-engagement-range = uma taxa de engajamento fica entre 0% e 100%
row-not-a-date = não é uma data
row-no-name-no-handle = sem nome e sem usuário: nada indica quem é a pessoa desta linha
row-not-a-link = não é um endereço da web
row-not-a-handle = não é um usuário (uma palavra só, com ou sem @)
row-account-without-handle = números ou um link sem o usuário da conta
row-no-name-no-account = sem nome e sem conta: nada indica quem é a pessoa desta linha
row-day-after-today = uma data depois de hoje
row-accounts-of-two-partners = estas contas são de dois parceiros diferentes no LocalLift ({ $first } e { $second }): coloque cada uma na própria linha

# O que uma importação de parceiros, comunidades ou posts observa sobre o arquivo.
note-engagement-fractions = O engajamento em “{ $column }” é lido como fração (0,034 é 3,4%): todos os valores são 1 ou menos, e nenhum tem %.
note-leader-unknown = { $community }: não há um único parceiro chamado “{ $name }”, então o líder fica em branco.
row-unknown-community-kind = não é um tipo de comunidade que o LocalLift conhece
row-not-members = não é um número de membros
row-no-community-name = sem nome: nada indica qual é a comunidade desta linha
note-posts-elsewhere = { $count ->
    [one] { $count } post é de uma conta que outro parceiro tem: ele vai para esse parceiro.
   *[other] { $count } posts são de contas que outro parceiro tem: eles vão para esse parceiro.
    }
note-posts-outside = { $count ->
    [one] { $count } post é de um dia fora de todas as campanhas do parceiro: fica de fora (um post só conta dentro de uma campanha).
   *[other] { $count } posts são de dias fora de todas as campanhas do parceiro: ficam de fora (um post só conta dentro de uma campanha).
    }
note-posts-total-row = A linha “Total” é a soma das outras: fica de fora.
note-posts-undated = { $count ->
    [one] { $count } post não tem horário de publicação: fica de fora
   *[other] { $count } posts não têm horário de publicação: ficam de fora
    }
row-no-video-id = sem o id do vídeo
row-no-post-link = sem o link do post
row-not-a-count = não é um número inteiro

# Uma planilha de parceiros, comunidades ou posts que não pode ser lida.
sheet-unreadable = não é uma planilha que o LocalLift consiga ler ({ $detail })
sheet-tab-unreadable = não foi possível ler a aba “{ $name }” ({ $detail })
sheet-too-many-rows = mais de { $max } linhas: isto não é uma lista de parceiros
sheet-no-table = nenhuma aba deste arquivo contém uma tabela
sheet-line-problem = linha { $line }: { $reason }
sheet-no-table-rows = o arquivo não contém uma tabela: nenhuma linha tem duas células ou mais

# O que uma importação de vendas supôs e deixou de fora, uma frase para cada coisa (a linha de comando mostra essas frases abaixo das contagens).
import-dates-file = Datas lidas { $order ->
        [dmy] com o dia antes do mês (31/12)
       *[mdy] com o mês antes do dia (12/31)
    }: “{ $value }” na linha { $line } não pode ser lida de outro jeito.
import-dates-owner = Datas lidas { $order ->
        [dmy] com o dia antes do mês (31/12)
       *[mdy] com o mês antes do dia (12/31)
    }, como você escolheu.
import-dates-export = Datas lidas { $order ->
        [dmy] com o dia antes do mês (31/12)
       *[mdy] com o mês antes do dia (12/31)
    }, como esta exportação as escreve; nenhuma data do arquivo tira a dúvida (nenhum dia passa de 12), então confira os dias.
import-dates-locale = Datas lidas { $order ->
        [dmy] com o dia antes do mês (31/12)
       *[mdy] com o mês antes do dia (12/31)
    }, como elas são escritas no idioma e região da loja ({ $locale }); nenhuma data do arquivo tira a dúvida (nenhum dia passa de 12), então confira os dias.
import-dates-zone = Datas lidas { $order ->
        [dmy] com o dia antes do mês (31/12)
       *[mdy] com o mês antes do dia (12/31)
    }, como elas são escritas onde a loja fica ({ $zone }); nenhuma data do arquivo tira a dúvida (nenhum dia passa de 12), então confira os dias.
import-dates-default = Datas lidas { $order ->
        [dmy] com o dia antes do mês (31/12)
       *[mdy] com o mês antes do dia (12/31)
    }; nenhuma data do arquivo tira a dúvida (nenhum dia passa de 12), então confira os dias.
import-tax-inside = { $count ->
        [one] { $count } pedido tinha impostos embutidos nos preços (IVA ou GST); eles foram tirados da receita líquida.
       *[other] { $count } pedidos tinham impostos embutidos nos preços (IVA ou GST); eles foram tirados da receita líquida.
    }
import-tax-assumed-inside = { $count ->
        [one] Em { $count } pedido, o arquivo não mostra se os impostos estão nos preços: os preços foram tratados como tendo impostos embutidos, e os impostos foram tirados da receita líquida. Escolha o contrário se os seus preços não incluem impostos.
       *[other] Em { $count } pedidos, o arquivo não mostra se os impostos estão nos preços: os preços foram tratados como tendo impostos embutidos, e os impostos foram tirados da receita líquida. Escolha o contrário se os seus preços não incluem impostos.
    }
import-tax-assumed-on-top = { $count ->
        [one] Em { $count } pedido, o arquivo não mostra se os impostos estão nos preços: os preços foram tratados como sem impostos (impostos à parte). Escolha o contrário se os seus preços incluem impostos.
       *[other] Em { $count } pedidos, o arquivo não mostra se os impostos estão nos preços: os preços foram tratados como sem impostos (impostos à parte). Escolha o contrário se os seus preços incluem impostos.
    }
import-unpaid = { $count ->
        [one] { $count } pedido ainda não pago: guardado, e contado assim que uma exportação posterior disser que foi pago.
       *[other] { $count } pedidos ainda não pagos: guardados, e contados assim que uma exportação posterior disser que foram pagos.
    }
import-refunds-pending = { $count ->
        [one] { $count } reembolso de um pedido ainda não importado: guardado, e aplicado quando o pedido for importado.
       *[other] { $count } reembolsos de pedidos ainda não importados: guardados, e aplicados quando os pedidos forem importados.
    }
import-cancelled = { $count ->
        [one] { $count } pedido cancelado, anulado ou com falha: guardado, nunca contado.
       *[other] { $count } pedidos cancelados, anulados ou com falha: guardados, nunca contados.
    }
import-skipped-payment-out = { $count ->
        [one] { $count } pagamento de saída (dinheiro que a loja pagou) ficou de fora: não é venda.
       *[other] { $count } pagamentos de saída (dinheiro que a loja pagou) ficaram de fora: não são vendas.
    }
import-skipped-transfer = { $count ->
        [one] { $count } transferência ou saque ficou de fora: não é venda.
       *[other] { $count } transferências e saques ficaram de fora: não são vendas.
    }
import-skipped-hold = { $count ->
        [one] { $count } retenção ou liberação de valores ficou de fora: não é venda.
       *[other] { $count } retenções e liberações de valores ficaram de fora: não são vendas.
    }
import-skipped-conversion = { $count ->
        [one] { $count } conversão de moeda ficou de fora: não é venda.
       *[other] { $count } conversões de moeda ficaram de fora: não são vendas.
    }
import-skipped-foreign-currency = { $count ->
        [one] { $count } pagamento em outra moeda, não convertido neste arquivo, ficou de fora: não é venda.
       *[other] { $count } pagamentos em outra moeda, não convertidos neste arquivo, ficaram de fora: não são vendas.
    }
import-skipped-declined = { $count ->
        [one] { $count } tentativa de pagamento recusada ficou de fora: não é venda.
       *[other] { $count } tentativas de pagamento recusadas ficaram de fora: não são vendas.
    }
import-skipped-other = { $count ->
        [one] { $count } linha de outra atividade ficou de fora: não é venda.
       *[other] { $count } linhas de outras atividades ficaram de fora: não são vendas.
    }

# O que uma importação muda em um parceiro ou uma comunidade que já existe (a prévia lista isso em cada linha).
change-field-replaced = { $field ->
        [email] e-mail
        [phone] telefone
        [neighborhood] bairro
        [city] cidade
        [link] link
       *[topic] tema
    } “{ $old }” → “{ $new }”
change-field-set = { $field ->
        [email] e-mail
        [phone] telefone
        [neighborhood] bairro
        [city] cidade
        [link] link
       *[topic] tema
    } “{ $value }”
change-niche = nicho “{ $niche }”
change-stage = etapa: { $from } → { $to }
change-stage-set = etapa: { $stage }
change-notes = observações
change-account = conta do { $platform } @{ $handle }
change-link = link do perfil no { $platform }
change-followers = seguidores no { $platform }: { $followers } em { $day }
change-kind = tipo: { $kind }
change-members = membros: { $members }
change-leader = líder
change-new-account = { $platform } @{ $handle }
