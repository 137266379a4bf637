# The Settings screen (ui/src/screens/Settings.svelte) and its panels: the shop (ShopForm), scoring and
# lift (AnalysisSettings), unusual days (Holidays) and backups (Backups).

## Settings
settings-title = Ajustes
settings-shop = Tienda
settings-now-demo = Ahora ves la tienda de demostración
settings-now-own = Ahora ves tu tienda
settings-file = Archivo de la tienda
# Followed by the file's path.
settings-file-where = Todo lo que sabe LocalLift está en este único archivo de tu equipo:
settings-file-demo = Estás viendo la tienda de demostración.
settings-file-go-own = Ir a mi tienda
settings-file-open-demo = Abrir la tienda de demostración

## The shop
settings-shop-name = Nombre de la tienda
settings-shop-currency = Moneda
settings-shop-currency-hint = Código ISO, por ejemplo EUR o MXN
settings-shop-time-zone = Zona horaria
settings-shop-time-zone-hint = Los días y las fechas de las campañas se cuentan en ella
settings-shop-margin = Margen bruto (%)
settings-shop-margin-hint = Se usa cuando las ventas no tienen costo de producto
settings-shop-margin-invalid = Escribe un porcentaje, por ejemplo 55
settings-shop-rate = Lo que vale tu tiempo (por hora)
settings-shop-rate-hint = Cuenta tus horas como costo de la campaña; deja 0 para no tenerlas en cuenta
settings-shop-rate-invalid = Escribe un importe
settings-shop-locale = Idioma y región
settings-shop-locale-hint = Cómo se escriben los importes, los números y las fechas en todas partes: pantallas, gráficos, PDF, exportaciones CSV
# The first choice: this computer's own setting; $language is its name in its own language ("Deutsch (Deutschland)").
settings-shop-locale-system = Sistema: { $language }
settings-shop-saving = Guardando…
settings-shop-save = Guardar los ajustes de la tienda
settings-shop-saved = Ajustes de la tienda guardados

## Scoring and lift
settings-analysis = Puntuación y aumento de ventas
settings-analysis-weights = Pesos de la puntuación de afinidad de los colaboradores (de 0 a 100 cada uno; solo cuentan sus proporciones).
settings-factor-engagement = Interacción según su tamaño
settings-factor-locality = Audiencia local
settings-factor-values = Afinidad de valores
settings-factor-authenticity = Autenticidad del contenido
settings-factor-past-roi = ROI anterior
settings-factor-kept-agreements = Acuerdos cumplidos
settings-factor-kept-agreements-hint = Proporción de entregables acordados hechos a tiempo; los que llegan tarde cuentan la mitad
settings-analysis-weight-invalid = El peso va de 0 a 100
settings-analysis-weeks = Semanas de historial para el aumento de ventas
settings-analysis-weeks-invalid = Elige entre 4 y 26 semanas
settings-analysis-weeks-note = Más semanas estrechan el rango del aumento cuando tus ventas son estables; menos semanas siguen más de cerca a una tienda que cambia.
# "Commission is due after [30] days": the label, then the box, then settings-analysis-hold-unit.
settings-analysis-hold = La comisión se paga a los
settings-analysis-hold-unit = días
settings-analysis-hold-invalid = Elige de 0 a 90 días
settings-analysis-hold-hint = De 0 a 90 días después de cada pedido. Si un pedido se reembolsa en ese plazo, su comisión nunca se debe; si el reembolso se conoce más tarde, se descuenta su comisión. Shopify Collabs espera 30 días por defecto.
settings-analysis-save = Guardar
settings-analysis-saved = Ajustes de puntuación y aumento de ventas guardados

## Unusual days
settings-holidays = Días especiales
settings-holidays-intro = Días festivos, ferias callejeras, días que cerraste: la estimación del aumento de ventas los deja fuera de las “ventas habituales” y de los días de campaña.
settings-holidays-day = Día
settings-holidays-what = Qué
settings-holidays-what-placeholder = Feria callejera
settings-holidays-mark = Marcar el día
settings-holidays-remove = Quitar
# $day: the day, such as "Dec 26, 2025".
settings-holidays-unmark = Desmarcar el { $day }
settings-holidays-none = No hay días especiales marcados.

## Backups
settings-backups = Copias de seguridad
settings-backups-intro = Se hacen una vez al día (al iniciar o antes de la primera importación del día) y antes de cada actualización, junto al archivo de la tienda. Una importación se deshace con su propio botón Deshacer en la pantalla Importar ventas.
settings-backups-kept-form = Copias conservadas
# "Keep the last [10] backups": the label, then the box, then settings-backups-keep-after.
settings-backups-keep-before = Conservar las últimas
settings-backups-keep-after = copias
settings-backups-keep-save = Guardar
settings-backups-kept = { $count ->
    [one] Se conserva la última copia
   *[other] Se conservan las últimas { $count } copias
    }
settings-backups-back-up-now = Hacer una copia ahora
settings-backups-taken = Copia de seguridad hecha
settings-backups-copy = Guardar una copia en otro lugar…
settings-backups-copy-dialog = Guardar una copia del archivo de la tienda
# $file: where the copy was saved.
settings-backups-copy-saved = Copia guardada como { $file }
settings-backups-check = Comprobar el archivo de la tienda
settings-backups-check-title = Ejecutar la comprobación de integridad de SQLite en el archivo de la tienda
settings-backups-checking = Comprobando…
settings-backups-check-ok = La comprobación de integridad no encontró ningún problema.
settings-backups-check-damaged = La comprobación de integridad encontró problemas: restaura la copia más reciente hecha antes de que aparecieran.
settings-backups-list = Lista de copias de seguridad
settings-backups-col-taken = Fecha
settings-backups-col-why = Motivo
settings-backups-col-size = Tamaño
# $size: the size in kilobytes, a number.
settings-backups-size = { $size } KB
settings-backups-changes-since = cambios desde la copia completa del { $date }
settings-backups-restore = Restaurar
settings-backups-reason-manual = Hecha manualmente
settings-backups-reason-before-import = Antes de una importación
settings-backups-reason-before-restore = Antes de una restauración
settings-backups-reason-daily = Al iniciar (diaria)
settings-backups-reason-before-upgrade = Antes de una actualización
settings-backups-none = Aún no hay copias: se hace una antes de la primera importación, o ahora con “{ settings-backups-back-up-now }”.
settings-backups-confirm-title = ¿Restaurar esta copia?
# $when: the backup's date and time.
settings-backups-confirm-own = ¿Reemplazar todo lo que hay en tu tienda por la copia del { $when }? Antes se hace una copia de lo que hay ahora, así que puedes deshacerlo restaurando esa copia.
settings-backups-confirm-demo = ¿Reemplazar todo lo que hay en la tienda de demostración por la copia del { $when }? Antes se hace una copia de lo que hay ahora, así que puedes deshacerlo restaurando esa copia.
settings-backups-confirm-restore = Restaurar
settings-backups-confirm-cancel = Cancelar
