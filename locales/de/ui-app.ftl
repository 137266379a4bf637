# The window's frame (ui/src/App.svelte), the first start (Welcome), the screen shown when the shop file
# cannot be opened (StartupError), and the shared components (ui/src/lib/components/).

## Sidebar
app-opening = Ihr Shop wird geöffnet…
app-nav-sections = Bereiche
app-nav-dashboard = Übersicht
app-nav-partners = Partner
app-nav-communities = Communitys
app-nav-campaigns = Kampagnen
app-nav-import = Verkäufe importieren
app-nav-settings = Einstellungen
# The keyboard shortcut of a section: $key is its digit (1…6).
app-nav-shortcut = Alt+{ $key }
app-nav-key = Alt { $key }
app-shop-unnamed = Mein Shop
app-shop-demo = Demo-Shop
app-shop-no-currency = noch keine Währung
app-version = LocalLift { $version }

## First start
app-welcome-demo-opened = Das ist der Demo-Shop. Ihr eigener Shop bleibt davon getrennt.
app-welcome-title = Willkommen bei LocalLift
app-welcome-lead = Arbeiten Sie mit Influencern und Communitys aus Ihrer Gegend zusammen und sehen Sie, welche Partnerschaften sich gelohnt haben.
app-welcome-your-shop = Ihr Shop
app-welcome-opening = Wird geöffnet…
app-welcome-open-demo = Demo-Shop öffnen
app-welcome-open-demo-text = Ein Jahr in einem Pflanzenladen in Portland: Partner, Communitys, Kampagnen und Verkäufe. Was Sie dort tun, ändert nichts an Ihrem eigenen Shop.
app-welcome-set-up = Meinen Shop einrichten
app-welcome-set-up-text = Name, Währung, Zeitzone und Marge. Danach können Sie Verkäufe importieren und Partner hinzufügen.

## The shop file cannot be opened
app-startup-open-dialog = LocalLift-Shopdatei öffnen
app-startup-title = LocalLift kann diesen Shop nicht öffnen
app-startup-locked = Ein anderes LocalLift-Fenster (oder ein locallift-Befehl) hat diesen Shop bereits geöffnet. Wechseln Sie zu diesem Fenster oder schließen Sie es und versuchen Sie es erneut.
app-startup-too-new = Diese Shopdatei wurde mit einer neueren Version von LocalLift gespeichert. Installieren Sie die neuere Version, um sie zu öffnen; diese Version verändert sie nicht.
app-startup-database = Die Shopdatei konnte nicht als LocalLift-Datenbank gelesen werden. Sie ist vielleicht beschädigt oder keine LocalLift-Datei.
app-startup-io = Die Shopdatei oder ihr Ordner konnte nicht geöffnet werden. Prüfen Sie, ob das Laufwerk angeschlossen und beschreibbar ist.
app-startup-read-only = Die Shopdatei liegt auf einem Laufwerk oder in einem Ordner, in den LocalLift nicht schreiben kann (schreibgeschützt oder ohne Schreibrechte für Sie). LocalLift schreibt auch beim Lesen: seine Sperre, sein Journal und eine tägliche Sicherung. Kopieren Sie die Datei an einen beschreibbaren Ort und öffnen Sie sie dort, oder öffnen Sie eine andere Datei.
app-startup-other = Die Shopdatei konnte nicht geöffnet werden.
# Followed by the file's path.
app-startup-file = Datei:
app-startup-details = Details: { $message }
app-startup-integrity = Integritätsprüfung
# In bold, followed by app-startup-integrity-ok or by the list of problems.
app-startup-integrity-label = Integritätsprüfung von SQLite:
app-startup-integrity-ok = Die Struktur der Datei ist intakt.
app-startup-restore-keeps = Beim Wiederherstellen bleibt die beschädigte Datei daneben erhalten (mit dem Namen ….damaged-…), es geht also nichts verloren.
# $when: the backup's date and time.
app-startup-restore-latest = Neueste Sicherung wiederherstellen ({ $when })
app-startup-try-again = Erneut versuchen
app-startup-open-another = Andere Datei öffnen…
app-startup-open-demo = Demo-Shop öffnen
app-startup-quit = Beenden

## Asking before deleting
# $what: what is deleted, such as a partner's name.
app-delete-title = { $what } löschen?
app-delete-keep-history = Verlauf behalten
app-delete-cannot-undo = Das lässt sich nicht rückgängig machen.
app-delete-archive-note = Beim Archivieren verschwindet der Eintrag aus Listen und Auswahlfeldern, alle Kampagnenergebnisse bleiben erhalten. Sie können ihn jederzeit wiederherstellen.
app-delete-cancel = Abbrechen
app-delete-delete = Löschen
app-delete-archive = Stattdessen archivieren

## CSV and PDF buttons
app-export-csv = CSV exportieren
app-export-dialog = Als CSV exportieren
app-export-title = Diese Tabelle als CSV-Datei speichern (lässt sich in Excel, Numbers, LibreOffice öffnen)
app-export-rows = { $count ->
    [one] { $count } Zeile exportiert
   *[other] { $count } Zeilen exportiert
    }
app-pdf-making = PDF wird erstellt…
app-pdf-saved = { $file } gespeichert
# $characters: the characters no font has, separated by spaces.
app-pdf-saved-missing = { $file } gespeichert. Keine Schrift auf diesem Computer enthält { $characters }: Diese Zeichen erscheinen im PDF als Kästchen.

## Small parts
app-modal-close = Schließen
# $example: an amount written the way this shop writes amounts.
app-money-invalid = Geben Sie einen Betrag ein, z. B. { $example }
app-tier-none = Noch keine Reichweitenzahlen

## A campaign's sales lift
app-lift-title = Umsatzplus
app-lift-title-note = (Laufkundschaft ohne Code)
# $verdict is app-lift-not-enough-verdict, shown in bold.
app-lift-not-enough = { $verdict } für eine Schätzung.
app-lift-not-enough-verdict = Zu wenig Daten
# $estimate: the estimate in bold, such as "Between $120 and $640 more than usual (95% range)".
app-lift-words = { $estimate } an { $days ->
    [one] { $days } Tag
   *[other] { $days } Tagen
    }.
# The same, when other campaigns ran at the same time: $campaigns are their names.
app-lift-words-overlap = { $estimate } an { $days ->
    [one] { $days } Tag
   *[other] { $days } Tagen
    }, gemeinsam mit { $campaigns }.
app-lift-chart-alt = Der Umsatz jedes Tages im Vergleich zum üblichen Bereich eines Tages; die Tage stehen in der Tabelle darunter
app-lift-chart-legend = Punkte: der Umsatz jedes Tages, ohne die Code-Bestellungen dieser Kampagne. Band: der übliche Bereich eines Tages (95 %); gestrichelt: das übliche Niveau.
app-lift-table = Die Tage als Tabelle
app-lift-table-label = Umsatzplus nach Tag
app-lift-col-day = Tag
app-lift-col-sold = Verkauft
app-lift-col-usual = Üblich
app-lift-col-range = Üblicher Bereich
app-lift-no-data = keine Daten
app-lift-range = { $low } – { $high }
app-lift-how = So wird das Umsatzplus berechnet
app-lift-how-baseline = Ihr üblicher Umsatz ergibt sich aus { $weeks ->
    [one] der { $weeks } Woche
   *[other] den { $weeks } Wochen
    } vor der Kampagne ({ $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
    } verwendet): ein übliches Niveau für jeden Wochentag, dazu der Trend Ihres Shops. Tage anderer Kampagnen, Tage, die Sie in den Einstellungen als besondere Tage markiert haben, und Tage ohne Verkaufsdaten bleiben außen vor.
app-lift-how-sum = Das Umsatzplus ist die Summe dessen, was an den Kampagnentagen über diesem üblichen Niveau verkauft wurde; Bestellungen mit den Codes dieser Kampagne werden vorher abgezogen, weil sie schon gezählt sind.
app-lift-how-range = Der Bereich ist der, in dem das tatsächliche Umsatzplus in 95 von 100 Fällen liegt: Er wird breiter, wenn Ihr Umsatz von Tag zu Tag schwankt, und schmaler bei längeren Kampagnen und mehr Wochen Verlauf. In einer Simulation mit Tausenden Shops enthielt er den tatsächlichen Effekt in 95 % der Fälle.
app-lift-how-apart = Es ist eine Schätzung des zusätzlichen Umsatzes des ganzen Shops während der Kampagne, getrennt von den Code-Verkäufen ausgewiesen und nie zu ihnen addiert.

## A long list drawn in parts (Campaigns, Partners, Communities)
app-rows-shown = { $shown } von { $total } angezeigt
app-rows-show-more = { $count } weitere anzeigen
app-rows-show-all = Alle { $total } anzeigen
