# The date field and its calendar (ui/src/lib/components/DateField.svelte).

## The calendar button and the calendar's buttons
datefield-choose = Elegir un día
datefield-previous-month = Mes anterior
datefield-next-month = Mes siguiente
datefield-today = Hoy

## Below the field when what was typed is not a day, or not an allowed one ($pattern: the letters below in the locale's order, "DD.MM.YYYY"; $day: a day as the field writes it)
datefield-pattern = Escribe el día con el formato { $pattern }
datefield-too-early = Elige el { $day } o una fecha posterior
datefield-too-late = Elige el { $day } o una fecha anterior

## The letters of the pattern: day, month, year (the number of letters is the number of digits)
datefield-letter-day = DD
datefield-letter-month = MM
datefield-letter-year = AAAA
