# Las palabras del análisis: las notas del aumento de ventas, los motivos de la puntuación de afinidad y lo que
# aparece en “Para revisar” en el Panel.

lift-not-started = La campaña aún no ha empezado, o todavía no se han importado las ventas de sus primeros días.
lift-no-window-sales = Aún no hay datos de ventas de los días de la campaña: importa las ventas de esos días.
lift-not-enough-history = No hay suficiente historial: { $days ->
        [one] 1 día útil
       *[other] { $days } días útiles
    } en las { $weeks } semanas anteriores a la campaña (se necesitan al menos { $min_days }, y { $min_weekday } de cada día de la semana). Importa ventas más antiguas o saca otras campañas de esas semanas.
lift-overlaps = Coincide en el tiempo con { $campaigns }: este es el aumento de esas campañas juntas; se muestra en cada una y nunca se suma.
lift-missing-days = { $count ->
        [one] No hay datos de ventas de 1 día de la campaña: ese día queda fuera.
       *[other] No hay datos de ventas de { $count } días de la campaña: esos días quedan fuera.
    }
lift-pending-days = { $count ->
        [one] 1 día de la campaña aún no ha llegado: la estimación cubre los días transcurridos.
       *[other] { $count } días de la campaña aún no han llegado: la estimación cubre los días transcurridos.
    }
lift-range-includes-zero = El rango incluye el cero: puede que la campaña no haya traído nada extra. Una campaña más larga, o más semanas de historial, estrecharían el rango.
lift-more-history = Más semanas de historial sin otras campañas estrecharían el rango.

# $tier llega como community, nano, micro, macro o mega.
fit-engagement = { $rate } % en { $platform } (categoría { $tier ->
        [community] Comunidad
        [nano] Nano
        [micro] Micro
        [macro] Macro
        [mega] Mega
       *[other] { $tier }
    }; lo habitual: { $low }–{ $high } %)
fit-missing-engagement-rate = Tasa de interacción de su cuenta principal
fit-missing-account = Una cuenta de red social con su tasa de interacción
fit-locality = El { $pct } % de la audiencia es local
fit-missing-locality = Porcentaje de la audiencia que es local
fit-rated = { $what ->
    [values] Afinidad de valores
   *[authenticity] Autenticidad del contenido
    }: valorada con { $rating } de 5
fit-missing-rating = { $what ->
    [values] Tu valoración de su afinidad de valores
   *[authenticity] Tu valoración de la autenticidad de su contenido
    }
fit-kept = { $on_time } de { $total } entregables a tiempo, { $late } con retraso, { $missed } { $missed ->
        [one] no entregado
       *[other] no entregados
    }
fit-missing-kept = Un entregable cuya fecha límite ya llegó (acuerdos cumplidos)
fit-missing-roi = Una campaña terminada con este colaborador (ROI anterior)
fit-missing-roi-measured = ROI anterior: sus campañas terminadas no tuvieron costo o se midieron solo por el aumento de ventas
fit-roi = { $count ->
    [one] ROI del { $roi } % en 1 campaña terminada
   *[other] ROI del { $roi } % en { $count } campañas terminadas
    }
attention-code-never-used = { $count ->
    [one] el código { $codes } de { $name } aún no se ha usado ni una vez
   *[other] los códigos { $codes } de { $name } aún no se han usado ni una vez
    }
attention-conflicts = { $count ->
    [one] 1 pedido usó códigos de dos colaboradores; cuenta una sola vez
   *[other] { $count } pedidos usaron códigos de dos colaboradores; cada uno cuenta una sola vez
    }
attention-ends-on = termina el { $day }
