/**
 * What the district finder says, in Portuguese (Brazil, "você"). Same keys and placeholders as finder-en.ts. District
 * and place names carry no article here, so "em", "de" and "no" never meet one they should have merged with.
 */
import type { ServerMessages } from '../server.ts';

export const finderPt: ServerMessages['finder'] = {
  tellUsWhere: 'Diga onde você mora.',
  theseAreMine: 'Estes são os meus distritos',
  unexpected: 'Algo deu errado do nosso lado. Tente de novo daqui a um minuto.',
  counts: ['nenhum', 'um', 'dois', 'três', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove', 'dez'],
  and: ' e ',
  district: { house: 'distrito {district} da Câmara', senate: 'distrito {district} do Senado' },
  districtTitle: { house: 'O distrito {district} da Câmara', senate: 'O distrito {district} do Senado' },
  bothDistricts: '{house} e {senate}',
  places: {
    ward: 'zona eleitoral (ward) {n} de Boston',
    zip: 'CEP {zip}',
    postal: '{city} (CEP {codes})',
    postalMany: '{city} (CEPs {codes})',
    partOf: 'a área onde {within} e {place} se encontram',
  },
  found: {
    chose: 'Você escolheu estes distritos: {districts}.',
    point: 'Esse ponto fica nestes distritos: {districts}.',
    address: '{address} fica nestes distritos: {districts}.',
    part: '{place} fica nestes distritos: {districts}.',
    whole: '{place} fica por inteiro nestes distritos: {districts}.',
    message: 'Você mora no {house}, e no {senate}.',
    represented: '{district}, representado por {title} {name}',
    vacantSeat: '{district}, cuja cadeira está vaga',
    bothVacant: 'As suas duas cadeiras estão vagas até que eleições especiais as preencham.',
    oneVacant: {
      house:
        'A cadeira do distrito {district} da Câmara está vaga até que uma eleição especial a preencha. Você ainda ' +
        'pode escrever para {title} {name}, quem representa você no Senado estadual.',
      senate:
        'A cadeira do distrito {district} do Senado está vaga até que uma eleição especial a preencha. Você ainda ' +
        'pode escrever para {title} {name}, quem representa você na Câmara estadual.',
    },
  },
  split: {
    thatAddress: 'Esse endereço',
    reason: '{subject} se divide entre {parts}.',
    part: { house: '{count} distritos da Câmara', senate: '{count} distritos do Senado' },
    settle: 'Escolha {which} na lista ou no mapa, ou digite o seu endereço.',
    which: { house: 'o seu distrito da Câmara', senate: 'o seu distrito do Senado' },
    shareNothing:
      '{places} não têm nenhum distrito em comum nos nossos mapas, então mostramos os distritos de cada um.',
  },
  notes: {
    couldNotCheck: 'Agora não conseguimos verificar endereços, então usamos a cidade ou o CEP que você informou.',
    couldNotFind: 'Não encontramos esse endereço, então usamos a cidade ou o CEP que você informou.',
    offMap:
      'Encontramos {address}, mas ele fica logo fora das linhas dos distritos no nosso mapa, então usamos a cidade ' +
      'ou o CEP.',
    matchedMany: 'Esse endereço corresponde a {count} lugares: {addresses}.',
  },
  problems: {
    serviceDown:
      'Agora não conseguimos verificar endereços. Escolha a sua cidade ou digite o seu CEP, ou use a sua ' +
      'localização ou o mapa.',
    streetNotFound:
      'Não encontramos esse endereço. Confira, ou escolha a sua cidade ou digite o seu CEP, ou use a sua ' +
      'localização ou o mapa.',
    notPlaced:
      'Encontramos esse endereço, mas não conseguimos colocá-lo no mapa dos distritos. Escolha a sua cidade ou ' +
      'digite o seu CEP, ou use a sua localização ou o mapa.',
    outsideAddress:
      'Esse endereço fica fora de Massachusetts (encontramos {address}). Esta ferramenta só encontra legisladores ' +
      'de Massachusetts.',
    outsideZip: 'O CEP {zip} não é de Massachusetts. Esta ferramenta só encontra legisladores de Massachusetts.',
    outsidePoint:
      'Esse lugar não fica em nenhum distrito de Massachusetts: está fora do estado ou na água. Tente de novo, ou ' +
      'digite o seu endereço.',
    streetAndTown: 'O endereço e a cidade não combinam.',
    pointAndPlace: 'O lugar que você digitou não fica onde está o ponto que você escolheu. Qual está certo?',
    placeUnknown: 'Não encontramos o lugar que você informou.',
    chosenDoNotFit: 'Os distritos que você escolheu não correspondem ao lugar onde você mora.',
    needTown: 'Precisamos da cidade do seu endereço.',
  },
  fields: {
    ward: 'escolha uma das 22 zonas eleitorais (wards) de Boston',
    wardOnlyBoston: 'as zonas eleitorais (wards) só valem para Boston: deixe esse campo vazio para {town}',
    zipUnknown:
      'não conhecemos o CEP {zip} (os CEPs de caixa postal e de empresas não estão no mapa): use a sua cidade ou o ' +
      'seu endereço',
    townUnknown: 'não conhecemos nenhuma cidade de Massachusetts chamada “{town}”: confira a grafia, ou use o seu CEP',
    zipOutside: 'o CEP {zip} não é de Massachusetts: confira, ou deixe o campo vazio',
    streetElsewhere: 'encontramos {address}, que não fica em {town}: confira o endereço e a cidade',
    pointNotIn: 'o ponto que você escolheu (a sua localização ou no mapa) não fica em {place}: {ask}',
    zipOutsidePoint: 'o CEP {zip} não é de Massachusetts: {ask}',
    streetNotAtPoint: '{address} não fica onde está o ponto que você escolheu: {ask}',
    ask: 'corrija, ou procure os seus distritos de novo',
    noSuchDistrict: { house: 'não existe o distrito {id} da Câmara', senate: 'não existe o distrito {id} do Senado' },
    doesNotInclude: 'o {district} não inclui {where}: escolha de novo',
    thatPoint: 'esse ponto',
    placeYouGave: 'o lugar que você informou',
    shareNoGround: '{districts} não têm território em comum: escolha de novo',
    addTown: 'digite a sua cidade depois de uma vírgula, por exemplo: 24 Beacon St, Boston',
  },
};
