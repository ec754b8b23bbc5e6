// The pledge map /map/ in Portuguese (see map/en.ts for where each message shows). Part of pt.ts, so a draft too.
import type { mapEn } from './en.ts';

export const mapPt: Record<keyof typeof mapEn, string> = {
  'map.title': 'Mapa de compromissos',
  'map.description':
    'Quantas pessoas assumiram o compromisso de ser mentoras de um jovem, em cada distrito da Câmara e do Senado ' +
    'de Massachusetts.',
  'map.lede':
    'Compromissos confirmados de ser mentor de um jovem, pelo distrito da Câmara ou do Senado onde cada pessoa ' +
    'mora. Sem nomes: só números.',
  'map.skip': 'Pular o mapa: os mesmos números estão na tabela',
  'map.fallback':
    'Para colorir os distritos pelos seus compromissos é preciso JavaScript. As tabelas abaixo têm os números.',
  'map.summaryNoJs':
    'Os números de compromissos são atualizados ao vivo, por isso precisam de JavaScript. Sem ele, os números de ' +
    'cada distrito estão {link}; as tabelas abaixo listam todos os distritos.',
  'map.summaryLink': 'no resumo de compromissos (JSON)',
  'map.campaign': 'Campanha',
  'map.allCampaigns': 'Todas as campanhas',
  'map.show': 'Mostrar',
  'map.districts': 'Distritos',
  'map.house': 'Câmara ({count})',
  'map.senate': 'Senado ({count})',
  'map.shadeBy': 'Colorir os distritos por',
  'map.byRate': 'Compromissos por 10.000 habitantes',
  'map.byCount': 'Número de compromissos',
  'map.detailsHint':
    'Aponte para um distrito para ver os números dele. Pelo teclado: use Tab para entrar nos distritos do mapa e ' +
    'depois as setas para ir de um ao outro (pelo nome). Clique ou tecle Enter para abrir a página do distrito.',
  'map.leaders': 'Distritos com mais compromissos',
  'map.everyDistrict': 'Todos os distritos: os {house} da Câmara e os {senate} do Senado numa tabela',
  'map.programs': 'Programas de mentoria no mapa',
  'map.programsText':
    'Um programa que o diretório localiza só pela cidade aparece no centro da cidade, não num endereço. {link} ' +
    'tem mais sobre cada um.',
  'map.programsLink': 'O diretório de programas',
  'js.map.townCenter': '{town} (centro da cidade)',
  'map.rateTitle': 'Como a taxa é calculada',
  'map.rateText':
    'Os compromissos por 10.000 habitantes dividem os compromissos confirmados de um distrito pela sua população ' +
    'estimada de 2020. O censo conta as pessoas por cidade, não por distrito, então dividimos a população de ' +
    '2020 de cada cidade entre os seus distritos conforme quantas das suas seções eleitorais (precincts) cada ' +
    'um tem. As seções são traçadas para ter mais ou menos a mesma população, então o resultado fica próximo, ' +
    'mas é uma estimativa. As estimativas de cada casa somam exatamente a população do estado em 2020. ' +
    'Veja mais sobre {link}.',
  'map.rateLink': 'como a população é estimada',
  'map.confirmedOnly':
    'Um compromisso conta depois de confirmado por e-mail, nos distritos da Câmara e do Senado do endereço que a ' +
    'pessoa informou.',
  'map.svgHouse': 'Mapa dos {count} distritos da Câmara de Massachusetts',
  'map.svgSenate': 'Mapa dos {count} distritos do Senado de Massachusetts',
  'map.tableHouse': 'Compromissos por distrito da Câmara',
  'map.tableSenate': 'Compromissos por distrito do Senado',
  'map.captionHouse': 'Compromissos confirmados de ser mentor em cada um dos {count} distritos da Câmara',
  'map.captionSenate': 'Compromissos confirmados de ser mentor em cada um dos {count} distritos do Senado',
  'map.column.district': 'Distrito',
  'map.column.member': 'Legislador',
  'map.column.pledges': 'Compromissos',
  'map.column.rate': 'Por 10.000 habitantes',
  'map.column.residents': 'Habitantes (estimativa)',
  'map.vacant': 'Vaga',

  'js.map.loading': 'Carregando os números de compromissos…',
  'js.map.unknownCampaign': 'Não há campanha de compromisso com esse nome. Escolha uma da lista acima.',
  'js.map.failed': 'Não foi possível carregar os números de compromissos agora. Tente mais tarde, ou leia {link}.',
  'js.map.failedLink': 'o resumo de compromissos',
  'js.map.updated': 'Números atualizados em {time}.',
  'js.map.time': '{day} de {month} de {year}, {time}',
  'js.map.firstDay': '1º',
  'js.map.clock': '24',
  'js.map.months': 'jan fev mar abr mai jun jul ago set out nov dez',
  'js.map.decimal': ',',
  'js.map.noneHouse': 'Ainda não há compromissos confirmados em nenhum distrito da Câmara.',
  'js.map.noneSenate': 'Ainda não há compromissos confirmados em nenhum distrito do Senado.',
  'js.map.notLoaded': 'Os números não carregaram.',
  'js.map.leader': ': {pledges} ({member})',
  'js.map.pledgesOne': '{count} compromisso',
  'js.map.pledgesMany': '{count} compromissos',
  'js.map.detailsHouse': '{name} (Câmara), {member}: {pledges}, {rate} por 10.000 habitantes',
  'js.map.detailsSenate': '{name} (Senado), {member}: {pledges}, {rate} por 10.000 habitantes',
  'js.map.representative': 'deputado estadual {name}',
  'js.map.senator': 'senador estadual {name}',
  'js.map.seatVacant': 'cadeira vaga',
  'js.map.vacant': 'Vaga',
  'js.map.mapFailed': 'Não foi possível desenhar o mapa. A tabela tem os mesmos números.',
  'js.map.legendRate': 'Compromissos confirmados por 10.000 habitantes',
  'js.map.legendCount': 'Compromissos confirmados',
  'js.map.noPledges': 'Sem compromissos',
  'js.map.upTo': 'até {to}',
  'js.map.over': 'mais de {from} até {to}',
  'js.map.range': 'de {from} a {to}',
  'js.map.noneYet': 'Ainda não há compromissos confirmados.',
  'js.map.waitingOne': '{count} compromisso aguarda a confirmação por e-mail.',
  'js.map.waitingMany': '{count} compromissos aguardam a confirmação por e-mail.',
  'js.map.moreOne': 'Além disso, {count} compromisso aguarda a confirmação por e-mail.',
  'js.map.moreMany': 'Além disso, {count} compromissos aguardam a confirmação por e-mail.',
  'js.map.confirmedOne': '{count} compromisso confirmado',
  'js.map.confirmedMany': '{count} compromissos confirmados',
  'js.map.houseOne': '{count} distrito da Câmara',
  'js.map.houseMany': '{count} distritos da Câmara',
  'js.map.senateOne': '{count} distrito do Senado',
  'js.map.senateMany': '{count} distritos do Senado',
  'js.map.inOne': '{pledges} em {districts}: {top}.',
  'js.map.mostIn': '{pledges} em {districts}; a maioria em {top} ({most}).',
  'js.map.mostInEach': '{pledges} em {districts}; a maioria em {top} ({most} cada).',
  'js.map.and': ' e ',
  'js.map.zoomIn': 'Aproximar',
  'js.map.zoomOut': 'Afastar',
  'js.map.districtsHouse': 'Distritos da Câmara',
  'js.map.districtsSenate': 'Distritos do Senado',
  'js.map.attribution': 'Limites dos distritos: MassGIS',
};
