# As palavras da análise: as notas do aumento nas vendas, os motivos da nota de afinidade e o que vale conferir
# no Painel.

lift-not-started = A campanha ainda não começou, ou as vendas dos primeiros dias dela ainda não foram importadas.
lift-no-window-sales = Ainda não há dados de vendas dos dias da campanha: importe as vendas desses dias.
lift-not-enough-history = Histórico insuficiente: { $days ->
        [0] nenhum dia utilizável
        [one] { $days } dia utilizável
       *[other] { $days } dias utilizáveis
    } { $weeks ->
        [one] na { $weeks } semana
       *[other] nas { $weeks } semanas
    } antes da campanha (são necessários pelo menos { $min_days }, com { $min_weekday } de cada dia da semana). Importe vendas mais antigas, ou tire as outras campanhas dessas semanas.
lift-overlaps = Coincide com { $campaigns }: este é o aumento de todas essas campanhas juntas, mostrado em cada uma e nunca somado.
lift-missing-days = { $count ->
        [one] Sem dados de vendas para { $count } dia da campanha: esse dia fica de fora.
       *[other] Sem dados de vendas para { $count } dias da campanha: esses dias ficam de fora.
    }
lift-pending-days = { $count ->
        [one] { $count } dia da campanha ainda não chegou: a estimativa cobre os dias até agora.
       *[other] { $count } dias da campanha ainda não chegaram: a estimativa cobre os dias até agora.
    }
lift-range-includes-zero = O intervalo inclui o zero: a campanha pode não ter trazido nada a mais. Uma campanha mais longa, ou mais semanas de histórico, deixaria o intervalo mais estreito.
lift-more-history = Mais semanas de histórico sem outras campanhas deixariam o intervalo mais estreito.

fit-engagement = { $rate }% no { $platform } (categoria { $tier ->
        [community] Comunidade
        [nano] Nano
        [micro] Micro
        [macro] Macro
        [mega] Mega
       *[other] { $tier }
    }; o normal é { $low }–{ $high }%)
fit-missing-engagement-rate = Taxa de engajamento da conta principal
fit-missing-account = Uma conta de rede social com a taxa de engajamento
fit-locality = { $pct }% do público é da região
fit-missing-locality = Parcela do público que é da região
fit-rated = { $what ->
    [values] Afinidade de valores
   *[authenticity] Autenticidade do conteúdo
    }: nota { $rating } de 5
fit-missing-rating = { $what ->
    [values] Sua nota para a afinidade de valores
   *[authenticity] Sua nota para a autenticidade do conteúdo
    }
fit-kept = { $total ->
        [one] { $on_time } de { $total } entrega no prazo
       *[other] { $on_time } de { $total } entregas no prazo
    }, { $late } com atraso, { $missed ->
        [one] { $missed } não entregue
       *[other] { $missed } não entregues
    }
fit-missing-kept = Uma entrega cujo prazo já chegou (combinados cumpridos)
fit-missing-roi = Uma campanha concluída com o parceiro (ROI anterior)
fit-missing-roi-measured = ROI anterior: as campanhas concluídas com o parceiro não tiveram custo ou foram medidas só pelo aumento nas vendas
fit-roi = { $count ->
    [one] ROI de { $roi }% em { $count } campanha concluída
   *[other] ROI de { $roi }% em { $count } campanhas concluídas
    }
attention-code-never-used = { $count ->
    [one] o cupom { $codes } de { $name } não foi usado nem uma vez
   *[other] os cupons { $codes } de { $name } não foram usados nem uma vez
    }
attention-conflicts = { $count ->
    [one] { $count } pedido usou cupons de dois parceiros; ele conta uma vez só
   *[other] { $count } pedidos usaram cupons de dois parceiros; cada um conta uma vez só
    }
attention-ends-on = termina em { $day }
