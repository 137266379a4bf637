# Palabras de las pantallas de importación: exportaciones de ventas, hojas de colaboradores y comunidades,
# publicaciones de un colaborador y respuestas de los clientes a “¿Cómo nos conociste?”.
# Las frases que escribe el núcleo (notas de importación, problemas de filas, errores de archivo) no están aquí.

## Común
import-cancel = Cancelar
import-undo = Deshacer
import-undoing = Deshaciendo…
import-done = Listo
import-import = Importar
import-importing = Importando…
import-import-valid-rows = Importar las filas válidas
import-choose-file = Elegir un archivo…
import-choose-another-file = Elegir otro archivo
import-type-path = O escribe su ruta
import-read = Leer
import-reading = Leyendo { $file }…
import-what-read = Lo que leyó LocalLift
import-read-this-way = Leído así
import-seen-before = Ya importado antes
import-seen-before-changes-nothing = Este mismo archivo ya se importó; volver a importarlo no cambia nada.
import-undone-notice = Importación de { $file } deshecha
import-file-rows = { $format }, { $rows ->
    [one] { $rows } fila
   *[other] { $rows } filas
    }
import-imported = Importado: { $new } nuevos, { $updated } actualizados.
import-problems = Problemas
import-col-line = Línea
import-col-column = Columna
import-col-value = Valor
import-col-problem = Problema
import-problems-left-out-if = { $count ->
    [one] { $count } problema: su fila queda fuera si importas las filas válidas
   *[other] { $count } problemas: sus filas quedan fuera si importas las filas válidas
    }
import-first-shown = Se muestran los primeros { $count }.

## Importar ventas
import-sales-title = Importar ventas
import-sales-choose-title = Elige una exportación de ventas
import-sales-filter = Exportaciones de ventas
import-sales-imported-notice = { $count ->
    [one] { $count } pedido nuevo importado de { $file }
   *[other] { $count } pedidos nuevos importados de { $file }
    }
import-sales-nothing-new-notice = Nada nuevo en este archivo
import-sales-save-problems-title = Guardar la lista de problemas
import-sales-problems-file = { $file }-problemas.csv
import-sales-problems-saved = Lista de problemas guardada como { $file }
import-sales-cancelled = Importación cancelada: no se cambió nada.
import-sales-drop = Arrastra una exportación de ventas a esta ventana
import-sales-intro = Pedidos exportados de Shopify, Square (artículos o transacciones), WooCommerce, Etsy (pedidos o artículos), Stripe o PayPal, tal como los escribe la plataforma. LocalLift reconoce el formato, te muestra lo que leyó y no importa nada hasta que tú lo digas.
import-sales-any-csv = También se puede importar cualquier otro CSV
import-sales-any-csv-how = (la exportación de tu caja, una hoja de cálculo): si un archivo no viene de una de estas plataformas, LocalLift te muestra sus columnas y tú le dices cuál tiene el número de pedido, la fecha y el importe.
import-sales-type-path = Escribir la ruta de un archivo
import-sales-path = Ruta del archivo
import-sales-path-example = /home/yo/Descargas/orders_export.csv
import-sales-read-it = Leerlo
import-sales-map-columns = Asignar las columnas de { $file }
import-sales-file-facts = { $encoding }, separador “{ $delimiter }”, { $rows ->
    [one] { $rows } fila
   *[other] { $rows } filas
    }
import-sales-format = Formato
import-sales-recognized-as = Reconocido como
import-sales-orders = Pedidos
import-sales-orders-read = { $count }:
import-sales-orders-new = { $count ->
    [one] { $count } nuevo
   *[other] { $count } nuevos
    }
import-sales-orders-others = , { $updated ->
        [one] { $updated } cambiado
       *[other] { $updated } cambiados
    } desde la última vez, { $unchanged } ya estaban aquí
import-sales-dates-written = Formato de fecha
import-sales-day-first = Día primero (31/12/2024)
import-sales-month-first = Mes primero (12/31/2024)
import-sales-tax = Impuestos
import-sales-prices-include-tax = Mis precios incluyen impuestos (IVA): quitarlos de los ingresos netos
import-sales-refunds = Reembolsos
import-sales-refunds-applied = { $count ->
    [one] { $count } fila de reembolso aplicada a su pedido
   *[other] { $count } filas de reembolso aplicadas a sus pedidos
    }
import-sales-currency = Moneda
import-sales-currency-from-file = Tu tienda aún no tiene moneda: será { $currency }, como en este archivo.
import-sales-seen-before = Este mismo archivo ya se importó; volver a importarlo no agrega nada.
import-sales-backup = Copia de seguridad
import-sales-sample = Primeros pedidos tal como se leyeron
import-sales-col-order = Pedido
import-sales-col-placed = Fecha
import-sales-col-channel = Canal
import-sales-col-gross = Bruto
import-sales-col-discounts = Descuentos
import-sales-col-refunds = Reembolsos
import-sales-col-net = Neto
import-sales-col-codes = Códigos
import-sales-col-items = Artículos
import-sales-status-unpaid = Aún sin pagar
import-sales-status-cancelled = Cancelado
import-sales-channel-in-store = En tienda
import-sales-channel-online = En línea
import-sales-channel-other = Otro
import-sales-net-explained = Neto = bruto − descuentos − reembolsos; los impuestos (también los incluidos en los precios) y el envío no son ingresos. Los pedidos aún sin pagar o cancelados se guardan, pero no se cuentan.
import-sales-problem-rows = { $count ->
    [one] { $count } fila tiene un problema
   *[other] { $count } filas tienen problemas
    }
import-sales-first-problems = Se muestran los primeros { $shown }; la lista guardada tiene { $count }.
import-sales-save-problems = Guardar la lista de problemas…
import-sales-nothing-to-import = Todos los pedidos de este archivo ya están en LocalLift: no hay nada que importar.
import-sales-import-orders = { $count ->
    [one] Importar { $count } pedido
   *[other] Importar { $count } pedidos
    }
import-sales-import-valid = Importar los pedidos válidos y omitir los problemas
import-sales-progress = Progreso de la importación
import-sales-rows-read = { $count ->
    [one] { $count } fila leída
   *[other] { $count } filas leídas
    }
import-sales-rows-read-share = { $count ->
    [one] { $count } fila leída, { $share }
   *[other] { $count } filas leídas, { $share }
    }
import-sales-imported = Importado: { $new } pedidos nuevos, { $updated } actualizados.
import-sales-nothing-imported = No se importó nada nuevo.
import-sales-import-another = Importar otro archivo
import-sales-in-locallift = Ventas en LocalLift
import-sales-total = { $count ->
    [one] { $orders } pedido
   *[other] { $orders } pedidos
    }, ingresos netos { $revenue }{ $codes ->
    [0] .
    [one] ; { $codes } código de descuento usado.
   *[other] ; { $codes } códigos de descuento usados.
    }
import-sales-history = Historial de importaciones
import-sales-history-empty = Aún no hay importaciones
import-sales-history-empty-demo-hint = Las ventas de la tienda de demostración se generaron con ella, no se importaron de un archivo. Cada archivo que importes aparecerá aquí con lo que agregó, y se podrá deshacer.
import-sales-history-empty-hint = Cada importación aparece aquí con lo que agregó, y se puede deshacer.
import-sales-col-file = Archivo
import-sales-col-when = Cuándo
import-sales-col-new = Nuevos
import-sales-col-changed = Cambiados
import-sales-col-net-change = Cambio en ingresos netos
import-sales-undone = Deshecha

## Columnas de un archivo desconocido
import-mapping-form = Asignación de columnas
import-mapping-intro = Las columnas de este archivo no coinciden con ninguna exportación que LocalLift conozca, pero cualquier CSV se puede importar: dile qué contiene cada columna; LocalLift lo recordará para los archivos con las mismas columnas. Una fila con un importe negativo se lee como un reembolso del pedido que indica.
import-mapping-order-id = Número de pedido o de ticket
import-mapping-order-id-hint = Las filas seguidas con el mismo número son un solo pedido
import-mapping-placed-at = Fecha (y hora)
import-mapping-placed-at-hint = Se lee en la zona horaria de la tienda, salvo que indique un desfase
import-mapping-gross = Importe de los productos
import-mapping-gross-hint = Antes de descuentos; si solo hay un total, los impuestos y el envío cuentan como ingresos
import-mapping-code = Código de descuento
import-mapping-discount = Importe del descuento
import-mapping-refund = Importe reembolsado
import-mapping-shipping = Envío
import-mapping-tax = Impuestos
import-mapping-customer = Correo electrónico o ID del cliente (solo se guarda como clave anonimizada)
import-mapping-channel = Canal (un texto como “pos”, “till” o “store” significa en tienda)
import-mapping-location = Ubicación
import-mapping-currency = Moneda
import-mapping-item-name = Artículo
import-mapping-quantity = Cantidad
import-mapping-status = Estado (pagado, pendiente, cancelado…: solo cuentan los pedidos pagados)
import-mapping-total = Total del pedido (indica si los precios incluyen impuestos)
import-mapping-refund-of = Número del pedido reembolsado (para filas de reembolso con importe negativo)
import-mapping-said = ¿Cómo nos conociste? (respuesta)
import-mapping-dates = Las fechas se escriben
import-mapping-dates-ymd = año-mes-día (2024-03-05)
import-mapping-dates-mdy = mes/día/año (03/05/2024)
import-mapping-dates-dmy = día/mes/año (05/03/2024, 05.03.2024)
import-mapping-none = — ninguna —
import-mapping-decimal-comma = Los importes usan coma decimal (12,50)
import-mapping-amounts-per-row = Cada fila es un artículo: sumar los importes de las filas de un pedido
import-mapping-preview = Vista previa con estas columnas

## Qué contiene una columna de una hoja de colaboradores o comunidades
import-column-leave-out = Omitir
import-column-name = Nombre
import-column-first-name = Nombre de pila
import-column-last-name = Apellidos
import-column-email = Correo electrónico
import-column-phone = Teléfono
import-column-neighborhood = Barrio
import-column-city = Ciudad
import-column-niches = Temáticas
import-column-stage = Etapa
import-column-notes = Notas
import-column-platform = Plataforma (de la cuenta de la fila)
import-column-as-of = Medido el (fecha)
import-column-kind = Tipo de comunidad (grupo de Facebook, Discord…)
import-column-topic = Tema
import-column-members = Miembros
import-column-leader = Responsable (nombre de un colaborador)
import-column-handle = Usuario de { $platform }
import-column-handle-any = Usuario (plataforma de la fila)
import-column-url = Enlace al perfil de { $platform }
import-column-url-any = Enlace al perfil (plataforma de la fila o del enlace)
import-column-followers = Seguidores en { $platform }
import-column-followers-any = Seguidores (plataforma de la fila)
import-column-engagement = Interacción en { $platform } (%)
import-column-engagement-any = Interacción (plataforma de la fila)
import-column-group-person = Persona
import-column-group-account = Cuenta (plataforma de la fila)
import-column-group-community = Comunidad
import-column-community-link = Enlace (página de su grupo, servidor o club)

## Importar colaboradores o comunidades desde una hoja de cálculo
import-partners-title = Importar colaboradores desde una hoja de cálculo
import-communities-title = Importar comunidades desde una hoja de cálculo
import-partners-choose-title = Elige una hoja de colaboradores
import-partners-filter = Hojas de cálculo
import-partners-imported-notice = Colaboradores importados de { $file }: { $new } nuevos, { $updated } actualizados
import-communities-imported-notice = Comunidades importadas de { $file }: { $new } nuevas, { $updated } actualizadas
import-partners-intro = Una lista de los creadores, organizadores y negocios con los que trabajas, desde cualquier hoja de cálculo: CSV, Excel (.xlsx, .xls) u OpenDocument (.ods). Una fila por persona, o una por cuenta. LocalLift te muestra lo que lee y qué columna toma para cada cosa, y no importa nada hasta que tú lo digas.
import-communities-intro = Una lista de los clubes de corredores, grupos de madres y padres, servidores y otras comunidades con las que trabajas, desde cualquier hoja de cálculo: CSV, Excel (.xlsx, .xls) u OpenDocument (.ods), una fila por comunidad (nombre, tipo, enlace, miembros, tema, lugar, responsable, etapa, notas). LocalLift te muestra lo que lee y qué columna toma para cada cosa, y no importa nada hasta que tú lo digas.
import-partners-path-example = /home/yo/Documentos/creadores.xlsx
import-partners-last = Última importación: { $file }, { $when }: { $new } nuevos, { $updated } actualizados.
import-partners-undone-file = Importación de { $file } deshecha: los colaboradores y cuentas que agregó y los campos que cambió vuelven a estar como antes.
import-partners-needs-mapping = Elige la columna con el nombre, el usuario o el enlace al perfil de cada colaborador.
import-partners-partners = Colaboradores
import-partners-summary = { $new } nuevos, { $updated } actualizados, { $unchanged } sin cambios
import-partners-summary-problems = { $new } nuevos, { $updated } actualizados, { $unchanged } sin cambios, { $problems ->
    [one] { $problems } problema
   *[other] { $problems } problemas
    }
import-partners-accounts = Cuentas
import-partners-accounts-new = { $accounts ->
        [one] { $accounts } cuenta nueva
       *[other] { $accounts } cuentas nuevas
    }, { $readings ->
        [one] { $readings } medición nueva de seguidores
       *[other] { $readings } mediciones nuevas de seguidores
    }
import-partners-columns = Columnas
import-partners-source-suggested = Deducido de los nombres de las columnas: revisa cada columna y cambia las que estén mal.
import-partners-source-saved = Como elegiste la última vez para un archivo con estas columnas.
import-partners-source-given = Como elegiste.
import-partners-reading-again = Leyendo de nuevo…
import-partners-col-first-row = Primera fila
import-partners-col-holds = Contiene
import-partners-column-n = Columna { $n }
import-partners-people = A quién agrega o cambia la importación
import-partners-people-table = Colaboradores en este archivo
import-partners-col-partner = Colaborador
import-partners-col-what = Qué
import-partners-new = Nuevo
import-partners-updated = Actualizado
import-partners-first-of = Se muestran los primeros { $shown } de { $count }.
import-partners-nothing-to-import = Todos los colaboradores de este archivo ya están en LocalLift tal como aparecen en él: no hay nada que importar.
import-partners-undone = Importación deshecha: los colaboradores y cuentas que agregó y los campos que cambió vuelven a estar como antes.
import-partners-problems-left-out = { $count ->
    [one] { $count } problema: su fila quedó fuera.
   *[other] { $count } problemas: sus filas quedaron fuera.
    }
import-partners-nothing-imported = No se importó nada: todos los colaboradores de este archivo ya están en LocalLift tal como aparecen en él.

## Importar las publicaciones de un colaborador desde la exportación de una plataforma
import-posts-title = Importar publicaciones desde la exportación de una plataforma
import-posts-choose-title = Elige una exportación de publicaciones
import-posts-filter = Exportaciones
import-posts-imported-notice = Publicaciones importadas de { $file }: { $new } nuevas, { $updated } actualizadas
import-posts-intro = Las publicaciones de { $partner } y sus cifras (alcance, me gusta, comentarios, compartidos, guardados), desde la propia exportación de la plataforma:
# Los menús de las plataformas, tal como ellas los llaman.
import-posts-where-meta = Meta Business Suite (Instagram, Facebook) › Content › Export
import-posts-where-tiktok = TikTok Studio › Analytics › Content › Download
import-posts-where-youtube = YouTube Studio › Analytics › Advanced mode › Export as CSV (el archivo “Table data.csv”)
import-posts-how = Cada publicación va a la campaña del colaborador que corresponde a su fecha; una publicación de un día fuera de todas las campañas del colaborador queda fuera. Un archivo que no nombra ninguna cuenta (el de YouTube), o una cuenta que ningún colaborador tiene, se toma como de { $partner }; las publicaciones de una cuenta que tiene otro colaborador van a ese colaborador. LocalLift te muestra lo que lee y no importa nada hasta que tú lo digas.
import-posts-path-example = /home/yo/Descargas/Table data.csv
import-posts-last = Última importación de publicaciones: { $file }, { $when }: { $new } nuevas, { $updated } actualizadas.
import-posts-undone-file = Importación de { $file } deshecha: las publicaciones que agregó ya no están y las que cambió vuelven a estar como antes.
import-posts-needs-partner = Esta exportación no nombra ninguna cuenta: LocalLift no puede saber de quién son estas publicaciones.
import-posts-posts = Publicaciones
import-posts-summary = { $new } nuevas, { $updated } actualizadas, { $unchanged } sin cambios
import-posts-summary-outside = { $new } nuevas, { $updated } actualizadas, { $unchanged } sin cambios, { $outside } fuera de toda campaña
import-posts-summary-problems = { $new } nuevas, { $updated } actualizadas, { $unchanged } sin cambios, { $problems ->
    [one] { $problems } problema
   *[other] { $problems } problemas
    }
import-posts-summary-outside-problems = { $new } nuevas, { $updated } actualizadas, { $unchanged } sin cambios, { $outside } fuera de toda campaña, { $problems ->
    [one] { $problems } problema
   *[other] { $problems } problemas
    }
import-posts-unknown-accounts-note = { $count ->
    [one] Esta cuenta no es de ningún colaborador: { $accounts }. Sus publicaciones contarán como de { $partner }. Si no es así, cancela y agrega primero la cuenta al perfil del colaborador correcto.
   *[other] Estas cuentas no son de ningún colaborador: { $accounts }. Sus publicaciones contarán como de { $partner }. Si no es así, cancela y agrega primero las cuentas al perfil del colaborador correcto.
    }
import-posts-account-separator = {", "}
import-posts-nothing-to-import = No hay nada que importar: cada publicación de este archivo en un día de campaña ya está en LocalLift con estas cifras.
import-posts-undone = Importación deshecha: las publicaciones que agregó ya no están y las que cambió vuelven a estar como antes.
import-posts-left-out-outside = Sin importar: { $outside ->
        [one] { $outside } publicación fuera de toda campaña
       *[other] { $outside } publicaciones fuera de toda campaña
    }.
import-posts-left-out-problems = Sin importar: { $problems ->
        [one] { $problems } fila con un problema
       *[other] { $problems } filas con problemas
    }.
import-posts-left-out-both = Sin importar: { $outside ->
        [one] { $outside } publicación fuera de toda campaña
       *[other] { $outside } publicaciones fuera de toda campaña
    }, { $problems ->
        [one] { $problems } fila con un problema
       *[other] { $problems } filas con problemas
    }.
import-posts-nothing-imported = No se importó nada: cada publicación de este archivo en un día de campaña ya está en LocalLift con estas cifras.

## Cómo te conocieron los clientes
import-survey-title = Cómo te conocieron los clientes
import-survey-intro = Muchos pedidos traen la respuesta del cliente a “¿Cómo nos conociste?”. Lee cada respuesta una vez e indica a qué colaborador nombra (o que no nombra a ninguno): los pedidos sin código de descuento cuya respuesta nombra a un colaborador de una campaña cuentan entonces para ese colaborador como “según el cliente”, después de los códigos y nunca dos veces; se muestran aparte y no generan comisión.
import-survey-reading = Leyendo las respuestas…
import-survey-empty = Aún no hay respuestas
import-survey-empty-hint = Las respuestas llegan con los pedidos que importas: las exportaciones de Shopify las traen en “Note Attributes” (“¿Cómo nos conociste?”) y en las notas del pedido, las de WooCommerce en “Customer Note”, y cualquier otro CSV en la columna que asignes como respuesta. Cuando importes pedidos con respuestas, cada respuesta aparecerá aquí para que la leas.
import-survey-read-count = { $read } de { $total } { $total ->
    [one] respuesta leída
   *[other] respuestas leídas
    }
import-survey-accept-all = Aceptar todas las sugerencias ({ $count })
import-survey-only-unread = Mostrar solo las respuestas sin leer
import-survey-table = Respuestas de los clientes
import-survey-col-answer = Respuesta
import-survey-col-orders = Pedidos
import-survey-col-net = Ingresos netos
import-survey-col-names = Nombra a
import-survey-select = Colaborador nombrado en “{ $answer }”
import-survey-not-read = — sin leer —
import-survey-no-partner = Ningún colaborador
import-survey-its = Es { $partner }
import-survey-forget = Olvidar
import-survey-forget-hint = Olvidar cómo se leyó esta respuesta
import-survey-none-left = No queda ninguna respuesta por leer.
import-survey-all-read = Todas las respuestas están leídas; las de los pedidos que importes más adelante también aparecerán aquí.
import-survey-partner-n = Colaborador { $id }
import-survey-read-notice = “{ $answer }”: nombra a { $partner }
import-survey-read-none-notice = “{ $answer }”: no nombra a ningún colaborador
import-survey-forgotten-notice = “{ $answer }” vuelve a estar sin leer
import-survey-accepted-notice = { $count ->
        [one] { $count } respuesta leída como se sugería
       *[other] { $count } respuestas leídas como se sugería
    }
import-survey-said-share = { $said } de { $total } { $total ->
    [one] pedido
   *[other] pedidos
    } ({ $percent }) { $said ->
    [one] se basa
   *[other] se basan
    } en lo que dijeron los clientes
