// The mentoring program directory in Portuguese ("você"): one value per key of ./en.ts.
import type { directoryEn } from './en.ts';

export const directoryPt: Record<keyof typeof directoryEn, string> = {
  'programs.title': 'Programas de mentoria',
  'programs.description':
    'Programas de mentoria para jovens em Massachusetts, por cidade, distrito da Câmara e do Senado, tipo de ' +
    'mentoria e idades atendidas.',
  'programs.lede':
    'Programas de mentoria para jovens em Massachusetts, com os distritos da Câmara e do Senado onde ficam. Filtre ' +
    'por cidade, distrito, tipo de mentoria ou idades.',
  'programs.submit': 'Você dirige um programa de mentoria? Peça para ser incluído ou para corrigir os dados',
  'programs.results': 'Programas',
  'programs.showingAll': 'Mostrando todos os {count} programas.',
  'programs.empty': 'Nenhum programa do diretório atende a todos estes filtros. Tente menos filtros, ou {showAll}.',
  'programs.showAllLower': 'veja todos os programas',
  'programs.showAll': 'Ver todos os programas',
  'programs.inEnglish': 'A página de cada programa, com a sua fonte, está em inglês.',
  'programs.filtered': 'Filtrados',
  'programs.filteredTitle': 'Programas de mentoria: {chosen}',
  'programs.filteredOne': '1 programa de mentoria em Massachusetts: {chosen}.',
  'programs.filteredMany': '{count} programas de mentoria em Massachusetts: {chosen}.',
  'programs.matchOne': '1 programa atende a estes filtros.',
  'programs.matchMany': '{count} programas atendem a estes filtros.',
  'programs.houseDistrict': 'distrito {district} da Câmara',
  'programs.senateDistrict': 'distrito {district} do Senado',
  'programs.noMatchTitle': 'Nenhum programa atende a estes filtros',
  'programs.noMatchCrumb': 'Nenhum resultado',
  'programs.noMatchLede':
    'Nenhum programa do diretório atende a todos os filtros que você escolheu. Muitos programas ainda não informam ' +
    'o tipo nem as idades, então tente menos filtros.',

  'directory.aboutTitle': 'Sobre este diretório.',
  'directory.about':
    'Ele lista os programas que a {organization} indicou e programas encontrados em páginas públicas (sites de ' +
    'programas e órgãos públicos, notícias locais), cada um com a sua fonte: não são todos os programas de mentoria ' +
    'de Massachusetts, nem declarações dos programas, a não ser que o registro diga que foi feito a pedido do ' +
    'programa. Algumas fontes têm anos. Programas sem endereço publicado aparecem no centro de cada uma das suas ' +
    'cidades. Os dados que uma fonte não informa aparecem como “not listed” (não informado).',

  'filter.title': 'Filtrar programas',
  'filter.town': 'Cidade',
  'filter.anyTown': 'Qualquer cidade',
  'filter.district': 'Distrito',
  'filter.anyDistrict': 'Qualquer distrito',
  'filter.houseDistricts': 'Distritos da Câmara',
  'filter.senateDistricts': 'Distritos do Senado',
  'filter.houseDistrict': '{district} (Câmara)',
  'filter.senateDistrict': '{district} (Senado)',
  'filter.type': 'Tipo de mentoria',
  'filter.anyType': 'Qualquer tipo',
  'filter.ages': 'Idades atendidas',
  'filter.anyAge': 'Qualquer idade',
  'filter.show': 'Ver programas',
  'filter.clear': 'Limpar filtros',

  'programType.school-based': 'Na escola',
  'programType.site-based': 'Na sede do programa',
  'programType.community': 'Na comunidade',
  'programType.workplace': 'No trabalho',
  'programType.e-mentoring': 'On-line',
  'ageBand.elementary': 'Idade do ensino fundamental I (5 a 10)',
  'ageBand.middle': 'Idade do ensino fundamental II (11 a 13)',
  'ageBand.high': 'Idade do ensino médio (14 a 18)',
  'ageBand.young-adult': 'Jovens adultos (19 a 24)',

  'programCard.type': 'Tipo:',
  'programCard.notListed': 'não informado',
  'programCard.sourceSays': '(a fonte diz: {kinds})',
  'programCard.schools': 'Escolas:',
  'programCard.statewide': 'Em todo o estado: nenhuma cidade informada',
  'programCard.townCenter': '{towns} (sem endereço publicado: marcado no centro da cidade)',

  'js.programs.all': 'Mostrando todos os {count} programas.',
  'js.programs.some': 'Mostrando {shown} de {count} programas.',
};
