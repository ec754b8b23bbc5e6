// The mentoring program directory in Spanish ("usted"): one value per key of ./en.ts.
import type { directoryEn } from './en.ts';

export const directoryEs: Record<keyof typeof directoryEn, string> = {
  'programs.title': 'Programas de mentoría',
  'programs.description':
    'Programas de mentoría para jóvenes en Massachusetts, por ciudad o pueblo, distrito de la Cámara y del Senado, ' +
    'tipo de mentoría y edades.',
  'programs.lede':
    'Programas de mentoría para jóvenes en Massachusetts, con los distritos de la Cámara y del Senado donde están. ' +
    'Filtre por pueblo, distrito, tipo de mentoría o edades.',
  'programs.submit': '¿Dirige un programa de mentoría? Pida que lo incluyamos o que corrijamos sus datos',
  'programs.results': 'Programas',
  'programs.showingAll': 'Se muestran los {count} programas.',
  'programs.empty': 'Ningún programa del directorio cumple todos estos filtros. Pruebe con menos filtros, o {showAll}.',
  'programs.showAllLower': 'vea todos los programas',
  'programs.showAll': 'Ver todos los programas',
  'programs.inEnglish': 'La página de cada programa, con su fuente, está en inglés.',
  'programs.filtered': 'Filtrados',
  'programs.filteredTitle': 'Programas de mentoría: {chosen}',
  'programs.filteredOne': '1 programa de mentoría en Massachusetts: {chosen}.',
  'programs.filteredMany': '{count} programas de mentoría en Massachusetts: {chosen}.',
  'programs.matchOne': '1 programa cumple estos filtros.',
  'programs.matchMany': '{count} programas cumplen estos filtros.',
  'programs.houseDistrict': 'distrito {district} de la Cámara',
  'programs.senateDistrict': 'distrito {district} del Senado',
  'programs.noMatchTitle': 'Ningún programa cumple estos filtros',
  'programs.noMatchCrumb': 'Sin resultados',
  'programs.noMatchLede':
    'Ningún programa del directorio cumple todos los filtros que eligió. Muchos programas todavía no indican su ' +
    'tipo ni las edades, así que pruebe con menos filtros.',

  'directory.aboutTitle': 'Sobre este directorio.',
  'directory.about':
    'Incluye los programas que {organization} ha nombrado y programas encontrados en páginas públicas (sitios de ' +
    'programas y agencias, noticias locales), cada uno con su fuente: no son todos los programas de mentoría de ' +
    'Massachusetts, ni declaraciones de los programas, salvo que la ficha diga que se hizo a pedido del programa. ' +
    'Algunas fuentes tienen años. Los programas sin una dirección publicada aparecen en el centro de cada una de ' +
    'sus ciudades y pueblos. Los datos que una fuente no da dicen “not listed” (no indicado).',

  'filter.title': 'Filtrar programas',
  'filter.town': 'Ciudad o pueblo',
  'filter.anyTown': 'Cualquier pueblo',
  'filter.district': 'Distrito',
  'filter.anyDistrict': 'Cualquier distrito',
  'filter.houseDistricts': 'Distritos de la Cámara',
  'filter.senateDistricts': 'Distritos del Senado',
  'filter.houseDistrict': '{district} (Cámara)',
  'filter.senateDistrict': '{district} (Senado)',
  'filter.type': 'Tipo de mentoría',
  'filter.anyType': 'Cualquier tipo',
  'filter.ages': 'Edades',
  'filter.anyAge': 'Cualquier edad',
  'filter.show': 'Ver programas',
  'filter.clear': 'Quitar filtros',

  'programType.school-based': 'En la escuela',
  'programType.site-based': 'En el centro del programa',
  'programType.community': 'En la comunidad',
  'programType.workplace': 'En el trabajo',
  'programType.e-mentoring': 'En línea',
  'ageBand.elementary': 'Edad de primaria (5 a 10)',
  'ageBand.middle': 'Edad de secundaria básica (11 a 13)',
  'ageBand.high': 'Edad de preparatoria (14 a 18)',
  'ageBand.young-adult': 'Adultos jóvenes (19 a 24)',

  'programCard.type': 'Tipo:',
  'programCard.notListed': 'no indicado',
  'programCard.sourceSays': '(su fuente dice: {kinds})',
  'programCard.schools': 'Escuelas:',
  'programCard.statewide': 'En todo el estado: sin pueblo indicado',
  'programCard.townCenter': '{towns} (sin dirección publicada: ubicado en el centro del pueblo)',

  'js.programs.all': 'Se muestran los {count} programas.',
  'js.programs.some': 'Se muestran {shown} de {count} programas.',
};
