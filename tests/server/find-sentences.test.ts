// The finder's sentences in each language: English says exactly what the pages' own sentences say
// (src/lib/find-results.ts), and Spanish and Portuguese name places and districts in their own words.
import { describe, expect, it } from 'vitest';
import * as pages from '../../src/lib/find-results.ts';
import {
  bothDistricts,
  finderWords,
  foundMessage,
  placeLabel,
  splitSentences,
  vacancyMessage,
} from '../../src/server/find-sentences.ts';

const house: pages.DistrictSummary = {
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
const senate: pages.DistrictSummary = {
  ...house,
  id: 'ma-senate-25',
  chamber: 'senate',
  name: 'Third Suffolk',
  slug: 'third-suffolk',
  legislator: { ...house.legislator!, name: 'Sam Roe', title: 'Senator' },
};
const vacant = (d: pages.DistrictSummary) => ({ ...d, vacant: true, legislator: null });

describe('in English', () => {
  it('says what the pages say', () => {
    expect(foundMessage(house, senate, 'en')).toBe(pages.foundMessage(house, senate));
    expect(vacancyMessage(vacant(house), senate, 'en')).toBe(pages.vacancyMessage(vacant(house), senate));
    expect(vacancyMessage(house, vacant(senate), 'en')).toBe(pages.vacancyMessage(house, vacant(senate)));
    expect(vacancyMessage(vacant(house), vacant(senate), 'en')).toBe(
      pages.vacancyMessage(vacant(house), vacant(senate)),
    );
    expect(vacancyMessage(house, senate, 'en')).toBeNull();
    expect(splitSentences('Acton', 2, 1, finderWords('en'))).toEqual(pages.splitSentences('Acton', 2, 1));
    expect(splitSentences('Boston', 19, 3, finderWords('en'))).toEqual(pages.splitSentences('Boston', 19, 3));
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
