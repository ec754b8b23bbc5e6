/** What the district finder says, in Spanish (United States, "usted"). Same keys and placeholders as finder-en.ts. */
import type { ServerMessages } from '../server.ts';

export const finderEs: ServerMessages['finder'] = {
  tellUsWhere: 'Díganos dónde vive.',
  theseAreMine: 'Estos son mis distritos',
  unexpected: 'Algo falló de nuestro lado. Inténtelo de nuevo en un minuto.',
  counts: ['ningún', 'un', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez'],
  and: ' y ',
  district: { house: 'el distrito {district} de la Cámara', senate: 'el distrito {district} del Senado' },
  districtTitle: { house: 'El distrito {district} de la Cámara', senate: 'El distrito {district} del Senado' },
  bothDistricts: '{house} y {senate}',
  places: {
    ward: 'el distrito electoral (ward) {n} de Boston',
    zip: 'el código postal {zip}',
    postal: '{city} (código postal {codes})',
    postalMany: '{city} (códigos postales {codes})',
    partOf: 'la zona donde coinciden {within} y {place}',
  },
  found: {
    chose: 'Usted eligió {districts}.',
    point: 'Ese punto está en {districts}.',
    address: '{address} está en {districts}.',
    part: '{place} está en {districts}.',
    whole: 'Todo {place} está en {districts}.',
    message: 'Usted vive en {house}, y en {senate}.',
    represented: '{district}, representado por {title} {name}',
    vacantSeat: '{district}, cuyo escaño está vacante',
    bothVacant: 'Sus dos escaños están vacantes hasta que elecciones especiales los ocupen.',
    oneVacant: {
      house:
        'El escaño del distrito {district} de la Cámara está vacante hasta que una elección especial lo ocupe. ' +
        'Aún puede escribir a {title} {name}, su senador(a) estatal.',
      senate:
        'El escaño del distrito {district} del Senado está vacante hasta que una elección especial lo ocupe. ' +
        'Aún puede escribir a {title} {name}, su representante estatal.',
    },
  },
  split: {
    thatAddress: 'Esa dirección',
    reason: '{subject} se reparte entre {parts}.',
    part: { house: '{count} distritos de la Cámara', senate: '{count} distritos del Senado' },
    settle: 'Elija {which} en la lista o en el mapa, o escriba su dirección.',
    which: { house: 'su distrito de la Cámara', senate: 'su distrito del Senado' },
    shareNothing:
      '{places} no comparten ningún distrito en nuestros mapas, así que le mostramos los distritos de cada uno.',
  },
  notes: {
    couldNotCheck:
      'Ahora mismo no pudimos comprobar direcciones, así que nos guiamos por la ciudad o el código postal que nos dio.',
    couldNotFind: 'No encontramos esa dirección, así que nos guiamos por la ciudad o el código postal que nos dio.',
    offMap:
      'Encontramos {address}, pero queda justo fuera de las líneas de distrito de nuestro mapa, así que nos guiamos ' +
      'por su ciudad o código postal.',
    matchedMany: 'Esa dirección coincide con {count} lugares: {addresses}.',
  },
  problems: {
    serviceDown:
      'Ahora mismo no pudimos comprobar direcciones. Elija su ciudad o pueblo, o escriba su código postal, o use su ' +
      'ubicación o el mapa.',
    streetNotFound:
      'No encontramos esa dirección. Revísela, o elija su ciudad o pueblo, o escriba su código postal, o use su ' +
      'ubicación o el mapa.',
    notPlaced:
      'Encontramos esa dirección, pero no pudimos ubicarla en el mapa de distritos. Elija su ciudad o pueblo, o ' +
      'escriba su código postal, o use su ubicación o el mapa.',
    outsideAddress:
      'Esa dirección está fuera de Massachusetts (encontramos {address}). Esta herramienta solo busca legisladores ' +
      'de Massachusetts.',
    outsideZip:
      'El código postal {zip} no es de Massachusetts. Esta herramienta solo busca legisladores de Massachusetts.',
    outsidePoint:
      'Ese lugar no está en ningún distrito de Massachusetts: está fuera del estado o en el agua. Inténtelo de ' +
      'nuevo, o escriba su dirección.',
    streetAndTown: 'La dirección y la ciudad no coinciden.',
    pointAndPlace: 'El lugar que escribió no está donde está el punto que eligió. ¿Cuál es el correcto?',
    placeUnknown: 'No encontramos el lugar que nos dio.',
    chosenDoNotFit: 'Los distritos que eligió no coinciden con el lugar donde vive.',
    needTown: 'Necesitamos la ciudad o el pueblo de su dirección.',
  },
  fields: {
    ward: 'elija uno de los 22 distritos electorales (wards) de Boston',
    wardOnlyBoston: 'los distritos electorales (wards) solo se usan en Boston: déjelo vacío para {town}',
    zipUnknown:
      'no conocemos el código postal {zip} (no tenemos en el mapa los códigos de apartados postales ni de ' +
      'empresas): use su ciudad o su dirección',
    townUnknown:
      'no conocemos ninguna ciudad o pueblo de Massachusetts llamado “{town}”: revise cómo se escribe, o use su ' +
      'código postal',
    zipOutside: 'el código postal {zip} no es de Massachusetts: revíselo, o déjelo vacío',
    streetElsewhere: 'encontramos {address}, que no está en {town}: revise la dirección y la ciudad',
    pointNotIn: 'el punto que eligió (su ubicación o en el mapa) no está en {place}: {ask}',
    zipOutsidePoint: 'el código postal {zip} no es de Massachusetts: {ask}',
    streetNotAtPoint: '{address} no está donde está el punto que eligió: {ask}',
    ask: 'corríjalo, o busque sus distritos de nuevo',
    noSuchDistrict: {
      house: 'no existe el distrito {id} de la Cámara',
      senate: 'no existe el distrito {id} del Senado',
    },
    doesNotInclude: '{district} no incluye {where}: elija de nuevo',
    thatPoint: 'ese punto',
    placeYouGave: 'el lugar que nos dio',
    shareNoGround: '{districts} no tienen ningún territorio en común: elija de nuevo',
    addTown: 'escriba su ciudad o pueblo después de una coma, por ejemplo: 24 Beacon St, Boston',
  },
};
