# The date field and its calendar (ui/src/lib/components/DateField.svelte).

## The calendar button and the calendar's buttons
datefield-choose = Scegli un giorno
datefield-previous-month = Mese precedente
datefield-next-month = Mese successivo
datefield-today = Oggi

## Below the field when what was typed is not a day, or not an allowed one ($pattern: the letters below in the locale's order, "DD.MM.YYYY"; $day: a day as the field writes it)
datefield-pattern = Inserisci il giorno nel formato { $pattern }
datefield-too-early = Scegli dal { $day } in poi
datefield-too-late = Scegli fino al { $day }

## The letters of the pattern: day, month, year (the number of letters is the number of digits)
datefield-letter-day = GG
datefield-letter-month = MM
datefield-letter-year = AAAA
