// The finder's sentences in each language: English as the functions and the split-place pages say it, and Spanish
// and Portuguese naming places and districts in their own words.
import { describe, expect, it } from 'vitest';
import type { DistrictSummary } from '../../src/lib/find-results.ts';
import {
  bothDistricts,
  finderWords,
  foundMessage,
  placeLabel,
  splitSentences,
  vacancyMessage,
} from '../../src/server/find-sentences.ts';

const house: DistrictSummary = {
  id: 'ma-house-130',
  chamber: 'house',
  name: '8th Suffolk',
  longName: 'Eighth Suffolk',
  slug: '8th-suffolk',
  url: '/districts/house/8th-suffolk/',
  overlaps: ['ma-senate-25'],
  vacant: false,
  legislator: {
    name: 'Pat Doe',
    title: 'Representative',
    party: 'Democrat',
    slug: 'pat-doe',
    url: '/legislators/pat-doe/',
    photoUrl: null,
    profileUrl: null,
  },
};
const senate: DistrictSummary = {
  ...house,
  id: 'ma-senate-25',
  chamber: 'senate',
  name: 'Third Suffolk',
  slug: 'third-suffolk',
  legislator: { ...house.legislator!, name: 'Sam Roe', title: 'Senator' },
};
const vacant = (d: DistrictSummary) => ({ ...d, vacant: true, legislator: null });

describe('in English', () => {
  const en = finderWords('en');

  it('names the districts and who represents them, or a vacant seat', () => {
    expect(foundMessage(house, vacant(senate), 'en')).toBe(
      'You live in the 8th Suffolk House district, represented by Representative Pat Doe, and in the Third ' +
        'Suffolk Senate district, whose seat is vacant.',
    );
    expect(vacancyMessage(vacant(house), senate, 'en')).toBe(
      'The 8th Suffolk House seat is vacant until a special election fills it. You can still write to Senator ' +
        'Sam Roe, your state senator.',
    );
    expect(vacancyMessage(house, vacant(senate), 'en')).toBe(
      'The Third Suffolk Senate seat is vacant until a special election fills it. You can still write to ' +
        'Representative Pat Doe, your state representative.',
    );
    expect(vacancyMessage(vacant(house), vacant(senate), 'en')).toBe(
      'Both of your seats are vacant until special elections fill them.',
    );
    expect(vacancyMessage(house, senate, 'en')).toBeNull();
  });

  it('names only the chamber that is split, and what would settle it', () => {
    expect(splitSentences('Acton', 2, 1, en)).toEqual({
      reason: 'Acton is split between two House districts.',
      settle: 'Pick your House district from the list or on the map, or enter your street address.',
    });
  });

  it('names both chambers when both are split', () => {
    expect(splitSentences('Boston’s Ward 3', 3, 2, en)).toEqual({
      reason: 'Boston’s Ward 3 is split between three House districts and two Senate districts.',
      settle:
        'Pick your House district and your Senate district from the list or on the map, or enter your street ' +
        'address.',
    });
  });

  it('writes counts above ten as digits', () => {
    expect(splitSentences('Boston', 19, 1, en).reason).toBe('Boston is split between 19 House districts.');
  });

  it('keeps the data’s own place labels', () => {
    expect(placeLabel({ kind: 'ward', key: '3', label: "Boston's Ward 3" }, 'en')).toBe("Boston's Ward 3");
  });
});

describe('in Spanish and Portuguese', () => {
  it('names the districts and who represents them', () => {
    expect(foundMessage(house, senate, 'es')).toBe(
      'Usted vive en el distrito 8th Suffolk de la Cámara, representado por Representante Pat Doe, y en el ' +
        'distrito Third Suffolk del Senado, representado por Senador(a) Sam Roe.',
    );
    expect(bothDistricts(house, senate, finderWords('pt'))).toBe(
      'distrito 8th Suffolk da Câmara e distrito Third Suffolk do Senado',
    );
  });

  it('says who is still there when a seat is vacant', () => {
    expect(vacancyMessage(vacant(house), senate, 'es')).toBe(
      'El escaño del distrito 8th Suffolk de la Cámara está vacante hasta que una elección especial lo ocupe. Aún ' +
        'puede escribir a Senador(a) Sam Roe, su senador(a) estatal.',
    );
    expect(vacancyMessage(vacant(house), vacant(senate), 'pt')).toBe(
      'As suas duas cadeiras estão vagas até que eleições especiais as preencham.',
    );
  });

  it('explains a split place, with the count in words', () => {
    expect(splitSentences('Boston', 19, 3, finderWords('es'))).toEqual({
      reason: 'Boston se reparte entre 19 distritos de la Cámara y tres distritos del Senado.',
      settle:
        'Elija su distrito de la Cámara y su distrito del Senado en la lista o en el mapa, o escriba su dirección.',
    });
    expect(splitSentences('Acton', 2, 1, finderWords('pt')).reason).toBe(
      'Acton se divide entre dois distritos da Câmara.',
    );
  });

  it('names wards, ZIP codes and postal names in its own words', () => {
    expect(placeLabel({ kind: 'ward', key: '3', label: "Boston's Ward 3" }, 'es')).toBe(
      'el distrito electoral (ward) 3 de Boston',
    );
    expect(placeLabel({ kind: 'zip', key: '01720', label: 'ZIP code 01720' }, 'pt')).toBe('CEP 01720');
    const hyannis = { kind: 'town', key: 'hyannis', label: 'Hyannis (ZIP codes 02601, 02647)' } as const;
    expect(placeLabel(hyannis, 'es')).toBe('Hyannis (códigos postales 02601, 02647)');
    expect(placeLabel({ kind: 'town', key: 'acton', label: 'Acton' }, 'pt')).toBe('Acton');
  });
});
