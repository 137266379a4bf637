# The date field and its calendar (ui/src/lib/components/DateField.svelte).

## The calendar button and the calendar's buttons
datefield-choose = Tag wählen
datefield-previous-month = Vorheriger Monat
datefield-next-month = Nächster Monat
datefield-today = Heute

## Below the field when what was typed is not a day, or not an allowed one ($pattern: the letters below in the locale's order, "DD.MM.YYYY"; $day: a day as the field writes it)
datefield-pattern = Geben Sie den Tag als { $pattern } ein
datefield-too-early = Wählen Sie frühestens den { $day }
datefield-too-late = Wählen Sie spätestens den { $day }

## The letters of the pattern: day, month, year (the number of letters is the number of digits)
datefield-letter-day = TT
datefield-letter-month = MM
datefield-letter-year = JJJJ
