# The date field and its calendar (ui/src/lib/components/DateField.svelte).

## The calendar button and the calendar's buttons
datefield-choose = Choisir un jour
datefield-previous-month = Mois précédent
datefield-next-month = Mois suivant
datefield-today = Aujourd'hui

## Below the field when what was typed is not a day, or not an allowed one ($pattern: the letters below in the locale's order, "DD.MM.YYYY"; $day: a day as the field writes it)
datefield-pattern = Saisissez le jour au format { $pattern }
datefield-too-early = Au plus tôt le { $day }
datefield-too-late = Au plus tard le { $day }

## The letters of the pattern: day, month, year (the number of letters is the number of digits)
datefield-letter-day = JJ
datefield-letter-month = MM
datefield-letter-year = AAAA
