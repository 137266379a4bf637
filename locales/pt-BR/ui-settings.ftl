# The Settings screen (ui/src/screens/Settings.svelte) and its panels: the shop (ShopForm), scoring and
# lift (AnalysisSettings), unusual days (Holidays) and backups (Backups).

## Settings
settings-title = Configurações
settings-shop = Loja
settings-now-demo = Mostrando a loja de demonstração
settings-now-own = Mostrando sua loja
settings-file = Arquivo da loja
# Followed by the file's path.
settings-file-where = Tudo o que o LocalLift sabe fica neste único arquivo no seu computador:
settings-file-demo = Você está vendo a loja de demonstração.
settings-file-go-own = Ir para minha loja
settings-file-open-demo = Abrir a loja de demonstração

## The shop
settings-shop-name = Nome da loja
settings-shop-currency = Moeda
settings-shop-currency-hint = Código ISO, como BRL ou USD
settings-shop-time-zone = Fuso horário
settings-shop-time-zone-hint = Os dias e as datas das campanhas são contados nele
settings-shop-margin = Margem bruta (%)
settings-shop-margin-hint = Usada quando as vendas não têm custo de produto
settings-shop-margin-invalid = Digite uma porcentagem, como 55
settings-shop-rate = Quanto vale seu tempo (por hora)
settings-shop-rate-hint = Conta suas horas como custo da campanha; deixe 0 para ignorar
settings-shop-rate-invalid = Digite um valor
settings-shop-locale = Idioma e região
settings-shop-locale-hint = Como valores, números e datas são escritos em todo lugar: telas, gráficos, PDFs, exportações CSV
# The first choice: this computer's own setting; $language is its name in its own language ("Deutsch (Deutschland)").
settings-shop-locale-system = Sistema: { $language }
settings-shop-saving = Salvando…
settings-shop-save = Salvar configurações da loja
settings-shop-saved = Configurações da loja salvas

## Scoring and lift
settings-analysis = Pontuação e aumento nas vendas
settings-analysis-weights = Pesos da pontuação de afinidade dos parceiros (0–100 cada; só as proporções importam).
settings-factor-engagement = Engajamento para o tamanho
settings-factor-locality = Público local
settings-factor-values = Afinidade de valores
settings-factor-authenticity = Autenticidade do conteúdo
settings-factor-past-roi = ROI anterior
settings-factor-kept-agreements = Combinados cumpridos
settings-factor-kept-agreements-hint = Parte das entregas combinadas feitas no prazo; as atrasadas contam pela metade
settings-analysis-weight-invalid = Um peso de 0 a 100
settings-analysis-weeks = Semanas de histórico para o aumento nas vendas
settings-analysis-weeks-invalid = Escolha entre 4 e 26 semanas
settings-analysis-weeks-note = Mais semanas estreitam o intervalo do aumento quando suas vendas são estáveis; menos semanas acompanham mais de perto uma loja que está mudando.
# "Commission is due after [30] days": the label, then the box, then settings-analysis-hold-unit.
settings-analysis-hold = A comissão vence após
settings-analysis-hold-unit = dias
settings-analysis-hold-invalid = Escolha de 0 a 90 dias
settings-analysis-hold-hint = De 0 a 90 dias após cada pedido. Um pedido reembolsado nesse prazo nunca gera comissão; se o reembolso for descoberto depois, a comissão é estornada. O Shopify Collabs espera 30 dias por padrão.
settings-analysis-save = Salvar
settings-analysis-saved = Configurações de pontuação e aumento salvas

## Unusual days
settings-holidays = Dias fora do comum
settings-holidays-intro = Feriados, feiras de rua, dias em que você fechou: a estimativa do aumento nas vendas deixa esses dias de fora das “vendas normais” e dos dias de campanha.
settings-holidays-day = Dia
settings-holidays-what = O quê
settings-holidays-what-placeholder = Feira de rua
settings-holidays-mark = Marcar o dia
settings-holidays-remove = Remover
# $day: the day, such as "Dec 26, 2025".
settings-holidays-unmark = Desmarcar { $day }
settings-holidays-none = Nenhum dia fora do comum marcado.

## Backups
settings-backups = Backups
settings-backups-intro = Feitos uma vez por dia (ao abrir o app ou antes da primeira importação do dia) e antes de cada atualização, ao lado do arquivo da loja. Uma importação é desfeita com o próprio botão Desfazer, na tela Importar vendas.
settings-backups-kept-form = Backups mantidos
# "Keep the last [10] backups": the label, then the box, then settings-backups-keep-after.
settings-backups-keep-before = Manter os últimos
settings-backups-keep-after = backups
settings-backups-keep-save = Salvar
settings-backups-kept = { $count ->
       [0] Nenhum backup é mantido
       [one] O último backup é mantido
      *[other] Os últimos { $count } backups são mantidos
   }
settings-backups-back-up-now = Fazer backup agora
settings-backups-taken = Backup feito
settings-backups-copy = Salvar uma cópia em outro lugar…
settings-backups-copy-dialog = Salvar uma cópia do arquivo da loja
# $file: where the copy was saved.
settings-backups-copy-saved = Cópia salva como { $file }
settings-backups-check = Verificar o arquivo da loja
settings-backups-check-title = Executar a verificação de integridade do SQLite no arquivo da loja
settings-backups-checking = Verificando…
settings-backups-check-ok = A verificação de integridade não encontrou nenhum problema.
settings-backups-check-damaged = A verificação de integridade encontrou problemas: restaure o backup mais recente feito antes deles.
settings-backups-list = Lista de backups
settings-backups-col-taken = Feito em
settings-backups-col-why = Motivo
settings-backups-col-size = Tamanho
# $size: the size in kilobytes, a number.
settings-backups-size = { $size } KB
settings-backups-changes-since = mudanças desde o backup completo de { $date }
settings-backups-restore = Restaurar
settings-backups-reason-manual = Feito manualmente
settings-backups-reason-before-import = Antes de uma importação
settings-backups-reason-before-restore = Antes de uma restauração
settings-backups-reason-daily = Ao abrir o app (diário)
settings-backups-reason-before-upgrade = Antes de uma atualização
settings-backups-none = Ainda não há backup: um é feito antes da primeira importação, ou agora com “{ settings-backups-back-up-now }”.
settings-backups-confirm-title = Restaurar este backup?
# $when: the backup's date and time.
settings-backups-confirm-own = Substituir tudo na sua loja pelo backup de { $when }? O que existe agora é salvo em backup antes, então dá para desfazer restaurando esse backup.
settings-backups-confirm-demo = Substituir tudo na loja de demonstração pelo backup de { $when }? O que existe agora é salvo em backup antes, então dá para desfazer restaurando esse backup.
settings-backups-confirm-restore = Restaurar
settings-backups-confirm-cancel = Cancelar
