/**
 * What the district finder says (src/server/find-districts.ts, find-sentences.ts), in English: why a place gives
 * these districts, why it cannot decide yet, and what to fix. Part of the functions' catalogue (en.ts `finder`);
 * byte-for-byte the sentences the finder said before there was a catalogue. Field messages start in lower case:
 * a page shows them after the field's label.
 */
export const finderEn = {
  /** numbers of places or districts (always two or more) as words; larger ones are written as digits */
  /** the finder's own replies: a query that is not a place, the button of its "which district?" page, a 500 */
  tellUsWhere: 'Tell us where you live.',
  theseAreMine: 'These are my districts',
  unexpected: 'Something went wrong on our side. Please try again in a minute.',
  counts: ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'],
  and: ' and ',
  district: { house: 'the {district} House district', senate: 'the {district} Senate district' },
  districtTitle: { house: 'The {district} House district', senate: 'The {district} Senate district' },
  bothDistricts: '{house} and {senate}',
  /** how a place is named in a sentence: the data's own label in English */
  places: {
    ward: "Boston's Ward {n}",
    zip: 'ZIP code {zip}',
    postal: '{city} (ZIP code {codes})',
    postalMany: '{city} (ZIP codes {codes})',
    partOf: 'the part of {place} in {within}',
  },
  found: {
    chose: 'You chose {districts}.',
    point: 'That point is in {districts}.',
    address: '{address} is in {districts}.',
    part: '{place} is in {districts}.',
    whole: 'All of {place} is in {districts}.',
    message: 'You live in {house}, and in {senate}.',
    represented: '{district}, represented by {title} {name}',
    vacantSeat: '{district}, whose seat is vacant',
    bothVacant: 'Both of your seats are vacant until special elections fill them.',
    oneVacant: {
      house:
        'The {district} House seat is vacant until a special election fills it. You can still write to {title} ' +
        '{name}, your state senator.',
      senate:
        'The {district} Senate seat is vacant until a special election fills it. You can still write to {title} ' +
        '{name}, your state representative.',
    },
  },
  split: {
    thatAddress: 'That address',
    reason: '{subject} is split between {parts}.',
    part: { house: '{count} House districts', senate: '{count} Senate districts' },
    settle: 'Pick {which} from the list or on the map, or enter your street address.',
    which: { house: 'your House district', senate: 'your Senate district' },
    shareNothing: '{places} share no district on our maps, so here are the districts of each.',
  },
  notes: {
    couldNotCheck: 'We could not check street addresses just now, so we went by the town or ZIP code you gave.',
    couldNotFind: 'We could not find that street address, so we went by the town or ZIP code you gave.',
    offMap:
      'We found {address}, but it falls just outside the district lines on our map, so we went by its town or ZIP ' +
      'code.',
    matchedMany: 'That address matched {count} places: {addresses}.',
  },
  problems: {
    serviceDown:
      'We could not check street addresses just now. Choose your city or town or enter your ZIP code instead, or ' +
      'use your location or the map.',
    streetNotFound:
      'We could not find that street address. Check it, or choose your city or town or enter your ZIP code ' +
      'instead, or use your location or the map.',
    notPlaced:
      'We found that address but could not place it on the district map. Choose your city or town or enter your ' +
      'ZIP code instead, or use your location or the map.',
    outsideAddress:
      'That address is outside Massachusetts (we found {address}). This toolkit finds Massachusetts legislators ' +
      'only.',
    outsideZip: 'ZIP code {zip} is not in Massachusetts. This toolkit finds Massachusetts legislators only.',
    outsidePoint:
      'That spot is not in any Massachusetts district: it is outside the state or in the water. Try again, or ' +
      'enter your address.',
    streetAndTown: 'The street address and the town do not match.',
    pointAndPlace: 'The place you typed is not where the point you chose is. Which is right?',
    placeUnknown: 'We could not find the place you gave.',
    chosenDoNotFit: 'The districts you chose do not match where you live.',
    needTown: 'We need the city or town of your street address.',
  },
  fields: {
    ward: 'choose one of Boston’s 22 wards',
    wardOnlyBoston: 'wards are only used for Boston: leave the ward empty for {town}',
    zipUnknown:
      'we do not know ZIP code {zip} (post-office-box and business ZIP codes are not mapped): use your town or ' +
      'street address',
    townUnknown:
      'we do not know a Massachusetts city or town called “{town}”: check the spelling, or use your ZIP code',
    zipOutside: 'ZIP code {zip} is not in Massachusetts: check it, or leave it empty',
    streetElsewhere: 'we found {address}, which is not in {town}: check the street and the town',
    pointNotIn: 'the point you chose (your location or on the map) is not in {place}: {ask}',
    zipOutsidePoint: 'ZIP code {zip} is not in Massachusetts: {ask}',
    streetNotAtPoint: '{address} is not where the point you chose is: {ask}',
    ask: 'correct it, or look up your districts again',
    noSuchDistrict: { house: 'there is no House district {id}', senate: 'there is no Senate district {id}' },
    doesNotInclude: '{district} does not include {where}: choose again',
    thatPoint: 'that point',
    placeYouGave: 'the place you gave',
    shareNoGround: '{districts} share no ground: choose again',
    addTown: 'add your city or town after a comma, for example: 24 Beacon St, Boston',
  },
};
