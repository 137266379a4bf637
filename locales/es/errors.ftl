# Los errores del núcleo: lo que dicen la ventana, la línea de comandos y los registros cuando algo se rechaza o falla.
# Los ids empiezan por `error-` (qué salió mal), `invalid-` (un dato rechazado, mostrado junto a su campo),
# `field-` (el nombre de un campo dentro de esa frase), `busy-` (en qué está ocupado el archivo de la tienda).

error-invalid = dato no válido
error-not-found = { $entity ->
    [campaign] no se encontró la campaña { $id }
    [campaign-partner] no se encontró el participante de campaña { $id }
    [community] no se encontró la comunidad { $id }
    [deliverable] no se encontró el entregable { $id }
    [feedback] no se encontró el comentario { $id }
    [holiday] no se encontró el día especial { $id }
    [import] no se encontró la importación { $id }
    [partner] no se encontró el colaborador { $id }
    [partner-import] no se encontró la importación de colaboradores { $id }
    [payment] no se encontró el pago { $id }
    [post] no se encontró la publicación { $id }
    [promo-code-of-campaign-partner] no se encontró el código de descuento del participante de campaña { $id }
    [social-account] no se encontró la cuenta de red social { $id }
   *[other] no se encontró { $entity } { $id }
    }
error-locked = este archivo de tienda ya está abierto en otra ventana u otro comando de LocalLift ({ $path })
error-read-only = este archivo de tienda está en un disco o una carpeta donde LocalLift no puede escribir ({ $path })
error-too-new = este archivo de tienda lo creó una versión más reciente de LocalLift (esquema { $found }; esta versión conoce hasta el esquema { $known })
error-in-file = { $file }: { $message }
error-cancelled = cancelado; no se cambió nada
error-database = falló la base de datos de la tienda: { $detail }
error-migration = falló la actualización de la base de datos de la tienda: { $detail }
error-io = error de archivo: { $detail }
error-corrupt = los datos guardados no son válidos: { $detail }
error-document = no se pudo crear el documento: { $detail }
# $what es uno de los mensajes busy-* de abajo, escrito entre paréntesis.
error-busy = el archivo de la tienda está ocupado ({ $what }); vuelve a intentarlo cuando termine
busy-migrating = se está poniendo al día
busy-customers = está actualizando sus clientes
busy-long-task = hay una tarea larga en marcha: una importación, un PDF o una restauración
# Texto para el que el núcleo aún no tiene un mensaje propio (las palabras de una biblioteca).
error-text = { $text }

# Datos rechazados, mostrados junto al campo. $label es uno de los nombres field-* de abajo.
invalid-required = El campo “{ $label }” es obligatorio
invalid-too-long = El campo “{ $label }” es demasiado largo (máximo { $max } caracteres)
invalid-email = “{ $value }” no es una dirección de correo electrónico válida
invalid-link-scheme = un enlace debe empezar por http:// o https://
invalid-link = “{ $value }” no es una dirección web válida
invalid-negative = El campo “{ $label }” no puede ser negativo
invalid-percent = El campo “{ $label }” debe estar entre 0 % y 100 %
invalid-rating = El campo “{ $label }” se puntúa del 1 al 5
invalid-currency = “{ $value }” no es un código de moneda ISO 4217 (como EUR, MXN o USD)
invalid-time-zone = “{ $value }” no es una zona horaria conocida (como America/Mexico_City o Europe/Madrid)

# Nombres de campo dentro de las frases de arriba.
field-a-code = Código de descuento
field-a-niche = Temática
field-a-tag = Etiqueta
field-amount = Importe
field-audience-locality = Audiencia cercana
field-authenticity = Autenticidad del contenido
field-city = Ciudad
field-commission = Comisión
field-consent-source = Consentimiento / origen
field-deliverables = Entregables
field-description = Descripción
field-engagement-rate = Tasa de interacción
field-fee = Honorarios
field-followers = Seguidores
field-gifted-products = Productos regalados
field-goal = Objetivo
field-handle = Usuario
field-hourly-rate = Tarifa por hora
field-how = Forma de pago
field-margin = Margen bruto
field-name = Nombre
field-neighborhood = Barrio
field-note = Nota
field-notes = Notas
field-other-costs = Otros costos
field-phone = Teléfono
field-reach = Alcance
field-shop-name = Nombre de la tienda
field-size = Tamaño
field-source = Origen
field-topic = Tema
field-values-alignment = Afinidad de valores
field-what-was-said = Qué se dijo
field-likes = Me gusta
field-comments = Comentarios
field-shares = Compartidos
field-saves = Guardados
field-clicks = Clics

# Archivos que no se pueden importar.
invalid-demo-not-empty = este archivo de tienda ya tiene datos; la tienda de demostración necesita un archivo vacío
import-names-no-one = elige la columna con el nombre del colaborador, o con su usuario o el enlace a su perfil
import-community-names-no-one = elige la columna con el nombre de cada comunidad
import-refused-for-problems = { $count ->
    [one] 1 fila tiene un problema
   *[other] { $count } filas tienen problemas
    }, así que no se importó nada; corrige el archivo o importa solo las filas válidas
import-refused-for-problems-at = { $count ->
    [one] 1 fila tiene un problema
   *[other] { $count } filas tienen problemas
    }, así que no se importó nada (línea { $line }: { $reason }); corrige el archivo o importa solo las filas válidas
import-posts-need-partner = esta exportación no indica ninguna cuenta: elige de quién son estas publicaciones
import-posts-unknown-accounts = ningún colaborador tiene la cuenta { $accounts }: agrégala al colaborador, o elige de quién son estas publicaciones
import-posts-unknown-format = no es una exportación de publicaciones que LocalLift conozca (la exportación de contenido de Meta Business Suite, o los datos de tabla de TikTok Studio o de YouTube Studio)
import-header-unreadable = no se puede leer la fila de encabezado: { $detail }
import-no-header = el archivo no tiene fila de encabezado
import-mapping-wrong = tu asignación de columnas: { $detail }
import-unknown-preset = formato predefinido desconocido “{ $id }”; los conocidos son: { $known }
import-unknown-format = las columnas de este archivo no coinciden con ninguna exportación conocida ({ $known }); aun así, cualquier CSV se puede importar indicando qué columna contiene qué: la pantalla Importar ventas te lo pregunta, o usa --mapping con una asignación en JSON (README, “Any other CSV”)
import-no-rows = el archivo tiene encabezado pero ninguna fila
import-not-csv = línea { $line }: el archivo no se puede leer como CSV: { $detail }
import-other-currency = línea { $line }: los pedidos de este archivo están en { $file } y las ventas de la tienda en { $shop }; LocalLift nunca convierte monedas, así que no se importó nada
import-unknown-currency = línea { $line }: moneda desconocida “{ $currency }”
import-no-currency = esta exportación no indica su moneda; primero elige la moneda de la tienda en Ajustes
invalid-no-codes-to-print = “{ $campaign }” no tiene códigos de descuento para imprimir
# Varias $suggestions llegan unidas con ”, “: por eso todo el catálogo usa las comillas “…”.
invalid-no-partner-called = ningún colaborador se llama “{ $name }”.{ $count ->
    [0] {""}
    [one] { " " }¿Querías decir “{ $suggestions }”?
   *[other] { " " }¿Querías decir “{ $suggestions }”?
    } (Solo se crea un colaborador nuevo para un nombre que no se parezca a ningún otro.)
in-use-in-campaigns = { $name } está en { $count ->
        [one] 1 campaña
       *[other] { $count } campañas
    }; mejor archiva { $who ->
        [them] a este colaborador
       *[it] esta comunidad
    } para conservar el historial de las campañas
invalid-backup-unreadable = no se puede leer { $file }: { $detail }
invalid-backup-damaged = { $file } está dañado ({ $detail }); elige otra copia de seguridad
invalid-backup-base-missing = { $file } solo contiene los cambios desde la copia completa { $base }, que ya no está; elige otra copia de seguridad
invalid-backups-kept = Conserva entre { $min } y { $max } copias de seguridad
invalid-backup-unknown = ninguna copia de seguridad de esta tienda se llama { $file }
invalid-backup-unopenable = no se puede abrir { $file }: { $detail }
invalid-backup-not-shop-because = { $file } no es un archivo de tienda de LocalLift: { $detail }
invalid-backup-not-shop = { $file } no es un archivo de tienda de LocalLift
invalid-backup-too-new = { $file } se guardó con una versión más reciente de LocalLift; primero actualiza la aplicación
invalid-campaign-ends-before-start = La campaña termina antes de empezar
invalid-window-days = La ventana de atribución va de 0 a 365 días
invalid-owner-hours = Las horas deben estar entre 0 y 10 000
invalid-campaign-name-taken = Ya hay otra campaña llamada “{ $name }”
invalid-code-twice = El código { $code } aparece dos veces
invalid-code-given = El código { $code } ya está asignado a { $member } en esta campaña
invalid-code-used = El código { $code } ya lo usa la campaña “{ $campaign }” (del { $start } al { $end }, con su ventana de atribución); no se podrían distinguir los pedidos
invalid-no-campaign-called = ninguna campaña se llama “{ $name }”.{ $count ->
    [0] {""}
    [one] { " " }¿Querías decir “{ $suggestions }”?
   *[other] { " " }¿Querías decir “{ $suggestions }”?
    }
in-use-campaign-redemptions = “{ $campaign }” tiene { $count ->
    [one] 1 canje en tienda registrado
   *[other] { $count } canjes en tienda registrados
    }; mejor archiva la campaña para conservar esos registros
invalid-partner-or-community = Elige un colaborador o una comunidad
invalid-no-such-partner = Ese colaborador no existe
invalid-partner-in-campaign = Este colaborador ya está en la campaña
invalid-no-such-community = Esa comunidad no existe
invalid-community-in-campaign = Esta comunidad ya está en la campaña
invalid-code-space = El código “{ $code }” contiene un espacio
in-use-member-redemptions = { $name } tiene { $count ->
    [one] 1 canje en tienda registrado
   *[other] { $count } canjes en tienda registrados
    } en esta campaña; no se puede quitar de la campaña
invalid-redemption-count = Al menos un canje
invalid-redemption-day = La campaña cuenta las ventas del { $start } al { $end }
invalid-feedback-text = El campo “Qué se dijo” es obligatorio
invalid-contact-import-undone = La importación de { $file } ya se deshizo.
invalid-contact-import-later = { $later } se importó después de { $file }: deshaz primero esa importación.
invalid-contact-import-community-used = { $name }, que llegó con esta importación, ahora está en una campaña: primero quítala de allí o conserva la importación.
invalid-contact-import-partner-used = { $name }, que llegó con esta importación, ahora está en una campaña o es responsable de una comunidad: primero quítalo de allí o conserva la importación.
invalid-deliverable-done-future = Un entregable se marca como hecho en un día que ya llegó: no puede ser posterior a hoy
invalid-deliverable-post = Elige una de las publicaciones de este colaborador en esta campaña
invalid-holiday-name = ponle al día un nombre de 1 a 200 caracteres (“Feria callejera”)
invalid-payment-amount = Un pago debe ser un importe mayor que cero
invalid-payment-day = Un pago se registra cuando ya se hizo: el día no puede ser posterior a hoy
invalid-distance = La distancia no puede ser negativa
invalid-no-partner-named = ningún colaborador se llama “{ $name }”.{ $count ->
    [0] {""}
    [one] { " " }¿Querías decir “{ $suggestions }”?
   *[other] { " " }¿Querías decir “{ $suggestions }”?
    }
invalid-account-twice = Esta cuenta aparece dos veces
invalid-account-taken = Este colaborador ya tiene la cuenta de { $platform } @{ $handle }
invalid-import-undone = la importación de { $file } ya se deshizo
in-use-later-import = la importación posterior de { $later } cambió los mismos pedidos; deshazla primero
invalid-lift-weeks = Elige entre 4 y 26 semanas
invalid-weight = El peso va de 0 a 100
invalid-weights-zero = Al menos un factor necesita un peso mayor que 0
invalid-hold-days = Elige de 0 a 90 días
invalid-locale = “{ $value }” no es un idioma y región; escríbelo como es-ES, es-MX o es-AR
invalid-currency-change = ya hay ventas registradas en { $currency }; la moneda no se puede cambiar
invalid-unknown-time-zone = zona horaria desconocida
invalid-answer = Hace falta una respuesta


# Los fallos propios de la aplicación (el marco de la ventana).
app-error-unusable = la aplicación quedó en un estado inservible; reinicia LocalLift
app-error-closed = no hay ningún archivo de tienda abierto
app-error-stopped = un comando se detuvo de forma inesperada: { $detail }
app-error-dialog-stopped = el cuadro de diálogo de archivos se detuvo de forma inesperada: { $detail }
app-error-dialog-no-file = el cuadro de diálogo de archivos no devolvió ningún archivo: { $detail }
app-error-import-stopped = la importación se detuvo de forma inesperada: { $detail }
