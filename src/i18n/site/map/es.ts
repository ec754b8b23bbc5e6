// The pledge map /map/ in Spanish (see map/en.ts for where each message shows). Part of es.ts, so a draft too.
import type { mapEn } from './en.ts';

export const mapEs: Record<keyof typeof mapEn, string> = {
  'map.title': 'Mapa de compromisos',
  'map.description':
    'Cuántas personas se han comprometido a ser mentoras de un joven, en cada distrito de la Cámara y del Senado ' +
    'de Massachusetts.',
  'map.lede':
    'Compromisos confirmados de ser mentor de un joven, según el distrito de la Cámara o del Senado donde vive ' +
    'cada persona. Sin nombres: solo cifras.',
  'map.skip': 'Saltar el mapa: las mismas cifras están en la tabla',
  'map.fallback':
    'Para sombrear los distritos según sus compromisos hace falta JavaScript. Las tablas de abajo tienen las cifras.',
  'map.summaryNoJs':
    'Las cifras de compromisos se actualizan en vivo, por eso necesitan JavaScript. Sin él, las cifras de cada ' +
    'distrito están en {link}; las tablas de abajo muestran todos los distritos.',
  'map.summaryLink': 'el resumen de compromisos (JSON)',
  'map.campaign': 'Campaña',
  'map.allCampaigns': 'Todas las campañas',
  'map.show': 'Mostrar',
  'map.districts': 'Distritos',
  'map.house': 'Cámara ({count})',
  'map.senate': 'Senado ({count})',
  'map.shadeBy': 'Sombrear los distritos según',
  'map.byRate': 'Compromisos por cada 10.000 habitantes',
  'map.byCount': 'Número de compromisos',
  'map.detailsHint':
    'Señale un distrito para ver sus cifras. Con el teclado: pase con Tab a los distritos del mapa y luego muévase ' +
    'de uno a otro con las flechas (por nombre). Haga clic o pulse Intro para abrir la página del distrito.',
  'map.leaders': 'Distritos con más compromisos',
  'map.everyDistrict': 'Todos los distritos: los {house} de la Cámara y los {senate} del Senado en una tabla',
  'map.programs': 'Programas de mentoría en el mapa',
  'map.programsText':
    'Un programa que el directorio ubica solo por su localidad aparece en el centro de esa localidad, no en una ' +
    'dirección. {link} tiene más información sobre cada uno.',
  'map.programsLink': 'El directorio de programas',
  'js.map.townCenter': '{town} (centro de la localidad)',
  'map.rateTitle': 'Cómo se calcula la tasa',
  'map.rateText':
    'Los compromisos por cada 10.000 habitantes dividen los compromisos confirmados de un distrito entre su ' +
    'población estimada de 2020. El censo cuenta a las personas por ciudad y localidad, no por distrito, así que ' +
    'repartimos la población de 2020 de cada localidad entre sus distritos según cuántos de sus precintos tiene ' +
    'cada uno. Los precintos se trazan para tener más o menos la misma población, así que el resultado se acerca, ' +
    'pero es una estimación. Las estimaciones de cada cámara suman exactamente la población del estado en 2020. ' +
    'Más sobre {link}.',
  'map.rateLink': 'cómo se estima la población',
  'map.confirmedOnly':
    'Un compromiso cuenta cuando se confirma por correo electrónico, en los distritos de la Cámara y del Senado de ' +
    'la dirección que dio la persona.',
  'map.svgHouse': 'Mapa de los {count} distritos de la Cámara de Massachusetts',
  'map.svgSenate': 'Mapa de los {count} distritos del Senado de Massachusetts',
  'map.tableHouse': 'Compromisos por distrito de la Cámara',
  'map.tableSenate': 'Compromisos por distrito del Senado',
  'map.captionHouse': 'Compromisos confirmados de ser mentor en cada uno de los {count} distritos de la Cámara',
  'map.captionSenate': 'Compromisos confirmados de ser mentor en cada uno de los {count} distritos del Senado',
  'map.column.district': 'Distrito',
  'map.column.member': 'Legislador',
  'map.column.pledges': 'Compromisos',
  'map.column.rate': 'Por cada 10.000 habitantes',
  'map.column.residents': 'Habitantes (estimación)',
  'map.vacant': 'Vacante',

  'js.map.loading': 'Cargando las cifras de compromisos…',
  'js.map.unknownCampaign': 'No hay ninguna campaña de compromiso con ese nombre. Elija una de la lista de arriba.',
  'js.map.failed': 'No pudimos cargar las cifras de compromisos en este momento. Inténtelo más tarde, o lea {link}.',
  'js.map.failedLink': 'el resumen de compromisos',
  'js.map.updated': 'Cifras al {time}.',
  'js.map.time': '{day} {month} {year}, {time}',
  'js.map.firstDay': '1',
  'js.map.clock': '24',
  'js.map.months': 'ene feb mar abr may jun jul ago sept oct nov dic',
  'js.map.decimal': '.',
  'js.map.noneHouse': 'Todavía no hay compromisos confirmados en ningún distrito de la Cámara.',
  'js.map.noneSenate': 'Todavía no hay compromisos confirmados en ningún distrito del Senado.',
  'js.map.notLoaded': 'Las cifras no se han cargado.',
  'js.map.leader': ': {pledges} ({member})',
  'js.map.pledgesOne': '{count} compromiso',
  'js.map.pledgesMany': '{count} compromisos',
  'js.map.detailsHouse': '{name} (Cámara), {member}: {pledges}, {rate} por cada 10.000 habitantes',
  'js.map.detailsSenate': '{name} (Senado), {member}: {pledges}, {rate} por cada 10.000 habitantes',
  'js.map.representative': 'representante estatal {name}',
  'js.map.senator': 'senador estatal {name}',
  'js.map.seatVacant': 'escaño vacante',
  'js.map.vacant': 'Vacante',
  'js.map.mapFailed': 'No se pudo dibujar el mapa. La tabla tiene las mismas cifras.',
  'js.map.legendRate': 'Compromisos confirmados por cada 10.000 habitantes',
  'js.map.legendCount': 'Compromisos confirmados',
  'js.map.noPledges': 'Sin compromisos',
  'js.map.upTo': 'hasta {to}',
  'js.map.over': 'más de {from} hasta {to}',
  'js.map.range': 'de {from} a {to}',
  'js.map.noneYet': 'Todavía no hay compromisos confirmados.',
  'js.map.waitingOne': '{count} compromiso espera la confirmación por correo electrónico.',
  'js.map.waitingMany': '{count} compromisos esperan la confirmación por correo electrónico.',
  'js.map.moreOne': 'Además, {count} compromiso espera la confirmación por correo electrónico.',
  'js.map.moreMany': 'Además, {count} compromisos esperan la confirmación por correo electrónico.',
  'js.map.confirmedOne': '{count} compromiso confirmado',
  'js.map.confirmedMany': '{count} compromisos confirmados',
  'js.map.houseOne': '{count} distrito de la Cámara',
  'js.map.houseMany': '{count} distritos de la Cámara',
  'js.map.senateOne': '{count} distrito del Senado',
  'js.map.senateMany': '{count} distritos del Senado',
  'js.map.inOne': '{pledges} en {districts}: {top}.',
  'js.map.mostIn': '{pledges} en {districts}; la mayoría en {top} ({most}).',
  'js.map.mostInEach': '{pledges} en {districts}; la mayoría en {top} ({most} cada uno).',
  'js.map.and': ' y ',
  'js.map.zoomIn': 'Acercar',
  'js.map.zoomOut': 'Alejar',
  'js.map.districtsHouse': 'Distritos de la Cámara',
  'js.map.districtsSenate': 'Distritos del Senado',
  'js.map.attribution': 'Límites de los distritos: MassGIS',
};
