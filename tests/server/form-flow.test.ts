import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { readConfig } from '../../src/server/config.ts';
import { defineFormFlow, done, isFormFlow, refused, serveFlow } from '../../src/server/form-flow.ts';

const config = readConfig({});
const flow = defineFormFlow({
  schema: z.object({ name: z.string().trim().min(1, 'Enter your name') }),
  maxBytes: 200,
  crossSite: 'Send this from this site.',
  labels: { name: 'Your name' },
  back: '/start/',
  fixes: { title: 'Your note needs a fix', intro: 'Please fix:', message: 'Your note needs a fix.' },
  honeypot: { field: 'website', reply: done('/thanks/', { status: 'ok' }, 201) },
  handle: ({ name }) =>
    name === 'busy' ? refused('rate_limited', 429, 'Too many.', { title: 'Later' }) : done('/thanks/', { name }, 201),
});
const post = (body: string, type: string, headers: Record<string, string> = {}) =>
  flow(
    new Request('https://act.example.org/api/x', {
      method: 'POST',
      headers: { 'content-type': type, ...headers },
      body,
    }),
    { config },
  );
const form = (body: string, headers: Record<string, string> = {}) =>
  post(body, 'application/x-www-form-urlencoded', headers);
const json = (body: unknown) => post(JSON.stringify(body), 'application/json');

afterEach(() => vi.restoreAllMocks());

describe('defineFormFlow', () => {
  it('answers a form with a 303 and a script with JSON', async () => {
    const page = await form('name=Ana');
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe('/thanks/');
    const data = await json({ name: 'Ana' });
    expect(data.status).toBe(201);
    expect(await data.json()).toEqual({ data: { name: 'Ana' } });
  });

  it('refuses other methods, other sites and oversized bodies before reading', async () => {
    expect((await flow(new Request('https://act.example.org/api/x'), { config })).status).toBe(405);
    expect((await form('name=Ana', { origin: 'https://evil.example' })).status).toBe(403);
    expect((await form(`name=${'a'.repeat(300)}`)).status).toBe(413);
  });

  it('lists what to fix on a page for a form, and as fields in a 422 for a script', async () => {
    const page = await form('name=');
    expect(page.status).toBe(422);
    expect(await page.text()).toContain('Your name: Enter your name');
    const data = await json({});
    expect(data.status).toBe(422);
    expect((await data.json()).error).toMatchObject({
      code: 'validation_error',
      message: 'Your note needs a fix.',
      fields: { name: [expect.any(String)] },
    });
  });

  it('turns a refusal into an error page for a form and an error for a script', async () => {
    const page = await form('name=busy');
    expect(page.status).toBe(429);
    expect(await page.text()).toContain('Later');
    expect((await (await json({ name: 'busy' })).json()).error.code).toBe('rate_limited');
  });

  it('answers a filled honeypot as a success, without running the action', async () => {
    expect((await form('name=&website=spam')).headers.get('location')).toBe('/thanks/');
  });

  it('marks the handlers it makes', () => {
    expect(isFormFlow(flow)).toBe(true);
  });
});

describe('serveFlow', () => {
  it('answers 503 when the deployment is missing a setting (logged once by config.ts), else 500', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const deployed = serveFlow('x', flow, () => ({ config: readConfig({ CONTEXT: 'production' }) }), 'Sorry.');
    const res = await deployed(new Request('https://act.example.org/api/x', { method: 'POST' }));
    expect(res.status).toBe(503);
    expect((await res.json()).error.code).toBe('not_configured');
    expect(log).toHaveBeenCalledTimes(1);
    const broken = serveFlow(
      'x',
      flow,
      () => {
        throw new Error('ECONNREFUSED 10.0.0.1');
      },
      'Sorry.',
    );
    const res500 = await broken(new Request('https://act.example.org/api/x', { method: 'POST' }));
    expect(res500.status).toBe(500);
    expect(await res500.text()).not.toContain('ECONNREFUSED');
  });
});
