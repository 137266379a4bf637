# The list of campaigns (ui/src/screens/Campaigns.svelte) and the form that creates or edits one
# (ui/src/screens/CampaignForm.svelte).

## The list
campaigns-title = Campanhas
campaigns-new = Nova campanha
campaigns-search = Buscar campanhas
campaigns-search-placeholder = Buscar nome, parceiro, cupom…  ( / )
campaigns-status = Status
campaigns-any-status = Qualquer status
campaigns-show-archived = Mostrar arquivadas
campaigns-no-match-title = Nenhuma campanha encontrada
campaigns-no-match-text = Tente outra busca ou outro status.
campaigns-empty-title = Ainda não há campanhas
campaigns-empty-text = Planeje uma com as datas dela e depois adicione os parceiros ou comunidades que participam, com as condições e os cupons de cada um. Os pedidos com esses cupons contam para eles, e a folha de cupons da campanha imprime cada cupom com um QR code.
campaigns-empty-action = Planejar uma campanha
campaigns-col-campaign = Campanha
campaigns-col-dates = Datas
campaigns-col-status = Status
campaigns-col-partners = Parceiros
campaigns-col-codes = Cupons
campaigns-archived = Arquivada
campaigns-window = + { $count ->
        [one] { $count } dia
       *[other] { $count } dias
    } para contar pedidos

## The form
campaigns-form-new-title = Nova campanha
campaigns-form-edit-title = Editar { $name }
campaigns-form-name = Nome
campaigns-form-goal = Objetivo
campaigns-form-goal-placeholder = Vender kits de replantio
campaigns-form-start = Primeiro dia
campaigns-form-end = Último dia
campaigns-form-window = Dias após o fim em que os pedidos ainda contam
campaigns-form-window-hint = Janela de atribuição, { $days } dias por padrão
campaigns-form-other-costs = Outros custos
campaigns-form-other-costs-hint = Impressão, evento, anúncios
campaigns-form-hours = Suas horas dedicadas
campaigns-form-hours-hint = Contadas como custo pelo valor da sua hora (Configurações)
campaigns-form-notes = Observações
campaigns-form-cancel = Cancelar
campaigns-form-save = Salvar
campaigns-form-create = Criar campanha
campaigns-form-window-invalid = Digite um número inteiro de dias
campaigns-form-hours-invalid = Digite um número de horas
campaigns-form-start-missing = Escolha o primeiro dia
campaigns-form-end-missing = Escolha o último dia
campaigns-form-other-costs-invalid = Digite um valor
campaigns-form-saved = Campanha salva
campaigns-form-created = { $name } criada
