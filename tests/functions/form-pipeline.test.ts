// Every function that takes a POST goes through the one form pipeline (src/server/form-flow.ts): method, same-site,
// size-limited read, parse, field errors, replies. A new POST function that parses by hand fails here.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isFormFlow } from '../../src/server/form-flow.ts';

const dir = join(import.meta.dirname, '../../functions');
const files = (await readdir(dir)).filter((f) => /\.m?ts$/.test(f)).sort();

/**
 * POST endpoints that are not forms: signed machine-to-machine events, whose raw body must be verified byte for byte
 * before anything parses it (Resend's webhook, Standard Webhooks signatures).
 */
const notForms = new Set(['resend-webhook.mts']);

type FunctionModule = { handle?: unknown; config?: { method?: string | string[]; path?: string | string[] } };

const modules = new Map<string, FunctionModule>();
// imported once, up front: bundling a function's data takes seconds on a busy machine
beforeAll(async () => {
  for (const file of files) modules.set(file, (await import(join(dir, file))) as FunctionModule);
}, 180_000);

describe('the one form pipeline', () => {
  it('finds the functions', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files)('%s: a function that accepts POST goes through defineFormFlow', (file) => {
    const mod = modules.get(file)!;
    const methods = [mod.config?.method ?? []].flat().map((m) => m.toUpperCase());
    // a path with no method list accepts every method, POST included
    const acceptsPost = methods.includes('POST') || (mod.config?.path !== undefined && methods.length === 0);
    if (!acceptsPost || notForms.has(file)) return;
    const advice = `${file} accepts POST: declare it with defineFormFlow and export it as handle`;
    expect(isFormFlow(mod.handle), advice).toBe(true);
  });

  it('knows a hand-written handler from a declared flow', () => {
    expect(isFormFlow(async () => new Response())).toBe(false);
  });
});
