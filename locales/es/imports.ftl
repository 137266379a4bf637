# Las filas que una importación rechaza y lo que anota sobre un archivo: se muestran en la vista previa, en el CSV
# de problemas y en la línea de comandos. Los nombres de columna y las fechas de ejemplo son los del archivo.

row-not-whole-quantity = no es una cantidad entera
row-amount-empty = el importe está vacío
row-not-an-amount = no es un importe
row-too-precise = { $digits ->
    [one] más de 1 decimal
   *[other] más de { $digits } decimales
    }
row-amount-too-large = el importe es demasiado grande
row-expected-etsy-date-dmy = se esperaba una fecha como 05/03/24 (con el día primero, como en el resto del archivo)
row-expected-etsy-date-mdy = se esperaba una fecha como 03/05/24
row-unknown-status = { $platform ->
    [Etsy] no es un estado de pedido que Etsy documente
    [Square] no es un estado de transacción que Square documente
    [Stripe] no es un estado de pago que Stripe documente
    [Shopify] no es un estado financiero que Shopify documente
    [WooCommerce] no es un estado de pedido que WooCommerce documente
    [PayPal] no es un estado que PayPal documente
   *[other] no es un estado que LocalLift conozca (“paid”, “pending”, “cancelled”…)
    }
row-expected-day-first = se esperaba una fecha con el día primero, como 31/12/2024 (como en el resto del archivo)
row-expected-month-first = se esperaba una fecha con el mes primero, como 12/31/2024 (como en el resto del archivo)
row-expected-time = se esperaba una hora como 14:05:09
row-not-a-date-in-order = no es una fecha en el orden elegido (año-mes-día, mes/día/año o día/mes/año)
row-order-id-empty = el ID del pedido está vacío
row-other-amount = otra fila del pedido { $order } con un importe distinto al de su primera fila: si cada fila es un artículo, indícalo (“cada fila es un artículo”) y los importes se sumarán
row-expected-square-date = se esperaba en “Date” una fecha como 2024-03-05 y en “Time” una hora como 14:07:31
row-expected-stripe-date = se esperaba una fecha como 2024-03-05 14:07:31
row-negative-payment = un pago con un importe negativo
row-expected-shopify-date = se esperaba una fecha como 2024-03-05 14:07:31 -0500
row-partial-refund-no-column = reembolsado en parte, pero la exportación no tiene la columna “Refunded Amount”
row-order-name-empty = el nombre del pedido está vacío
row-expected-woo-date = se esperaba una fecha como 2024-12-31 14:50
row-order-number-empty = el número de pedido está vacío
row-expected-woo-analytics-date = se esperaba una fecha como 2024-12-31 14:50:00
row-text-after-quote = hay texto después de una comilla de cierre (dentro de un campo entre comillas, cada comilla se escribe doble: "")
row-quote-never-closes = aquí se abren unas comillas que nunca se cierran, así que las filas siguientes no se pueden leer: no se importa nada hasta que se cierren (o se quiten)
row-field-count = se esperaban { $expected } campos y hay { $found } (¿unas comillas rotas o una fila cortada?)
row-order-repeated = este pedido vuelve a aparecer en el archivo, separado de sus primeras filas y distinto de ellas; una exportación incluye cada pedido una sola vez (¿dos exportaciones pegadas una tras otra?)

# Las columnas del CSV con los problemas de las filas de una importación.
errors-csv-line = línea
errors-csv-column = columna
errors-csv-value = valor
errors-csv-reason = motivo
row-account-of-another = esta cuenta es de { $name } (línea { $line }): una cuenta no puede ser de dos personas
row-too-long = demasiado largo (máximo { $max } caracteres)
row-not-an-email = no es una dirección de correo electrónico
# Las palabras en español que la importación reconoce (además de las inglesas prospect, contacted, negotiating, active, paused, past).
row-unknown-stage = no es una etapa que LocalLift conozca: escribe prospecto, contactado, negociando, activo, en pausa o terminado
row-unknown-platform = no es una plataforma que LocalLift conozca
row-not-followers = no es un número de seguidores
row-not-engagement = no es una tasa de interacción
row-engagement-range = la tasa de interacción debe estar entre 0 % y 100 %
row-not-a-date = no es una fecha
row-no-name-no-handle = sin nombre ni usuario: nada indica de quién es esta fila
row-not-a-link = no es una dirección web
row-not-a-handle = no es un usuario (una sola palabra, con o sin @)
row-account-without-handle = números o un enlace sin el usuario de la cuenta
row-no-name-no-account = sin nombre ni cuenta: nada indica de quién es esta fila
row-day-after-today = un día posterior a hoy
row-accounts-of-two-partners = estas cuentas son de dos colaboradores distintos en LocalLift ({ $first } y { $second }): pon a cada colaborador en su propia fila

# Lo que anota una importación de colaboradores, comunidades o publicaciones sobre su archivo.
note-engagement-fractions = La interacción de “{ $column }” se lee como fracciones (0.034 es un 3.4 %): todos los valores son 1 o menos y ninguno lleva %.
note-leader-unknown = { $community }: no hay un único colaborador llamado “{ $name }”, así que el responsable queda vacío.
row-unknown-community-kind = no es un tipo de comunidad que LocalLift conozca
row-not-members = no es un número de miembros
row-no-community-name = sin nombre: nada indica de qué comunidad es esta fila
note-posts-elsewhere = { $count ->
    [one] 1 publicación es de una cuenta que tiene otro colaborador: va a ese colaborador.
   *[other] { $count } publicaciones son de cuentas que tiene otro colaborador: van a ese colaborador.
    }
note-posts-outside = { $count ->
    [one] 1 publicación es de un día fuera de todas las campañas del colaborador: no se importa (una publicación solo cuenta dentro de una campaña).
   *[other] { $count } publicaciones son de días fuera de todas las campañas del colaborador: no se importan (una publicación solo cuenta dentro de una campaña).
    }
note-posts-total-row = La fila “Total” es la suma de las demás: no se importa.
note-posts-undated = { $count ->
    [one] 1 publicación no tiene hora de publicación: no se importa
   *[other] { $count } publicaciones no tienen hora de publicación: no se importan
    }
row-no-video-id = falta el ID del video
row-no-post-link = falta el enlace a la publicación
row-not-a-count = no es una cifra

# Una hoja de cálculo de colaboradores, comunidades o publicaciones que no se puede leer.
sheet-unreadable = no es una hoja de cálculo que LocalLift pueda leer ({ $detail })
sheet-tab-unreadable = no se puede leer la hoja “{ $name }” ({ $detail })
sheet-too-many-rows = más de { $max } filas: esto no es una lista de colaboradores
sheet-no-table = ninguna hoja de este libro contiene una tabla
sheet-line-problem = línea { $line }: { $reason }
sheet-no-table-rows = el archivo no contiene ninguna tabla: ninguna fila tiene dos celdas o más

# Lo que una importación de ventas supuso y dejó fuera, una frase cada cosa (la línea de comandos las muestra bajo sus cifras).
import-dates-file = Fechas leídas { $order ->
        [dmy] con el día primero (31/12)
       *[mdy] con el mes primero (12/31)
    }: “{ $value }” en la línea { $line } no se puede leer de otra forma.
import-dates-owner = Fechas leídas { $order ->
        [dmy] con el día primero (31/12)
       *[mdy] con el mes primero (12/31)
    }, como elegiste.
import-dates-export = Fechas leídas { $order ->
        [dmy] con el día primero (31/12)
       *[mdy] con el mes primero (12/31)
    }, como las escribe esta exportación; ninguna fecha del archivo lo aclara (ningún día pasa del 12), así que revisa los días.
import-dates-locale = Fechas leídas { $order ->
        [dmy] con el día primero (31/12)
       *[mdy] con el mes primero (12/31)
    }, como se escriben en el idioma y la región de la tienda ({ $locale }); ninguna fecha del archivo lo aclara (ningún día pasa del 12), así que revisa los días.
import-dates-zone = Fechas leídas { $order ->
        [dmy] con el día primero (31/12)
       *[mdy] con el mes primero (12/31)
    }, como se escriben donde está la tienda ({ $zone }); ninguna fecha del archivo lo aclara (ningún día pasa del 12), así que revisa los días.
import-dates-default = Fechas leídas { $order ->
        [dmy] con el día primero (31/12)
       *[mdy] con el mes primero (12/31)
    }; ninguna fecha del archivo lo aclara (ningún día pasa del 12), así que revisa los días.
import-tax-inside = { $count ->
        [one] 1 pedido tenía impuestos incluidos en sus precios (IVA o GST); se quitaron de los ingresos netos.
       *[other] { $count } pedidos tenían impuestos incluidos en sus precios (IVA o GST); se quitaron de los ingresos netos.
    }
import-tax-assumed-inside = { $count ->
        [one] En 1 pedido, el archivo no indica si los impuestos están en los precios: se consideró que sus precios los incluyen y se quitaron de los ingresos netos. Elige lo contrario si tus precios no incluyen impuestos.
       *[other] En { $count } pedidos, el archivo no indica si los impuestos están en los precios: se consideró que sus precios los incluyen y se quitaron de los ingresos netos. Elige lo contrario si tus precios no incluyen impuestos.
    }
import-tax-assumed-on-top = { $count ->
        [one] En 1 pedido, el archivo no indica si los impuestos están en los precios: se consideró que sus precios no los incluyen (impuestos aparte). Elige lo contrario si tus precios incluyen impuestos.
       *[other] En { $count } pedidos, el archivo no indica si los impuestos están en los precios: se consideró que sus precios no los incluyen (impuestos aparte). Elige lo contrario si tus precios incluyen impuestos.
    }
import-unpaid = { $count ->
        [one] 1 pedido aún sin pagar: se guarda y se contará cuando una exportación posterior indique que se pagó.
       *[other] { $count } pedidos aún sin pagar: se guardan y se contarán cuando una exportación posterior indique que se pagaron.
    }
import-refunds-pending = { $count ->
        [one] 1 reembolso de un pedido que aún no se importó: se guarda y se aplicará cuando se importe su pedido.
       *[other] { $count } reembolsos de pedidos que aún no se importaron: se guardan y se aplicarán cuando se importen sus pedidos.
    }
import-cancelled = { $count ->
        [one] 1 pedido cancelado, anulado o fallido: se guarda, pero nunca se cuenta.
       *[other] { $count } pedidos cancelados, anulados o fallidos: se guardan, pero nunca se cuentan.
    }
import-skipped-payment-out = { $count ->
        [one] Se omitió 1 pago saliente (dinero que pagó la tienda): no es una venta.
       *[other] Se omitieron { $count } pagos salientes (dinero que pagó la tienda): no son ventas.
    }
import-skipped-transfer = { $count ->
        [one] Se omitió 1 transferencia o retiro: no es una venta.
       *[other] Se omitieron { $count } transferencias y retiros: no son ventas.
    }
import-skipped-hold = { $count ->
        [one] Se omitió 1 retención o liberación de fondos: no es una venta.
       *[other] Se omitieron { $count } retenciones y liberaciones de fondos: no son ventas.
    }
import-skipped-conversion = { $count ->
        [one] Se omitió 1 conversión de moneda: no es una venta.
       *[other] Se omitieron { $count } conversiones de moneda: no son ventas.
    }
import-skipped-foreign-currency = { $count ->
        [one] Se omitió 1 pago en otra moneda, no convertido en este archivo: no es una venta.
       *[other] Se omitieron { $count } pagos en otra moneda, no convertidos en este archivo: no son ventas.
    }
import-skipped-declined = { $count ->
        [one] Se omitió 1 intento de pago rechazado: no es una venta.
       *[other] Se omitieron { $count } intentos de pago rechazados: no son ventas.
    }
import-skipped-other = { $count ->
        [one] Se omitió 1 fila de otra actividad: no es una venta.
       *[other] Se omitieron { $count } filas de otras actividades: no son ventas.
    }

# Lo que una importación cambia de un colaborador o una comunidad que ya existe (la vista previa lo enumera por fila).
change-field-replaced = { $field ->
        [email] correo electrónico
        [phone] teléfono
        [neighborhood] barrio
        [city] ciudad
        [link] enlace
       *[topic] tema
    } “{ $old }” → “{ $new }”
change-field-set = { $field ->
        [email] correo electrónico
        [phone] teléfono
        [neighborhood] barrio
        [city] ciudad
        [link] enlace
       *[topic] tema
    } “{ $value }”
change-niche = temática “{ $niche }”
change-stage = etapa: { $from } → { $to }
change-stage-set = etapa: { $stage }
change-notes = notas
change-account = cuenta de { $platform } @{ $handle }
change-link = enlace al perfil de { $platform }
change-followers = seguidores en { $platform }: { $followers } el { $day }
change-kind = tipo: { $kind }
change-members = miembros: { $members }
change-leader = responsable
change-new-account = { $platform } @{ $handle }
