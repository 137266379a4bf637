# The window's frame (ui/src/App.svelte), the first start (Welcome), the screen shown when the shop file
# cannot be opened (StartupError), and the shared components (ui/src/lib/components/).

## Sidebar
app-opening = Abriendo tu tienda…
app-nav-sections = Secciones
app-nav-dashboard = Panel
app-nav-partners = Colaboradores
app-nav-communities = Comunidades
app-nav-campaigns = Campañas
app-nav-import = Importar ventas
app-nav-settings = Ajustes
# The keyboard shortcut of a section: $key is its digit (1…6).
app-nav-shortcut = Alt+{ $key }
app-nav-key = Alt { $key }
app-shop-unnamed = Mi tienda
app-shop-demo = Tienda de demostración
app-shop-no-currency = sin moneda todavía
app-version = LocalLift { $version }

## First start
app-welcome-demo-opened = Esta es la tienda de demostración. Tu propia tienda queda aparte.
app-welcome-title = Te damos la bienvenida a LocalLift
app-welcome-lead = Trabaja con creadores y comunidades de tu zona, y descubre qué colaboraciones valieron la pena.
app-welcome-your-shop = Tu tienda
app-welcome-opening = Abriendo…
app-welcome-open-demo = Abrir la tienda de demostración
app-welcome-open-demo-text = Un año de una tienda de plantas de Portland: colaboradores, comunidades, campañas y ventas. Nada de lo que hagas allí afecta a tu propia tienda.
app-welcome-set-up = Configurar mi tienda
app-welcome-set-up-text = Nombre, moneda, zona horaria y margen. Después podrás importar tus ventas y agregar colaboradores.

## The shop file cannot be opened
app-startup-open-dialog = Abrir un archivo de tienda de LocalLift
app-startup-title = LocalLift no puede abrir esta tienda
app-startup-locked = Otra ventana de LocalLift (o un comando locallift) ya tiene abierta esta tienda. Cambia a esa ventana, o ciérrala y vuelve a intentarlo.
app-startup-too-new = Este archivo de tienda se guardó con una versión más reciente de LocalLift. Instala esa versión para abrirlo; esta no lo modificará.
app-startup-database = No se pudo leer el archivo de la tienda como una base de datos de LocalLift. Puede estar dañado o no ser un archivo de LocalLift.
app-startup-io = No se pudo abrir el archivo de la tienda o su carpeta. Comprueba que el disco esté conectado y que se pueda escribir en él.
app-startup-read-only = El archivo de la tienda está en un disco o en una carpeta donde LocalLift no puede escribir (de solo lectura, o que no es tuya). LocalLift escribe incluso para leer: su bloqueo, su registro y una copia de seguridad diaria. Copia el archivo a un lugar donde se pueda escribir y ábrelo allí, o abre otro archivo.
app-startup-other = No se pudo abrir el archivo de la tienda.
# Followed by the file's path.
app-startup-file = Archivo:
app-startup-details = Detalles: { $message }
app-startup-integrity = Comprobación de integridad
# In bold, followed by app-startup-integrity-ok or by the list of problems.
app-startup-integrity-label = Comprobación de integridad de SQLite:
app-startup-integrity-ok = la estructura del archivo está en buen estado.
app-startup-restore-keeps = Al restaurar, el archivo dañado se guarda al lado (con el nombre ….damaged-…), así que no se pierde nada.
# $when: the backup's date and time.
app-startup-restore-latest = Restaurar la copia de seguridad más reciente ({ $when })
app-startup-try-again = Volver a intentarlo
app-startup-open-another = Abrir otro archivo…
app-startup-open-demo = Abrir la tienda de demostración
app-startup-quit = Salir

## Asking before deleting
# $what: what is deleted, such as a partner's name.
app-delete-title = ¿Eliminar { $what }?
app-delete-keep-history = Conservar el historial
app-delete-cannot-undo = Esto no se puede deshacer.
app-delete-archive-note = Al archivarlo, deja de aparecer en las listas y en los selectores, y se conservan todos los resultados de sus campañas. Puedes restaurarlo cuando quieras.
app-delete-cancel = Cancelar
app-delete-delete = Eliminar
app-delete-archive = Archivar en vez de eliminar

## CSV and PDF buttons
app-export-csv = Exportar CSV
app-export-dialog = Exportar como CSV
app-export-title = Guardar esta tabla como archivo CSV (se abre en Excel, Numbers, LibreOffice)
app-export-rows = { $count ->
    [one] { $count } fila exportada
   *[other] { $count } filas exportadas
    }
app-pdf-making = Creando el PDF…
app-pdf-saved = Guardado: { $file }
# $characters: the characters no font has, separated by spaces.
app-pdf-saved-missing = Guardado: { $file }. Ninguna fuente de este equipo tiene { $characters }: en el PDF aparecen como cuadros vacíos.

## Small parts
app-modal-close = Cerrar
# $example: an amount written the way this shop writes amounts.
app-money-invalid = Escribe un importe, por ejemplo { $example }
app-tier-none = Aún no hay cifras de audiencia

## A campaign's sales lift
app-lift-title = Aumento de ventas
app-lift-title-note = (clientes que entran sin código)
# $verdict is app-lift-not-enough-verdict, shown in bold.
app-lift-not-enough = { $verdict } para una estimación.
app-lift-not-enough-verdict = No hay suficientes datos
# $estimate: the estimate in bold, such as "Between $120 and $640 more than usual (95% range)".
app-lift-words = { $estimate } en { $days ->
    [one] { $days } día
   *[other] { $days } días
    }.
# The same, when other campaigns ran at the same time: $campaigns are their names.
app-lift-words-overlap = { $estimate } en { $days ->
    [one] { $days } día
   *[other] { $days } días
    }, junto con { $campaigns }.
app-lift-chart-alt = Las ventas de cada día frente al rango de un día habitual; los días están en la tabla de abajo
app-lift-chart-legend = Puntos: lo que vendió cada día, sin los pedidos con los códigos de esta campaña. Banda: el rango de un día habitual (95 %); línea discontinua: el nivel habitual.
app-lift-table = Los días en una tabla
app-lift-table-label = Aumento por día
app-lift-col-day = Día
app-lift-col-sold = Vendido
app-lift-col-usual = Habitual
app-lift-col-range = Rango habitual
app-lift-no-data = sin datos
app-lift-range = { $low } – { $high }
app-lift-how = Cómo se calcula el aumento
app-lift-how-baseline = Tus ventas habituales salen de { $weeks ->
        [one] la semana anterior
       *[other] las { $weeks } semanas anteriores
    } a la campaña ({ $days ->
        [one] { $days } día usado
       *[other] { $days } días usados
    }): un nivel habitual para cada día de la semana, más la tendencia de tu tienda. Se dejan fuera los días de otras campañas, los días que marcaste como días especiales en Ajustes y los días sin datos de ventas.
app-lift-how-sum = El aumento es lo que vendieron los días de la campaña por encima de ese nivel habitual, sumado día a día; antes se restan los pedidos con los códigos de esta campaña, porque ya están contados.
app-lift-how-range = El rango es donde está el aumento real 95 de cada 100 veces: se amplía cuando tus ventas varían de un día a otro y se estrecha con campañas más largas y más semanas de historial. En una simulación con miles de tiendas, contuvo el efecto real el 95 % de las veces.
app-lift-how-apart = Es una estimación de las ventas extra de toda la tienda durante la campaña, que se muestra aparte de las ventas con código y nunca se suma a ellas.

## A long list drawn in parts (Campaigns, Partners, Communities)
app-rows-shown = Se muestran { $shown } de { $total }
app-rows-show-more = Mostrar { $count } más
app-rows-show-all = Mostrar los { $total }
