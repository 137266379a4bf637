# La línea de comandos: sus errores y lo que muestra.

cli-error = error: { $message }
cli-not-a-campaign = { $file }: no es una descripción de campaña: { $detail }
cli-quote-never-closes = hay unas comillas que no se cierran, así que las filas siguientes no se pueden leer y no se importó nada; cierra las comillas (mira la línea de arriba) y vuelve a importar
cli-sales-problems = { $count ->
    [one] 1 problema
   *[other] { $count } problemas
    }, así que no se importó nada; corrige el archivo o usa --skip-invalid para importar los pedidos válidos
cli-partners-no-name-column = ninguna columna dice quién es cada fila (un nombre, un usuario o un enlace a un perfil); sus columnas son { $columns }: indica una asignación con --mapping
cli-rows-problems = { $count ->
    [one] 1 problema
   *[other] { $count } problemas
    }, así que no se importó nada; corrige el archivo o usa --skip-invalid para importar las filas válidas
cli-not-a-mapping = no es una asignación de columnas: { $detail }
cli-communities-no-name-column = ninguna columna es el nombre de la comunidad: indica una asignación con --mapping
cli-community-rows-problems = hay filas con problemas, así que no se importó nada; corrige el archivo o usa --skip-invalid
cli-export-needs-out = indica dónde escribir el archivo: --out ARCHIVO.csv
cli-deliverable-kind = “{ $kind }” no es ninguno de estos tipos: { $known }
cli-not-a-partner-of = “{ $partner }” no es colaborador de “{ $campaign }”
cli-not-an-amount = “{ $text }” no es un importe: { $detail }

## Lo que muestra la línea de comandos. (Los textos de --help y los errores de uso de clap siguen en inglés: los escribe clap).

cli-rows = { $count ->
    [one] { $count } fila
   *[other] { $count } filas
    }
cli-orders = { $count ->
    [one] { $count } pedido
   *[other] { $count } pedidos
    }
cli-problems = { $count ->
    [one] { $count } problema
   *[other] { $count } problemas
    }
cli-refund-rows-applied = { $count ->
    [one] { $count } fila de reembolso aplicada
   *[other] { $count } filas de reembolso aplicadas
    }
cli-partners = { $count ->
    [one] { $count } colaborador
   *[other] { $count } colaboradores
    }
cli-communities = { $count ->
    [one] { $count } comunidad
   *[other] { $count } comunidades
    }
cli-campaigns = { $count ->
    [one] { $count } campaña
   *[other] { $count } campañas
    }
cli-posts = { $count ->
    [one] { $count } publicación
   *[other] { $count } publicaciones
    }

## import
cli-import-counts = { $file }: { $format } ({ $encoding }, separador { $delimiter }): { $rows }, { $orders }: { $new ->
        [one] { $new } nuevo
       *[other] { $new } nuevos
    }, { $updated ->
        [one] { $updated } actualizado
       *[other] { $updated } actualizados
    }, { $unchanged } sin cambios, { $cancelled ->
        [one] { $cancelled } cancelado
       *[other] { $cancelled } cancelados
    }, { $unpaid } sin pagar todavía; { $refunds }; { $problems }
cli-delimiter-tab = tabulador
cli-more-problems = { $file }: … y { $count ->
    [one] { $count } problema más
   *[other] { $count } problemas más
    }
cli-currency-set = La tienda aún no tenía moneda: ahora es { $currency } (según este archivo).
cli-currency-set-on-import = La tienda aún no tiene moneda: al importar este archivo pasa a ser { $currency } (según este archivo).
cli-hint-date-order = (Para leer las fechas al revés: --date-order dmy o --date-order mdy).
cli-hint-prices-include-tax = (Si tus precios incluyen impuestos: --prices-include-tax true).
cli-imported-batch = Importado como lote { $batch } (para deshacerlo: locallift undo { $batch }).
cli-dry-run = Prueba: no se guardó nada.
cli-nothing-new-orders = Nada nuevo: todos los pedidos de este archivo ya están en la tienda.
cli-problem-column = columna “{ $column }”:
cli-problem-value = “{ $value }”:

## importar colaboradores, comunidades y publicaciones
cli-counts-partners = { $file }: { $format }, { $rows }: { $new ->
        [one] { $new } nuevo
       *[other] { $new } nuevos
    }, { $updated ->
        [one] { $updated } actualizado
       *[other] { $updated } actualizados
    }, { $unchanged } sin cambios, { $problems }
cli-counts-communities = { $file }: { $format }, { $rows }: { $new ->
        [one] { $new } nueva
       *[other] { $new } nuevas
    }, { $updated ->
        [one] { $updated } actualizada
       *[other] { $updated } actualizadas
    }, { $unchanged } sin cambios, { $problems }
cli-counts-posts = { $file }: { $format }, { $rows }: { $new ->
        [one] { $new } nueva
       *[other] { $new } nuevas
    }, { $updated ->
        [one] { $updated } actualizada
       *[other] { $updated } actualizadas
    }, { $unchanged } sin cambios, { $problems }
cli-imported-partners = Importado como importación de colaboradores { $id } (para deshacerla: locallift partners undo { $id }).
cli-imported-sheet = Importado como importación { $id } (para deshacerla: locallift partners undo { $id }).
cli-nothing-new-partners = Nada nuevo: cada colaborador de este archivo ya está tal como dice el archivo.
cli-nothing-new-communities = Nada nuevo: cada comunidad de este archivo ya está tal como dice el archivo.
cli-nothing-new-posts = Nada nuevo: cada publicación de este archivo ya está tal como dice el archivo.

## deshacer, copia de seguridad, restaurar, demostración
cli-undone-import = Se deshizo la importación de { $file } (lote { $batch }).
cli-undone-partner-import = Se deshizo la importación de colaboradores de { $file } ({ $id }).
cli-backup-written = copia de seguridad guardada en { $path }
cli-backup-copy-written = copia del archivo de la tienda guardada en { $path }
cli-restored = restaurado desde { $file }; el estado anterior se guarda en { $backup }
cli-demo-written = tienda de demostración guardada en { $path }: { $partners }, { $communities }, { $campaigns }, { $posts }, { $orders } ({ $coded } con códigos de colaboradores)

## summary
cli-summary = { $orders }, ingresos netos { $net }
cli-summary-code = { $code }: { $orders }, { $net }

## results
cli-results-heading = { $campaign } (del { $start } al { $end }; pedidos contados del { $from } al { $to })
cli-results-walk-in = { $partner }: colaborador sin código, medido por el aumento de ventas: { $lift }; costo { $cost }, ROI { $range }
cli-results-no-estimate = aún sin estimación
cli-results-partner = { $partner }: { $orders }, ingresos netos { $net }, ganancia bruta { $profit }, costo { $cost }, ROI { $roi }, { $new ->
    [one] { $new } cliente nuevo
   *[other] { $new } clientes nuevos
    }
cli-results-orders-said = { $orders } (de ellos { $said } según el cliente, { $net })
cli-results-total = total: { $orders }, ingresos netos { $net }, ganancia bruta { $profit }, costo { $cost }, ROI { $roi }
cli-results-roi-with-lift = { $roi } (ventas contadas; con el aumento de ventas de los colaboradores sin código: { $range })
cli-results-conflict = conflicto: el pedido { $order } usó { $codes }: contado para { $partner }, también coincidía con { $others }

## export, report, estado de cuenta
cli-export-written = { $path } guardado ({ $rows })
cli-file-written = { $path } guardado
cli-statement-csv-written = { $path } guardado ({ $rows })
cli-missing-glyphs = nota: ninguna fuente de esta computadora tiene { $characters }: en el PDF se ven como cuadros

## entregables
cli-deliverable-line = #{ $id } fecha límite { $due } { $status } { $partner } · { $campaign } · { $kind }
cli-deliverable-described = { $line }: { $description }
cli-deliverable-status = { $status ->
    [planned] previsto
    [due] vence
    [done] hecho
   *[missed] no entregado
    }
cli-deliverable-deleted = entregable { $id } eliminado

## pagos, códigos filtrados
cli-payment-recorded = pago { $id } de { $amount } a { $partner } el { $day } registrado; saldo actual { $balance }
cli-payment-deleted = pago { $id } eliminado
cli-leak-marked = { $code } marcado como filtrado desde el { $day }: sus pedidos desde ese día no cuentan para el colaborador
cli-leak-unmarked = { $code } ya no está marcado como filtrado

## info
cli-info-file = archivo: { $path }
cli-info-schema = versión del esquema: { $version }
cli-info-shop = tienda: { $name } ({ $currency })
cli-info-no-currency = aún sin moneda
cli-info-partners = colaboradores: { $count }
cli-info-campaigns = campañas: { $count }

## lift-study
cli-lift-study = { $shops ->
    [one] { $shops } tienda
   *[other] { $shops } tiendas
    } (semilla { $seed }): cobertura del intervalo del 95 % { $coverage } %, sesgo { $bias } % de las ventas habituales del periodo; sin aumento real, aumento detectado (intervalo por encima de 0) { $claimed } %, intervalo que excluye el 0 por uno u otro lado { $excludes } %
cli-lift-study-scenario = aumento { $uplift } %: { $runs ->
    [one] { $runs } simulación
   *[other] { $runs } simulaciones
    }, cobertura { $coverage } %, sesgo { $bias } %, detectado (intervalo por encima de 0) { $detected } %, datos insuficientes { $short }
