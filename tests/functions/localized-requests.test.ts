// The request forms answer in the person's language (issue 19): a champion thank-you, a program's listing request and
// a school's request for help, sent from a Spanish or Portuguese page, get their pages, JSON, field errors and the
// person's own email in that language, while the thank-you an office reads and the email staff read stay English.
// The real handlers, a local Blobs server and the fake Resend API.
import { describe, expect, it } from 'vitest';
import { handle as championThanks } from '../../functions/champion-thanks.mts';
import { handle as programSubmissions } from '../../functions/program-submissions.mts';
import { handle as taRequests } from '../../functions/ta-requests.mts';
import type { ChampionList } from '../../src/lib/schemas/champion.ts';
import type { StoredProgramSubmission } from '../../src/lib/schemas/program-submission.ts';
import { readConfig } from '../../src/server/config.ts';
import { resendMailer } from '../../src/server/mailer.ts';
import type { JsonStore } from '../../src/server/store.ts';
import { loadLegislators } from '../helpers/content.ts';
import type { FakeResend } from '../helpers/fake-resend.ts';
import { freshMailAndStoreEachTest } from '../helpers/fresh-mail-and-store.ts';
import type { Clock } from '../helpers/letters.ts';

let fake: FakeResend;
let clock: Clock;
let store: JsonStore;
freshMailAndStoreEachTest('localized-requests', (fresh) => ({ fake, clock, store } = fresh));

const site = 'https://act.example.org';
const config = readConfig({
  CONTEXT: 'dev',
  MAIL_FROM: 'hello@example.org',
  URL: site,
  STAFF_EMAIL: 'programs@example.org',
  RATE_LIMIT_SALT: 's',
});
const request = (path: string, body: Record<string, unknown>, as: 'json' | 'form') =>
  new Request(`${site}${path}`, {
    method: 'POST',
    headers: {
      'content-type': as === 'json' ? 'application/json' : 'application/x-www-form-urlencoded',
      accept: as === 'json' ? 'application/json' : 'text/html',
      origin: site,
    },
    body:
      as === 'json'
        ? JSON.stringify(body)
        : new URLSearchParams(Object.entries(body).map(([k, v]) => [k, String(v)])).toString(),
  });

describe('a champion thank-you', () => {
  const legislators = loadLegislators();
  const champion = legislators.find((l) => l.slug === 'aaron-michlewitz')!;
  const fixture: ChampionList = {
    [champion.slug]: { why: 'Test fixture.', since: '2027-03-01', source: 'https://example.org/champions' },
  };
  const deps = () => ({
    store,
    mailer: resendMailer(fake.apiKey, fake.url),
    config,
    now: clock.now,
    champions: fixture,
    legislators,
    clientIp: '203.0.113.5',
  });
  const thanks = { champion: champion.slug, name: 'Ana Díaz', email: 'ana@example.com', town: 'Worcester' };

  it('from a Spanish page: what to fix, as a Spanish page and a Spanish 422', async () => {
    const bad = { ...thanks, name: '', town: '', lang: 'es' };
    const page = await (await championThanks(request('/api/champion-thanks', bad, 'form'), deps())).text();
    expect(page).toContain('<html lang="es-US">');
    expect(page).toContain('Su agradecimiento necesita una corrección');
    expect(page).toContain('<li>Su nombre: Escriba su nombre</li>');
    expect(page).toContain('<li>Su ciudad o pueblo: Escriba su ciudad o pueblo</li>');

    const res = await championThanks(request('/api/champion-thanks', bad, 'json'), deps());
    expect(res.status).toBe(422);
    const { error } = await res.json();
    expect(error.message).toBe('Su agradecimiento necesita una corrección.');
    expect(error.fields.name).toEqual(['Escriba su nombre']);
    expect(fake.delivered).toHaveLength(0);
  });

  it('from a Portuguese page: the office still reads English; the reply names them in Portuguese', async () => {
    const res = await championThanks(request('/api/champion-thanks', { ...thanks, lang: 'pt' }, 'json'), deps());
    expect(res.status).toBe(201);
    const { data } = await res.json();
    expect(data.to).toEqual({ name: champion.name, title: 'Deputado(a) estadual' });
    const office = fake.delivered[0]!.email;
    expect(office.to).toEqual([champion.email]);
    expect(office.text).toMatch(/^Dear Representative /);
  });

  it('to someone not on the list, from a Portuguese page: a Portuguese 404', async () => {
    const body = { ...thanks, champion: 'nobody-here', lang: 'pt' };
    const res = await championThanks(request('/api/champion-thanks', body, 'json'), deps());
    expect(res.status).toBe(404);
    expect((await res.json()).error.message).toBe('Esse legislador não está na lista de defensores da mentoria.');
  });
});

describe('a program asking to be listed', () => {
  const deps = () => ({
    config,
    store: () => store,
    mailer: () => resendMailer(fake.apiKey, fake.url),
    now: clock.now,
    clientIp: '203.0.113.7',
  });
  const listing = {
    name: 'Mentores de Lynn',
    organization: 'Lynn Youth Org',
    towns: 'Lynn; Salem',
    kinds: 'community',
    ages: '8-18',
    languages: 'Spanish',
    email: 'director@example.org',
    consent: 'on',
  };

  it('from a Spanish page: the contact’s email is Spanish, and the record keeps the language', async () => {
    const res = await programSubmissions(
      request('/api/program-submissions', { ...listing, lang: 'es' }, 'json'),
      deps(),
    );
    expect(res.status).toBe(201);
    const email = fake.delivered[0]!.email;
    expect(email.subject).toBe('Recibimos su solicitud: Mentores de Lynn');
    expect(email.text).toContain('Gracias: recibimos su solicitud para incluir Mentores de Lynn en el directorio.');
    expect(email.text).toContain('Tipos de mentoría: en la comunidad');
    expect(email.text).toContain('Sitio web: no indicado');
    expect(email.html).toContain('<html lang="es-US">');
    const [key] = await store.keys('submission/');
    expect((await store.get<StoredProgramSubmission>(key!))!.lang).toBe('es');
  });

  it('from a Portuguese page with answers to fix: a Portuguese page, and the field errors in Portuguese', async () => {
    const bad = { ...listing, name: '', towns: 'Springfeld', lang: 'pt' };
    const res = await programSubmissions(request('/api/program-submissions', bad, 'form'), deps());
    expect(res.status).toBe(422);
    const page = await res.text();
    expect(page).toContain('<html lang="pt-BR">');
    expect(page).toContain('Algumas respostas precisam de correção');
    expect(page).toContain('<li>Nome do programa: Digite o nome do programa</li>');
    expect(page).toContain('<li>Cidades: &quot;Springfeld&quot; não é uma cidade de Massachusetts</li>');

    const json = await (await programSubmissions(request('/api/program-submissions', bad, 'json'), deps())).json();
    expect(json.error.message).toBe('Algumas respostas precisam de correção.');
    expect(json.error.fields.name).toEqual(['Digite o nome do programa']);
    expect(fake.delivered).toHaveLength(0);
  });

  it('from a Portuguese page asking to correct a listing: the email is Portuguese', async () => {
    const body = { ...listing, program: 'lynn-mentors', website: 'https://lynn.example/', lang: 'pt' };
    const res = await programSubmissions(request('/api/program-submissions', body, 'form'), deps());
    expect(res.status).toBe(303);
    // the Portuguese "received" page, and the form's "fix this" link back to the Portuguese form
    expect(res.headers.get('location')).toBe('/pt/programs/submit/received/');
    const email = fake.delivered[0]!.email;
    expect(email.subject).toBe('Recebemos o seu pedido: Mentores de Lynn');
    expect(email.text).toContain('Obrigado: recebemos o seu pedido para incluir uma correção no cadastro de Mentores');
    expect(email.text).toContain('Cidades: Lynn, Salem');
    expect(email.text).toContain('Site: https://lynn.example/');
    expect(email.html).toContain('<html lang="pt-BR">');
  });

  it('in English, the email is as it always was', async () => {
    await programSubmissions(request('/api/program-submissions', listing, 'json'), deps());
    const email = fake.delivered[0]!.email;
    expect(email.subject).toBe('We received your request: Mentores de Lynn');
    expect(email.text).toContain('Kinds of mentoring: community');
  });
});

describe('a school asking for help', () => {
  const deps = () => ({
    config,
    store: () => store,
    mailer: () => resendMailer(fake.apiKey, fake.url),
    now: clock.now,
    clientIp: '203.0.113.9',
  });
  const help = {
    name: 'Ana Teacher',
    organization: 'Chestnut Middle School',
    role: 'Counselor',
    email: 'ana@example.org',
    town: 'Springfield',
    help: 'other',
    message: 'Queremos empezar un club de mentoría.',
    consent: 'yes',
  };

  it('from a Spanish page: staff get the English notice, the person a Spanish "received" page', async () => {
    const res = await taRequests(request('/api/ta-requests', { ...help, lang: 'es' }, 'form'), deps());
    expect(res.status).toBe(303);
    // that page is published in English only: the reply leads there rather than to a missing page
    expect(res.headers.get('location')).toBe('/schools/request-received/');
    const staff = fake.delivered[0]!.email;
    expect(staff.to).toEqual(['programs@example.org']);
    expect(staff.subject).toMatch(/^[\x20-\x7e]+$/);
    expect(staff.text).toContain('Queremos empezar un club de mentoría.');
  });

  it('from a Portuguese page with answers to fix: Portuguese as a page and as JSON', async () => {
    const bad = { ...help, role: '', consent: '', message: '', lang: 'pt' };
    const page = await (await taRequests(request('/api/ta-requests', bad, 'form'), deps())).text();
    expect(page).toContain('<html lang="pt-BR">');
    expect(page).toContain('<li>Sua função: Digite a sua função, por exemplo professor');
    expect(page).toContain('Autorização para entrarmos em contato: Marque a caixa para podermos entrar em contato');

    const res = await taRequests(
      request('/api/ta-requests', { ...bad, help: ['other'], consent: false }, 'json'),
      deps(),
    );
    expect(res.status).toBe(422);
    const { error } = await res.json();
    expect(error.message).toBe('Algumas respostas precisam de correção.');
    expect(error.fields.role).toEqual([
      'Digite a sua função, por exemplo professor, diretor de escola ou coordenador de programa',
    ]);
    expect(error.fields.consent).toEqual(['Marque a caixa para podermos entrar em contato sobre este pedido']);
    expect(fake.delivered).toHaveLength(0);
  });
});
