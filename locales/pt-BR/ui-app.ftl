# The window's frame (ui/src/App.svelte), the first start (Welcome), the screen shown when the shop file
# cannot be opened (StartupError), and the shared components (ui/src/lib/components/).

## Sidebar
app-opening = Abrindo sua loja…
app-nav-sections = Seções
app-nav-dashboard = Painel
app-nav-partners = Parceiros
app-nav-communities = Comunidades
app-nav-campaigns = Campanhas
app-nav-import = Importar vendas
app-nav-settings = Configurações
# The keyboard shortcut of a section: $key is its digit (1…6).
app-nav-shortcut = Alt+{ $key }
app-nav-key = Alt { $key }
app-shop-unnamed = Minha loja
app-shop-demo = Loja de demonstração
app-shop-no-currency = ainda sem moeda
app-version = LocalLift { $version }

## First start
app-welcome-demo-opened = Esta é a loja de demonstração. Sua loja continua separada.
app-welcome-title = Boas-vindas ao LocalLift
app-welcome-lead = Trabalhe com criadores e comunidades da sua região e veja quais parcerias deram retorno.
app-welcome-your-shop = Sua loja
app-welcome-opening = Abrindo…
app-welcome-open-demo = Abrir a loja de demonstração
app-welcome-open-demo-text = Um ano de uma loja de plantas de Portland: parceiros, comunidades, campanhas e vendas. Nada do que você fizer lá mexe na sua loja.
app-welcome-set-up = Configurar minha loja
app-welcome-set-up-text = Nome, moeda, fuso horário e margem. Depois você pode importar suas vendas e adicionar parceiros.

## The shop file cannot be opened
app-startup-open-dialog = Abrir um arquivo de loja do LocalLift
app-startup-title = O LocalLift não consegue abrir esta loja
app-startup-locked = Outra janela do LocalLift (ou um comando locallift) já está com esta loja aberta. Vá para essa janela, ou feche-a e tente de novo.
app-startup-too-new = Este arquivo de loja foi salvo por uma versão mais nova do LocalLift. Instale a versão mais nova para abri-lo; esta não vai mexer nele.
app-startup-database = Não foi possível ler o arquivo da loja como um banco de dados do LocalLift. Ele pode estar danificado ou não ser um arquivo do LocalLift.
app-startup-io = Não foi possível abrir o arquivo da loja ou a pasta dele. Verifique se o disco está conectado e permite gravação.
app-startup-read-only = O arquivo da loja está num disco ou numa pasta em que o LocalLift não pode gravar (somente leitura, ou que não é sua). O LocalLift grava até para ler: o arquivo de bloqueio, o registro de alterações e um backup diário. Copie o arquivo para um lugar que permita gravação e abra-o lá, ou abra outro arquivo.
app-startup-other = Não foi possível abrir o arquivo da loja.
# Followed by the file's path.
app-startup-file = Arquivo:
app-startup-details = Detalhes: { $message }
app-startup-integrity = Verificação de integridade
# In bold, followed by app-startup-integrity-ok or by the list of problems.
app-startup-integrity-label = Verificação de integridade do SQLite:
app-startup-integrity-ok = a estrutura do arquivo está íntegra.
app-startup-restore-keeps = A restauração mantém o arquivo danificado ao lado (com o nome ….damaged-…), então nada se perde.
# $when: the backup's date and time.
app-startup-restore-latest = Restaurar o backup mais recente ({ $when })
app-startup-try-again = Tentar de novo
app-startup-open-another = Abrir outro arquivo…
app-startup-open-demo = Abrir a loja de demonstração
app-startup-quit = Sair

## Asking before deleting
# $what: what is deleted, such as a partner's name.
app-delete-title = Excluir { $what }?
app-delete-keep-history = Manter o histórico
app-delete-cannot-undo = Isso não pode ser desfeito.
app-delete-archive-note = Ao arquivar, o item some das listas e dos seletores, e todos os resultados de campanhas são mantidos. Você pode restaurá-lo quando quiser.
app-delete-cancel = Cancelar
app-delete-delete = Excluir
app-delete-archive = Arquivar em vez disso

## CSV and PDF buttons
app-export-csv = Exportar CSV
app-export-dialog = Exportar como CSV
app-export-title = Salvar esta tabela como arquivo CSV (abre no Excel, Numbers, LibreOffice)
app-export-rows = { $count ->
    [one] { $count } linha exportada
   *[other] { $count } linhas exportadas
    }
app-pdf-making = Gerando o PDF…
app-pdf-saved = { $file } salvo
# $characters: the characters no font has, separated by spaces.
app-pdf-saved-missing = { $file } salvo. Nenhuma fonte deste computador tem { $characters }: esses caracteres aparecem como quadradinhos no PDF.

## Small parts
app-modal-close = Fechar
# $example: an amount written the way this shop writes amounts.
app-money-invalid = Digite um valor, por exemplo { $example }
app-tier-none = Ainda sem números de público

## A campaign's sales lift
app-lift-title = Aumento nas vendas
app-lift-title-note = (clientes que vêm à loja sem cupom)
# $verdict is app-lift-not-enough-verdict, shown in bold.
app-lift-not-enough = { $verdict } para uma estimativa.
app-lift-not-enough-verdict = Dados insuficientes
# $estimate: the estimate in bold, such as "Between $120 and $640 more than usual (95% range)".
app-lift-words = { $estimate } em { $days ->
    [one] { $days } dia
   *[other] { $days } dias
    }.
# The same, when other campaigns ran at the same time: $campaigns are their names.
app-lift-words-overlap = { $estimate } em { $days ->
    [one] { $days } dia
   *[other] { $days } dias
    }, junto com { $campaigns }.
app-lift-chart-alt = As vendas de cada dia comparadas com o intervalo de um dia normal; os dias estão na tabela abaixo
app-lift-chart-legend = Pontos: o que cada dia vendeu, sem os pedidos com os cupons desta campanha. Faixa: o intervalo de um dia normal (95%); tracejado: o nível normal.
app-lift-table = Os dias em tabela
app-lift-table-label = Aumento por dia
app-lift-col-day = Dia
app-lift-col-sold = Vendido
app-lift-col-usual = Normal
app-lift-col-range = Intervalo normal
app-lift-no-data = sem dados
app-lift-range = { $low } – { $high }
app-lift-how = Como o aumento é calculado
app-lift-how-baseline = Suas vendas normais vêm { $weeks ->
    [one] de { $weeks } semana
   *[other] das { $weeks } semanas
    } antes da campanha ({ $days ->
    [one] { $days } dia usado
   *[other] { $days } dias usados
    }): um nível normal para cada dia da semana, mais a tendência da sua loja. Dias de outras campanhas, dias que você marcou como feriados em Configurações e dias sem dados de vendas ficam de fora.
app-lift-how-sum = O aumento é a soma do que os dias da campanha venderam acima desse nível normal; antes, os pedidos com os cupons desta campanha são tirados, porque já foram contados.
app-lift-how-range = O intervalo é onde o aumento real fica em 95 de cada 100 vezes: ele se alarga quando suas vendas oscilam de um dia para o outro e se estreita com campanhas mais longas e mais semanas de histórico. Numa simulação com milhares de lojas, ele incluiu o efeito real em 95% das vezes.
app-lift-how-apart = É uma estimativa das vendas extras da loja inteira durante a campanha, mostrada à parte das vendas com cupom e nunca somada a elas.

## A long list drawn in parts (Campaigns, Partners, Communities)
app-rows-shown = Mostrando { $shown } de { $total }
app-rows-show-more = Mostrar mais { $count }
app-rows-show-all = Mostrar todos ({ $total })
