// Function replies follow the person's language (issue 19): a Spanish or Portuguese page's form gets its errors,
// its thank-you and its emails in that language, while the letter an office reads stays English, saying which
// language the writer's own story is in. The real handlers, a local Blobs server and the fake Resend API.
import { describe, expect, it } from 'vitest';
import { handle as letters } from '../../functions/letters.mts';
import { handle as pledges } from '../../functions/pledges.mts';
import { handle as confirmPledge } from '../../functions/pledges-confirm.mts';
import { handle as alertSignups } from '../../functions/alert-signups.mts';
import { handle as callSheet } from '../../functions/calls-sheet.mts';
import { handle as calls } from '../../functions/calls.mts';
import { officeHours } from '../../src/server/call-wiring.ts';
import { siteData } from '../../src/server/campaign-data.ts';
import { testLocate } from '../helpers/letters.ts';
import type { LetterRecord } from '../../src/server/letter-records.ts';
import type { PledgeRecord } from '../../src/server/pledges.ts';
import type { JsonStore } from '../../src/server/store.ts';
import type { FakeResend } from '../helpers/fake-resend.ts';
import { freshMailAndStoreEachTest } from '../helpers/fresh-mail-and-store.ts';
import { formPost, jsonPost, letterBody, letterDeps, type Clock } from '../helpers/letters.ts';
import { linksIn, pledgeBody, pledgeDeps, pledgeJson } from '../helpers/pledges.ts';
import { readConfig } from '../../src/server/config.ts';
import { resendMailer } from '../../src/server/mailer.ts';

let fake: FakeResend;
let clock: Clock;
let store: JsonStore;
freshMailAndStoreEachTest('localized', (fresh) => ({ fake, clock, store } = fresh));

const origin = 'https://act.example.org';
const badLetter = {
  campaign: 'mentoring-matching-grants',
  name: '',
  email: 'nope',
  message: 'Corta',
  address: 'Boston',
};

describe('a Spanish page’s letter form', () => {
  it('with a bad field, a plain form gets a Spanish page saying what to fix', async () => {
    const res = await letters(formPost({ ...badLetter, lang: 'es' }), letterDeps(store, fake, clock));
    expect(res.status).toBe(422);
    const page = await res.text();
    expect(page).toContain('<html lang="es-US">');
    expect(page).toContain('<h1 id="error-title">Su carta necesita algunas correcciones</h1>');
    expect(page).toContain('<li>Su nombre: Escriba su nombre</li>');
    expect(page).toContain('<li>Su carta: Su carta necesita al menos 20 caracteres</li>');
    expect(page).toContain('<a href="/es/campaigns/mentoring-matching-grants/#take-action">empiece de nuevo</a>');
    expect(page).not.toMatch(/Enter your|needs at least|Invalid/);
    expect(fake.delivered).toHaveLength(0);
  });

  it('with a bad field, a script gets a 422 whose message and fields are Spanish', async () => {
    const res = await letters(jsonPost({ ...badLetter, lang: 'es' }), letterDeps(store, fake, clock));
    expect(res.status).toBe(422);
    expect(await res.json()).toEqual({
      error: {
        code: 'validation_error',
        message: 'Su carta necesita algunas correcciones.',
        fields: {
          name: ['Escriba su nombre'],
          email: ['Escriba un correo electrónico como nombre@ejemplo.com'],
          message: ['Su carta necesita al menos 20 caracteres'],
        },
      },
    });
  });

  it('without a lang field, the page it came from decides (a Portuguese page’s Referer)', async () => {
    const referer = `${origin}/pt/campaigns/mentoring-matching-grants/`;
    const res = await letters(jsonPost(badLetter, { referer }), letterDeps(store, fake, clock));
    expect((await res.json()).error.message).toBe('A sua carta precisa de algumas correções.');
  });

  it('sends the office an English letter naming the story’s language, and the sender a Spanish copy', async () => {
    const story = 'Mi mentora me ayudó a terminar la escuela.';
    const res = await letters(
      formPost({ ...stringify(letterBody({ story })), lang: 'es' }),
      letterDeps(store, fake, clock),
    );
    expect(res.status).toBe(303);
    // the letter's thank-you page is published in Spanish too, so the reply leads to the Spanish one
    expect(res.headers.get('location')).toBe('/es/campaigns/mentoring-matching-grants/thanks/');

    const [house, senate, copy] = fake.delivered.map((d) => d.email);
    for (const office of [house!, senate!]) {
      expect(office.text).toMatch(/^Dear (Representative|Senator) /);
      expect(office.text).toContain(`The writer’s personal note below is in Spanish.\n\n${story}`);
      expect(office.subject).toBe('Please support Mentoring Matching Grants, line item 7061-9634');
    }
    expect(copy!.to).toEqual(['ana@example.com']);
    expect(copy!.subject).toBe('Su carta: Please support Mentoring Matching Grants, line item 7061-9634');
    expect(copy!.text).toMatch(/^Gracias por escribir a Representante .+ y Senador\(a\) .+\./);
    expect(copy!.text).toContain('Su carta llegó a las oficinas en inglés, tal como aparece abajo.');
    expect(copy!.html).toContain('<html lang="es-US">');

    const [key] = await store.keys('letter/mentoring-matching-grants/');
    expect((await store.get<LetterRecord>(key!))!.lang).toBe('es');
  });

  it('an English letter has no language note and keeps no language (English is the default)', async () => {
    await letters(jsonPost(letterBody()), letterDeps(store, fake, clock));
    expect(fake.delivered[0]!.email.text).not.toContain('personal note below');
    const [key] = await store.keys('letter/mentoring-matching-grants/');
    expect((await store.get<LetterRecord>(key!))!.lang).toBeUndefined();
  });
});

describe('a Portuguese pledge', () => {
  it('gets a Portuguese confirmation email whose link opens a Portuguese page, and thanks in Portuguese', async () => {
    const res = await pledges(pledgeJson(pledgeBody({ lang: 'pt' })), pledgeDeps(store, fake, clock));
    expect(res.status).toBe(201);
    const { data } = await res.json();
    expect(data.title).toBe('Obrigado! Agora confira o seu e-mail');
    expect(data.next).toMatch(/^\/api\/pledges\/thanks\?.*&lang=pt$/);

    const email = fake.delivered[0]!.email;
    expect(email.subject).toBe('Confirme o seu compromisso de ser mentor');
    expect(email.text).toMatch(/^Olá, Ana Díaz,\n\nObrigado por se comprometer a ser mentor \(/);
    expect(email.text).toMatch(/O link vale até \d+ de [a-zç]+ de \d{4}\./);
    expect(email.html).toContain('<html lang="pt-BR">');
    const [key] = await store.keys('pledge/mentors-of-color/');
    expect((await store.get<PledgeRecord>(key!))!.lang).toBe('pt');

    const confirm = new URL(/https:\/\/\S+\/api\/pledges\/confirm\?\S+/.exec(email.text)![0]);
    expect(confirm.searchParams.get('lang')).toBe('pt');
    expect(confirm.searchParams.get('token')).toBe(linksIn(email.text).token);
    const page = await (await confirmPledge(new Request(confirm), pledgeDeps(store, fake, clock))).text();
    expect(page).toContain('<html lang="pt-BR">');
    expect(page).toContain('<button class="button" type="submit">Confirmar meu compromisso</button>');
    expect(page).toContain('<input type="hidden" name="lang" value="pt">');
  });

  it('an unknown lang is no error: the pledge is taken, in English', async () => {
    const res = await pledges(pledgeJson(pledgeBody({ lang: 'fr' })), pledgeDeps(store, fake, clock));
    expect(res.status).toBe(201);
    expect((await res.json()).data.title).toBe('Thank you: now check your email');
    expect(fake.delivered[0]!.email.subject).toBe('Confirm your pledge to mentor');
  });
});

describe('a Spanish budget-alert sign-up', () => {
  it('lands on the Spanish "check your email" page, and the confirmation email is Spanish', async () => {
    const config = readConfig({ CONTEXT: 'dev', MAIL_FROM: 'alerts@example.org', URL: origin, RATE_LIMIT_SALT: 's' });
    const deps = { store, mailer: resendMailer(fake.apiKey, fake.url), config, now: clock.now };
    const body = new URLSearchParams({ email: 'luz@example.com', consent: 'on', lang: 'es' });
    const req = new Request(`${origin}/api/alert-signups`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin },
      body: body.toString(),
    });
    const res = await alertSignups(req, deps);
    expect(res.status).toBe(303);
    // the sign-up's status pages are published in Spanish too: the reply leads to the Spanish one
    expect(res.headers.get('location')).toBe('/es/alerts/signup/check-email/');
    const email = fake.delivered[0]!.email;
    expect(email.subject).toBe('Confirme sus alertas del presupuesto');
    expect(email.text).toMatch(/\/api\/alert-signups\/confirm\?id=[0-9a-f]+&token=[\w-]+&lang=es/);
    expect(email.text).toContain('Darse de baja: ');
  });
});

describe('a Spanish call sheet', () => {
  const site = siteData();
  const rep = site.legislators.find((l) => l.districtId === 'ma-house-054')!;
  const query = 'campaign=mentoring-matching-grants&house=ma-house-054&senate=ma-senate-03&town=Springfield';
  const sheetDeps = () => ({
    campaigns: site.campaigns,
    legislators: site.legislators,
    locate: testLocate(),
    hours: officeHours(),
    siteUrl: origin,
    now: clock.now,
  });

  it('is in Spanish around an English script, and counting a call comes back to it in Spanish', async () => {
    const page = await (await callSheet(new Request(`${origin}/api/calls/sheet?${query}&lang=es`), sheetDeps())).text();
    expect(page).toContain('<html lang="es-US">');
    expect(page).toContain('<h1>Llame a sus legisladores</h1>');
    expect(page).toContain(`<h2 id="call-${rep.slug}">Representante ${rep.name}</h2>`);
    expect(page).toContain(`I am calling to ask Representative ${rep.name} to support line item 7061-9634`);
    expect(page).toContain('<blockquote class="call-script" lang="en">');
    expect(page).toContain('<input type="hidden" name="lang" value="es" />');

    const config = readConfig({ CONTEXT: 'dev', URL: origin, RATE_LIMIT_SALT: 's' });
    const post = new Request(`${origin}/api/calls`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin },
      body: `${query}&legislator=${rep.slug}&outcome=left_voicemail&lang=es`,
    });
    const callDeps = { store, now: clock.now, config, campaigns: site.campaigns, legislators: site.legislators };
    const res = await calls(post, { ...callDeps, clientIp: '203.0.113.9' });
    expect(res.status).toBe(303);
    const back = res.headers.get('location')!;
    expect(new URL(back, origin).searchParams.get('lang')).toBe('es');
    const after = await (await callSheet(new Request(new URL(back, origin)), sheetDeps())).text();
    expect(after).toContain(`Contamos su llamada a Representante ${rep.name}: dejó un mensaje de voz.`);
  });

  it('says in Spanish whether offices answer now, when they open again, and the hours', async () => {
    const sheetIn = async (lang: string) =>
      (await callSheet(new Request(`${origin}/api/calls/sheet?${query}&lang=${lang}`), sheetDeps())).text();
    // Monday, November 23, 2026, 10 a.m. in Boston
    const open = await sheetIn('es');
    expect(open).toContain(
      'Las oficinas del Capitolio estatal están abiertas ahora: contestan hasta las 17:00, hora del Este.',
    );
    expect(open).toContain('Horario: de lunes a viernes, de 9:00 a 17:00, hora del Este. Suponemos que');
    expect(open).not.toMatch(/State House offices|Eastern time|Weekdays/);
    // Friday, November 27, 6 p.m.: they open on Monday
    clock.advance((4 * 24 + 8) * 3_600_000);
    expect(await sheetIn('es')).toContain(
      'Las oficinas del Capitolio estatal están cerradas ahora. Vuelven a abrir el lunes 30 de noviembre a las ' +
        '9:00, hora del Este. Puede dejar un mensaje de voz ahora o volver a llamar a esa hora.',
    );
    const portuguese = await sheetIn('pt');
    expect(portuguese).toContain(
      'Os gabinetes da Assembleia estadual estão fechados agora. Voltam a abrir segunda-feira, 30 de novembro, às ' +
        '9h, horário do Leste.',
    );
    expect(portuguese).toContain('Horário: de segunda a sexta, das 9h às 17h, horário do Leste. Supomos que');
    expect(portuguese).not.toMatch(/State House offices|Eastern time|Weekdays/);
  });
});

describe('a Portuguese call that cannot be counted', () => {
  it('is refused in Portuguese: a legislator who is not the caller’s own', async () => {
    const site = siteData();
    const config = readConfig({ CONTEXT: 'dev', URL: origin, RATE_LIMIT_SALT: 's' });
    const other = site.legislators.find((l) => l.chamber === 'house' && l.districtId !== 'ma-house-054')!;
    const post = new Request(`${origin}/api/calls`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin },
      body: JSON.stringify({
        campaign: 'mentoring-matching-grants',
        house: 'ma-house-054',
        senate: 'ma-senate-03',
        legislator: other.slug,
        outcome: 'left_voicemail',
        lang: 'pt',
      }),
    });
    const callDeps = { store, now: clock.now, config, campaigns: site.campaigns, legislators: site.legislators };
    const res = await calls(post, { ...callDeps, clientIp: '203.0.113.9' });
    expect(res.status).toBe(422);
    const { error } = await res.json();
    expect(error.message).toBe('Esta campanha pede que você ligue só para os seus próprios legisladores.');
    expect(error.fields.legislator).toEqual(['não é um dos seus legisladores nesta campanha']);
  });
});

function stringify(body: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(body).map(([k, v]) => [k, String(v)]));
}
