# The date field and its calendar (ui/src/lib/components/DateField.svelte).

## The calendar button and the calendar's buttons
datefield-choose = Escolher um dia
datefield-previous-month = Mês anterior
datefield-next-month = Próximo mês
datefield-today = Hoje

## Below the field when what was typed is not a day, or not an allowed one ($pattern: the letters below in the locale's order, "DD.MM.YYYY"; $day: a day as the field writes it)
datefield-pattern = Digite o dia no formato { $pattern }
datefield-too-early = Escolha { $day } ou um dia posterior
datefield-too-late = Escolha { $day } ou um dia anterior

## The letters of the pattern: day, month, year (the number of letters is the number of digits)
datefield-letter-day = DD
datefield-letter-month = MM
datefield-letter-year = AAAA
