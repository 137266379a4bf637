# The date field and its calendar (ui/src/lib/components/DateField.svelte).

## The calendar button and the calendar's buttons
datefield-choose = 日付を選択
datefield-previous-month = 前の月
datefield-next-month = 次の月
datefield-today = 今日

## Below the field when what was typed is not a day, or not an allowed one ($pattern: the letters below in the locale's order, "DD.MM.YYYY"; $day: a day as the field writes it)
datefield-pattern = { $pattern }の形式で入力してください
datefield-too-early = { $day }以降の日付を選んでください
datefield-too-late = { $day }以前の日付を選んでください

## The letters of the pattern: day, month, year (the number of letters is the number of digits)
datefield-letter-day = DD
datefield-letter-month = MM
datefield-letter-year = YYYY
