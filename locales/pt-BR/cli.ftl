# A linha de comando: seus erros e o que ela mostra.

cli-error = erro: { $message }
cli-not-a-campaign = { $file }: não é uma descrição de campanha: { $detail }
cli-quote-never-closes = umas aspas nunca se fecham, então as linhas depois delas não podem ser lidas e nada foi importado; feche as aspas (veja a linha acima) e importe de novo
cli-sales-problems = { $count ->
    [one] { $count } problema
   *[other] { $count } problemas
   }, então nada foi importado; corrija o arquivo ou use --skip-invalid para importar os pedidos válidos
cli-partners-no-name-column = nenhuma coluna diz quem é cada linha (um nome, um usuário ou um link de perfil); as colunas são { $columns }: informe um mapeamento com --mapping
cli-rows-problems = { $count ->
    [one] { $count } problema
   *[other] { $count } problemas
   }, então nada foi importado; corrija o arquivo ou use --skip-invalid para importar as linhas válidas
cli-not-a-mapping = não é um mapeamento de colunas: { $detail }
cli-communities-no-name-column = nenhuma coluna tem o nome da comunidade: informe um mapeamento com --mapping
cli-community-rows-problems = há linhas com problemas, então nada foi importado; corrija o arquivo ou use --skip-invalid
cli-export-needs-out = diga onde gravar o arquivo: --out ARQUIVO.csv
cli-deliverable-kind = “{ $kind }” não é nenhum destes: { $known }
cli-not-a-partner-of = “{ $partner }” não é parceiro de “{ $campaign }”
cli-not-an-amount = “{ $text }” não é um valor: { $detail }

## O que a linha de comando mostra. (Os textos de --help e os erros de uso do clap ficam em inglês: quem os escreve é o clap.)

cli-rows = { $count ->
    [0] { $count } linhas
    [one] { $count } linha
   *[other] { $count } linhas
    }
cli-orders = { $count ->
    [0] { $count } pedidos
    [one] { $count } pedido
   *[other] { $count } pedidos
    }
cli-problems = { $count ->
    [0] { $count } problemas
    [one] { $count } problema
   *[other] { $count } problemas
    }
cli-refund-rows-applied = { $count ->
    [0] { $count } linhas de reembolso aplicadas
    [one] { $count } linha de reembolso aplicada
   *[other] { $count } linhas de reembolso aplicadas
    }
cli-partners = { $count ->
    [0] { $count } parceiros
    [one] { $count } parceiro
   *[other] { $count } parceiros
    }
cli-communities = { $count ->
    [0] { $count } comunidades
    [one] { $count } comunidade
   *[other] { $count } comunidades
    }
cli-campaigns = { $count ->
    [0] { $count } campanhas
    [one] { $count } campanha
   *[other] { $count } campanhas
    }
cli-posts = { $count ->
    [0] { $count } posts
    [one] { $count } post
   *[other] { $count } posts
    }

## import
cli-import-counts = { $file }: { $format } ({ $encoding }, separador { $delimiter }): { $rows }, { $orders }: { $new ->
        [0] { $new } novos
        [one] { $new } novo
       *[other] { $new } novos
    }, { $updated ->
        [0] { $updated } atualizados
        [one] { $updated } atualizado
       *[other] { $updated } atualizados
    }, { $unchanged } sem mudança, { $cancelled ->
        [0] { $cancelled } cancelados
        [one] { $cancelled } cancelado
       *[other] { $cancelled } cancelados
    }, { $unpaid ->
        [0] { $unpaid } ainda não pagos
        [one] { $unpaid } ainda não pago
       *[other] { $unpaid } ainda não pagos
    }; { $refunds }; { $problems }
cli-delimiter-tab = tabulação
cli-more-problems = { $file }: … e mais { $count ->
    [0] { $count } problemas
    [one] { $count } problema
   *[other] { $count } problemas
    }
cli-currency-set = A loja ainda não tinha moeda: agora é { $currency } (deste arquivo).
cli-currency-set-on-import = A loja ainda não tem moeda: importar este arquivo a define como { $currency } (deste arquivo).
cli-hint-date-order = (Para ler as datas do outro jeito: --date-order dmy ou --date-order mdy.)
cli-hint-prices-include-tax = (Se os seus preços incluem impostos: --prices-include-tax true.)
cli-imported-batch = Importado como lote { $batch } (para desfazer: locallift undo { $batch }).
cli-dry-run = Simulação: nada foi gravado.
cli-nothing-new-orders = Nada novo: todos os pedidos deste arquivo já estão na loja.
cli-problem-column = coluna “{ $column }”:
cli-problem-value = “{ $value }”:

## importar parceiros, comunidades e posts
cli-counts-partners = { $file }: { $format }, { $rows }: { $new ->
        [0] { $new } novos
        [one] { $new } novo
       *[other] { $new } novos
    }, { $updated ->
        [0] { $updated } atualizados
        [one] { $updated } atualizado
       *[other] { $updated } atualizados
    }, { $unchanged } sem mudança, { $problems }
cli-counts-communities = { $file }: { $format }, { $rows }: { $new ->
        [0] { $new } novas
        [one] { $new } nova
       *[other] { $new } novas
    }, { $updated ->
        [0] { $updated } atualizadas
        [one] { $updated } atualizada
       *[other] { $updated } atualizadas
    }, { $unchanged } sem mudança, { $problems }
cli-counts-posts = { $file }: { $format }, { $rows }: { $new ->
        [0] { $new } novos
        [one] { $new } novo
       *[other] { $new } novos
    }, { $updated ->
        [0] { $updated } atualizados
        [one] { $updated } atualizado
       *[other] { $updated } atualizados
    }, { $unchanged } sem mudança, { $problems }
cli-imported-partners = Importado como importação de parceiros { $id } (para desfazer: locallift partners undo { $id }).
cli-imported-sheet = Importado como importação { $id } (para desfazer: locallift partners undo { $id }).
cli-nothing-new-partners = Nada novo: cada parceiro deste arquivo já está como o arquivo diz.
cli-nothing-new-communities = Nada novo: cada comunidade deste arquivo já está como o arquivo diz.
cli-nothing-new-posts = Nada novo: cada post deste arquivo já está como o arquivo diz.

## desfazer, backup, restaurar, demonstração
cli-undone-import = A importação de { $file } (lote { $batch }) foi desfeita.
cli-undone-partner-import = A importação de parceiros de { $file } ({ $id }) foi desfeita.
cli-backup-written = backup gravado em { $path }
cli-backup-copy-written = cópia do arquivo da loja gravada em { $path }
cli-restored = restaurado de { $file }; o estado anterior está guardado em { $backup }
cli-demo-written = loja de demonstração gravada em { $path }: { $partners }, { $communities }, { $campaigns }, { $posts }, { $orders } ({ $coded } com cupons de parceiros)

## summary
cli-summary = { $orders }, receita líquida { $net }
cli-summary-code = { $code }: { $orders }, { $net }

## results
cli-results-heading = { $campaign } ({ $start } a { $end }; pedidos contados de { $from } a { $to })
cli-results-walk-in = { $partner }: parceiro sem cupom, medido pelo aumento nas vendas: { $lift }; custo { $cost }, ROI { $range }
cli-results-no-estimate = ainda sem estimativa
cli-results-partner = { $partner }: { $orders }, líquido { $net }, lucro bruto { $profit }, custo { $cost }, ROI { $roi }, { $new ->
    [0] { $new } clientes novos
    [one] { $new } cliente novo
   *[other] { $new } clientes novos
    }
cli-results-orders-said = { $orders } ({ $said } deles por “cliente informou”, { $net })
cli-results-total = total: { $orders }, líquido { $net }, lucro bruto { $profit }, custo { $cost }, ROI { $roi }
cli-results-roi-with-lift = { $roi } (vendas contadas; com o aumento nas vendas dos parceiros sem cupom: { $range })
cli-results-conflict = conflito: o pedido { $order } usou { $codes }: contado para { $partner }, também correspondia a { $others }

## export, report, extrato de pagamentos
cli-export-written = { $path } gravado ({ $rows })
cli-file-written = { $path } gravado
cli-statement-csv-written = { $path } gravado ({ $rows })
cli-missing-glyphs = observação: nenhuma fonte deste computador tem { $characters }: no PDF eles aparecem como quadrados

## entregas
cli-deliverable-line = #{ $id } prazo { $due } { $status } { $partner } · { $campaign } · { $kind }
cli-deliverable-described = { $line }: { $description }
cli-deliverable-status = { $status ->
    [planned] planejada
    [due] vence
    [done] feita
   *[missed] não entregue
    }
cli-deliverable-deleted = entrega { $id } excluída

## pagamentos, cupons vazados
cli-payment-recorded = pagamento { $id } de { $amount } para { $partner } em { $day } registrado; saldo agora { $balance }
cli-payment-deleted = pagamento { $id } excluído
cli-leak-marked = { $code } marcado como vazado desde { $day }: os pedidos com ele a partir desse dia não são do parceiro
cli-leak-unmarked = { $code } não está mais marcado como vazado

## info
cli-info-file = arquivo: { $path }
cli-info-schema = versão do esquema: { $version }
cli-info-shop = loja: { $name } ({ $currency })
cli-info-no-currency = ainda sem moeda
cli-info-partners = parceiros: { $count }
cli-info-campaigns = campanhas: { $count }

## lift-study
cli-lift-study = { $shops ->
    [0] { $shops } lojas
    [one] { $shops } loja
   *[other] { $shops } lojas
    } (semente { $seed }): cobertura do intervalo de 95% { $coverage }%, viés { $bias }% das vendas normais do período; sem aumento real, aumento apontado (intervalo acima de 0) { $claimed }%, intervalo que exclui o 0 de um dos lados { $excludes }%
cli-lift-study-scenario = aumento { $uplift }%: { $runs ->
    [0] { $runs } simulações
    [one] { $runs } simulação
   *[other] { $runs } simulações
    }, cobertura { $coverage }%, viés { $bias }%, detectado (intervalo acima de 0) { $detected }%, dados insuficientes { $short }
