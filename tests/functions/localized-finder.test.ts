// The district finder answers in the person's language (issue 19): a Spanish or Portuguese page's lookup gets its
// reasons, its split-town explanations and its "what to fix" in that language, as JSON and as a page; a letter or a
// pledge from such a page hears the finder in that language too. The real handler, a fake Census geocoder.
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handle, type DistrictsDeps } from '../../functions/find-districts.mts';
import { handle as letters } from '../../functions/letters.mts';
import { handle as pledges } from '../../functions/pledges.mts';
import { censusGeocoder } from '../../src/server/geocoder.ts';
import { loadLocationData } from '../../src/server/find-data.ts';
import type { JsonStore } from '../../src/server/store.ts';
import { pointsAcrossBoundary } from '../helpers/boundary.ts';
import { startFakeCensus, type FakeCensus } from '../helpers/fake-census.ts';
import type { FakeResend } from '../helpers/fake-resend.ts';
import { freshMailAndStoreEachTest } from '../helpers/fresh-mail-and-store.ts';
import { formPost, jsonPost, letterBody, letterDeps, type Clock } from '../helpers/letters.ts';
import { pledgeBody, pledgeDeps, pledgeJson } from '../helpers/pledges.ts';

let census: FakeCensus;
let deps: DistrictsDeps;
beforeAll(async () => {
  census = await startFakeCensus();
  census.know('24 Beacon St, Boston, MA 02133', {
    lon: -71.0638,
    lat: 42.3588,
    matchedAddress: '24 BEACON ST, BOSTON, MA, 02133',
    state: 'MA',
    zip: '02133',
  });
  deps = { data: loadLocationData, geocode: censusGeocoder({ baseUrl: census.url, timeoutMs: 1000 }), log: () => {} };
});
afterAll(() => census.close());

const boundaries = JSON.parse(readFileSync('content/geo/district-boundaries.json', 'utf8')) as Topology;
const postForm = (fields: Record<string, string>) =>
  handle(
    new Request('http://localhost/api/districts', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
      body: new URLSearchParams(fields),
    }),
    deps,
  );
const get = async (query: string) => {
  const res = await handle(new Request(`http://localhost/api/districts?${query}`), deps);
  return { status: res.status, body: await res.json() };
};

describe('the finder in Spanish', () => {
  it('says why a street address is in its districts, and who represents them, in Spanish', async () => {
    const { body } = await get('street=24+Beacon+St&town=Boston&zip=02133&lang=es');
    expect(body.data.reason).toBe(
      '24 BEACON ST, BOSTON, MA, 02133 está en el distrito 8th Suffolk de la Cámara y el distrito Third Suffolk ' +
        'del Senado.',
    );
    expect(body.data.message).toMatch(/^Usted vive en el distrito 8th Suffolk de la Cámara, representado por /);
    expect(body.data.message).toMatch(/, y en el distrito Third Suffolk del Senado, representado por Senador\(a\) /);
    expect(body.data.house.legislator.title).toBe('Representante');
  });

  it('explains a split town and what would settle it', async () => {
    const { body } = await get('town=Acton&lang=es');
    expect(body.data).toMatchObject({
      status: 'ambiguous',
      reason: 'Acton se reparte entre dos distritos de la Cámara.',
      settle: 'Elija su distrito de la Cámara en la lista o en el mapa, o escriba su dirección.',
    });
  });

  it('names a ZIP code in Spanish when it is split', async () => {
    const { body } = await get('zip=01720&lang=es');
    expect(body.data.reason).toMatch(/^El código postal 01720 se reparte entre /);
    expect(body.data.place.label).toBe('el código postal 01720');
  });

  it('says what to fix in a place it does not know, as a 422 in Spanish', async () => {
    const { status, body } = await get('town=Springfeld&lang=es');
    expect(status).toBe(422);
    expect(body.error.message).toBe('No encontramos el lugar que nos dio.');
    expect(body.error.fields.town).toEqual([
      'no conocemos ninguna ciudad o pueblo de Massachusetts llamado “Springfeld”: revise cómo se escribe, o use ' +
        'su código postal',
    ]);
  });
});

describe('the finder in Portuguese', () => {
  it('tells a spot outside Massachusetts in Portuguese', async () => {
    const { status, body } = await get('lat=41.824&lon=-71.4128&lang=pt');
    expect(status).toBe(422);
    expect(body.error.message).toBe(
      'Esse lugar não fica em nenhum distrito de Massachusetts: está fora do estado ou na água. Tente de novo, ou ' +
        'digite o seu endereço.',
    );
  });

  it('explains a split town in Portuguese', async () => {
    const { body } = await get('town=Acton&lang=pt');
    expect(body.data.reason).toBe('Acton se divide entre dois distritos da Câmara.');
    expect(body.data.settle).toBe('Escolha o seu distrito da Câmara na lista ou no mapa, ou digite o seu endereço.');
  });

  it('a Portuguese form whose address matched two places gets a Portuguese "which district?" page', async () => {
    const [one, two] = pointsAcrossBoundary(boundaries, 'senate', 'ma-senate-25', 'ma-senate-30');
    census.know(
      '100 Main St, Boston, MA',
      { lon: one[0], lat: one[1], matchedAddress: '100 MAIN ST, BOSTON, MA, 02129', state: 'MA', zip: '02129' },
      { lon: two[0], lat: two[1], matchedAddress: '100 MAIN ST, BOSTON, MA, 02136', state: 'MA', zip: '02136' },
    );
    const res = await postForm({ street: '100 Main St', town: 'Boston', lang: 'pt' });
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('<html lang="pt-BR">');
    expect(page).toContain(
      'Esse endereço corresponde a dois lugares: 100 MAIN ST, BOSTON, MA, 02129; 100 MAIN ST, BOSTON, MA, 02136.',
    );
    expect(page).toContain('Estes são os meus distritos');
    expect(page).not.toMatch(/matched|split between|Pick your/);
  });

  it('a Portuguese page whose lookup is not a place hears it in Portuguese', async () => {
    const { status, body } = await get('zip=123&lang=pt');
    expect(status).toBe(422);
    expect(body.error.message).toBe('Diga onde você mora.');
    expect(JSON.stringify(body)).not.toMatch(/must be|Enter|Invalid/);
  });
});

let fake: FakeResend;
let clock: Clock;
let store: JsonStore;
freshMailAndStoreEachTest('localized-finder', (fresh) => ({ fake, clock, store } = fresh));

describe('a letter or a pledge that cannot be placed yet', () => {
  it('a Spanish letter from a split town: a 422 that says so in Spanish', async () => {
    const body = letterBody({ address: 'Acton', lat: undefined, lon: undefined, lang: 'es' });
    const res = await letters(jsonPost(body), letterDeps(store, fake, clock));
    expect(res.status).toBe(422);
    expect((await res.json()).error.message).toBe(
      'Acton se reparte entre dos distritos de la Cámara. Elija su distrito de la Cámara en la lista o en el ' +
        'mapa, o escriba su dirección.',
    );
    expect(fake.delivered).toHaveLength(0);
  });

  it('a Spanish letter form from a split town: the "which district?" page is Spanish throughout', async () => {
    const { lat: _lat, lon: _lon, ...body } = letterBody({ address: 'Acton', lang: 'es' });
    const fields = Object.fromEntries(Object.entries(body).map(([k, v]) => [k, String(v)]));
    const res = await letters(formPost(fields), letterDeps(store, fake, clock));
    const page = await res.text();
    expect(page).toContain('<html lang="es-US">');
    expect(page).toContain('Acton se reparte entre dos distritos de la Cámara.');
    expect(page).not.toContain('is split between');
  });

  it('a Portuguese pledge from a town we do not know: the field says so in Portuguese', async () => {
    const res = await pledges(
      pledgeJson(pledgeBody({ lang: 'pt', town: 'Springfeld', lat: undefined, lon: undefined })),
      pledgeDeps(store, fake, clock),
    );
    expect(res.status).toBe(422);
    const { error } = await res.json();
    expect(error.message).toBe('Não encontramos o lugar que você informou.');
    expect(error.fields.town[0]).toMatch(/^não conhecemos nenhuma cidade de Massachusetts chamada “Springfeld”/);
  });
});
