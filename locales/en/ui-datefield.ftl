# The date field and its calendar (ui/src/lib/components/DateField.svelte).

## The calendar button and the calendar's buttons
datefield-choose = Choose a day
datefield-previous-month = Previous month
datefield-next-month = Next month
datefield-today = Today

## Below the field when what was typed is not a day, or not an allowed one ($pattern: the letters below in the locale's order, "DD.MM.YYYY"; $day: a day as the field writes it)
datefield-pattern = Type the day as { $pattern }
datefield-too-early = Choose { $day } or later
datefield-too-late = Choose { $day } or earlier

## The letters of the pattern: day, month, year (the number of letters is the number of digits)
datefield-letter-day = DD
datefield-letter-month = MM
datefield-letter-year = YYYY
