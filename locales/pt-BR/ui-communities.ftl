# The communities screens: the list, the form, and a community's page.

## The list
communities-title = Comunidades
communities-import = Importar uma planilha…
communities-new = Nova comunidade
communities-search-placeholder = Buscar nome, tema, líder, cidade…  ( / )
communities-search-label = Buscar comunidades
communities-size-label = Tamanho
communities-any-size = Qualquer tamanho
communities-stage-label = Etapa
communities-all-stages = Todas as etapas
communities-topic = Tema
communities-city = Cidade
communities-sort-label = Ordenar por
communities-sort-name = Ordem: nome
communities-sort-size = Ordem: tamanho
communities-sort-updated = Ordem: última alteração
communities-show-archived = Mostrar arquivadas
communities-no-match-title = Nenhuma comunidade encontrada
communities-no-match-text = Tente menos filtros ou outra busca.
communities-empty-title = Ainda não há comunidades
communities-empty-text = Grupos de corrida, grupos de pais, servidores do Discord: grupos cujos membros viram clientes fiéis. Adicione uma com o tamanho e o líder, registre o que os membros dizem num histórico de feedback e inclua a comunidade numa campanha com um cupom, como faria com um parceiro.
communities-add = Adicionar uma comunidade
communities-col-name = Nome
communities-col-kind = Tipo
communities-col-members = Membros
communities-col-size = Tamanho
communities-col-leader = Líder
communities-col-stage = Etapa
communities-col-feedback = Feedback
communities-col-campaigns = Campanhas
communities-archived = Arquivada

## The form (new or edit); $name is the community's name
communities-form-size-not-number = O tamanho precisa ser um número
communities-form-saved = Comunidade salva
communities-form-added = { $name } adicionada
communities-form-edit-title = Editar { $name }
communities-form-name = Nome
communities-form-kind = Tipo
communities-form-members = Membros (aprox.)
communities-form-topic = Tema
communities-form-topic-placeholder = corrida
communities-form-neighborhood = Bairro
communities-form-city = Cidade
communities-form-leader = Líder
communities-form-leader-hint = O parceiro que administra o grupo, se estiver nos seus contatos
communities-form-stage = Etapa
communities-form-link = Link
communities-form-notes = Observações
communities-form-cancel = Cancelar
communities-form-save = Salvar
communities-form-add = Adicionar comunidade

## A community's page
communities-page-back = ← Comunidades
# $count is the community's size (members, roughly).
communities-page-size = cerca de { $count } membros
communities-page-size-unknown = tamanho desconhecido
communities-page-edit = Editar
communities-page-restore = Restaurar
communities-page-archive = Arquivar
communities-page-delete = Excluir
communities-page-about = Sobre
communities-page-topic = Tema
communities-page-where = Onde
communities-page-leader = Líder
communities-page-link = Link
communities-page-notes = Observações
communities-page-campaigns = Campanhas
communities-page-no-campaigns = Ainda não está em nenhuma campanha.
communities-page-campaigns-label = Campanhas desta comunidade
communities-page-lift-title = Sem cupom: medida pelo aumento nas vendas da campanha (parte desta comunidade, receita líquida, intervalo de 95%), não por pedidos
# Tooltip; $amount is money, or "—" without results.
communities-page-cost = custo { $amount }
# $count is a number of orders, or "—" without results.
communities-page-orders = { $count ->
    [one] { $count } pedido
   *[other] { $count } pedidos
   }
# $roi is a percent.
communities-page-roi = ROI { $roi }
communities-page-feedback-log = Histórico de feedback
communities-page-add-feedback = Adicionar feedback
communities-page-fb-day = Dia
communities-page-fb-source = Onde foi dito
communities-page-fb-source-placeholder = post no grupo, evento, DM
communities-page-fb-sentiment = Tom
communities-page-fb-tags = Tags
communities-page-fb-tags-hint = Separadas por vírgulas
communities-page-fb-tags-placeholder = preço, evento
communities-page-fb-text = O que foi dito
communities-page-filter-sentiment = Filtrar por tom
communities-page-all = Todos
communities-page-filter-tag = Filtrar por tag
communities-page-all-tags = Todas as tags
communities-page-fb-empty = Nada registrado ainda. Anote o que os membros dizem sobre seus produtos: é a pesquisa de mercado mais sincera que você vai ter.
communities-page-fb-no-match = Nenhum feedback corresponde a este filtro.
communities-page-fb-delete-label = Excluir este feedback
communities-page-feedback-added = Feedback adicionado
communities-page-archived-notice = Arquivada: oculta das listas, histórico mantido
communities-page-restored = Restaurada
# $name is the community's name.
communities-page-deleted = { $name } excluída
communities-page-loading = Carregando…
