// Budget alerts in the subscriber's language (issue 19): a sign-up from a Spanish or Portuguese page keeps the consent
// sentence the person read, in their language, and staff see it in the export; each alert email is in the
// subscriber's language when an editor translated the alert, else the English alert with a note in their language,
// and the words around it (greeting, legislators, unsubscribe) are always theirs. The real handlers and job, a local
// Blobs server and the fake Resend API.
import { describe, expect, it } from 'vitest';
import { handle as signUp } from '../../functions/alert-signups.mts';
import { handle as exportCsv } from '../../functions/admin-alert-signups.mts';
import { handle as confirm } from '../../functions/alert-signups-confirm.mts';
import { handle as sendAlerts } from '../../functions/send-alerts.mts';
import { parseCsv } from '../../src/lib/csv.ts';
import type { AlertData } from '../../src/lib/schemas/alert.ts';
import type { Locale } from '../../src/i18n/locales.ts';
import { t as siteSays } from '../../src/i18n/site.ts';
import { site as siteConfig } from '../../src/config/site.ts';
import type { AlertMailDeps } from '../../src/server/alert-mail.ts';
import type { AlertSignupRecord } from '../../src/server/alert-signups.ts';
import { readConfig } from '../../src/server/config.ts';
import { loadLocationData } from '../../src/server/find-data.ts';
import { resendMailer } from '../../src/server/mailer.ts';
import { subscriberId } from '../../src/server/opt-in.ts';
import type { JsonStore } from '../../src/server/store.ts';
import type { FakeResend } from '../helpers/fake-resend.ts';
import { freshMailAndStoreEachTest } from '../helpers/fresh-mail-and-store.ts';
import type { Clock } from '../helpers/letters.ts';
import alertsJson from '../../src/data/alerts.json' with { type: 'json' };

let fake: FakeResend;
let clock: Clock;
let store: JsonStore;
freshMailAndStoreEachTest('localized-alerts', (fresh) => ({ fake, clock, store } = fresh));

const origin = 'https://act.example.org';
const SALT = 'test-salt';
const ADMIN_TOKEN = 'staff-token-0123456789';
const config = readConfig({ CONTEXT: 'dev', MAIL_FROM: 'alerts@example.org', URL: origin, RATE_LIMIT_SALT: SALT });

describe('the consent a sign-up keeps', () => {
  const signupDeps = () => ({
    store,
    mailer: resendMailer(fake.apiKey, fake.url),
    config,
    now: clock.now,
    clientIp: '203.0.113.9',
  });
  const form = (fields: Record<string, string>) =>
    new Request(`${origin}/api/alert-signups`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin },
      body: new URLSearchParams({ consent: 'on', ...fields }).toString(),
    });
  const stored = async (email: string) =>
    store.get<AlertSignupRecord>(`signup/${subscriberId(config.salt, 'alerts', email)}`);
  /** The sentence beside the form's box, as src/components/AlertSignupForm.astro words it. */
  const formSentence = (locale: Locale) =>
    locale === 'en'
      ? siteConfig.alertConsent
      : siteSays(locale, 'signup.consent', { lineItem: siteConfig.lineItem, site: siteConfig.name });

  it('is the sentence the person read, in their language, and the export shows it with its language', async () => {
    await signUp(form({ email: 'luz@example.com', lang: 'es' }), signupDeps());
    await signUp(form({ email: 'joao@example.com', lang: 'pt' }), signupDeps());
    await signUp(form({ email: 'ann@example.com' }), signupDeps());
    const luz = (await stored('luz@example.com'))!;
    expect(luz.consent).toBe(formSentence('es'));
    expect(luz.consent).toMatch(/^Acepto recibir/);
    expect(luz.lang).toBe('es');
    expect((await stored('joao@example.com'))!.consent).toBe(formSentence('pt'));
    expect((await stored('ann@example.com'))!.consent).toBe(siteConfig.alertConsent);

    for (const mail of [...fake.delivered]) {
      const link = new URL(/https:\/\/\S+\/api\/alert-signups\/confirm\?\S+/.exec(mail.email.text)![0]);
      const body = new URLSearchParams({ id: link.searchParams.get('id')!, token: link.searchParams.get('token')! });
      await confirm(
        new Request(`${origin}/api/alert-signups/confirm`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', origin },
          body: body.toString(),
        }),
        signupDeps(),
      );
    }
    const req = new Request(`${origin}/api/admin/alert-signups.csv`, {
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    const rows = parseCsv(await (await exportCsv(req, { store, adminToken: ADMIN_TOKEN })).text());
    expect(rows[0]).toEqual(['email', 'name', 'signed_up_at', 'confirmed_at', 'language', 'consent']);
    const byEmail = new Map(rows.slice(1).map((r) => [r[0], r]));
    expect(byEmail.get('luz@example.com')!.slice(4)).toEqual(['es', formSentence('es')]);
    expect(byEmail.get('joao@example.com')!.slice(4)).toEqual(['pt', formSentence('pt')]);
    expect(byEmail.get('ann@example.com')!.slice(4)).toEqual(['en', siteConfig.alertConsent]);
  });
});

describe('an alert email', () => {
  const data = loadLocationData();
  const house = data.legislators.get('ma-house-050')!;
  // the committed alert, with its editors' translations (content/alerts/es/, pt/), made due and emailed
  const translated: AlertData = { ...(alertsJson[0] as AlertData), email: true };
  const untranslated: AlertData = {
    slug: 'house-budget-vote',
    title: 'The House votes on the budget this week',
    date: '2026-11-23',
    summary: 'The House debates its budget this week. Ask your representative to fund line item 7061-9634.',
    campaign: 'mentoring-matching-grants',
    email: true,
    audience: 'everyone',
  };
  const deps = (alerts: AlertData[]): AlertMailDeps => ({
    signups: store,
    engine: { store, mailer: resendMailer(fake.apiKey, fake.url), now: clock.now, salt: SALT, perSecond: 50 },
    config,
    alerts,
    legislators: data.legislators,
    districtNames: new Map([...data.districts].map(([id, d]) => [id, d.name])),
  });
  async function subscribe(email: string, lang?: 'es' | 'pt') {
    const record: AlertSignupRecord = {
      id: subscriberId(SALT, 'alerts', email),
      email,
      name: 'Luz',
      consent: 'I agree to receive budget alert emails',
      status: 'confirmed',
      createdAt: clock.now().toISOString(),
      expiresAt: null,
      confirmTokenHash: null,
      confirmedAt: clock.now().toISOString(),
      lastEmailedAt: null,
      districts: { house: 'ma-house-050', senate: 'ma-senate-10' },
      ...(lang ? { lang } : {}),
    };
    await store.create(`signup/${record.id}`, record);
  }
  const emailTo = (address: string) => fake.delivered.find((d) => d.email.to[0] === address)!.email;

  it('is all Spanish when the alert has a Spanish translation', async () => {
    await subscribe('luz@example.com', 'es');
    await sendAlerts(deps([translated]));
    const email = emailTo('luz@example.com');
    expect(email.subject).toBe('El presupuesto del año fiscal 2028: lo que viene para los Mentoring Matching Grants');
    expect(email.text).toMatch(/^Hola, Luz:\n\nEl año fiscal 2028 empieza el 1 de julio de 2027\./);
    expect(email.text).toContain('Empieza el año fiscal 2028: 2027-07-01.');
    expect(email.text).toContain(`Su representante es ${house.name} (${house.district}).`);
    expect(email.text).toContain(`${origin}/es/campaigns/mentoring-matching-grants/?house=ma-house-050`);
    expect(email.text).not.toContain('inglés');
    expect(email.html).toContain('<html lang="es-US">');
    expect(email.html).not.toContain('lang="en"');
  });

  it('in Portuguese, an alert nobody translated: the English alert, said so, in a Portuguese frame', async () => {
    await subscribe('joao@example.com', 'pt');
    await sendAlerts(deps([untranslated]));
    const email = emailTo('joao@example.com');
    expect(email.subject).toBe(untranslated.title);
    expect(email.text).toMatch(/^Olá, Luz,\n\n.*inglês.*\n\nThe House debates its budget this week\./);
    expect(email.text).toContain('Cancelar a inscrição: ');
    expect(email.html).toContain('<html lang="pt-BR">');
    expect(email.html).toContain(`<p lang="en">${untranslated.summary}</p>`);
  });

  it('in English, as it always was, translations or not', async () => {
    await subscribe('ann@example.com');
    await sendAlerts(deps([translated]));
    const email = emailTo('ann@example.com');
    expect(email.subject).toBe(translated.title);
    expect(email.text).toContain('Fiscal year 2028 begins: 2027-07-01.');
    expect(email.html).toContain('<html lang="en">');
  });
});
