// The README's first command: `npm start` (astro dev with Netlify's Vite plugin) serves pages AND functions AND a
// local Blobs store, offline, with email going to the outbox.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

function freePort(): Promise<number> {
  return new Promise((ok) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => ok(port));
    });
  });
}

async function waitFor(url: string, timeoutMs: number): Promise<Response> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      const res = await fetch(url);
      if (res.status !== 404 && res.status < 500) return res;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`${url} did not answer within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

describe('npm start (astro dev with Netlify emulation)', () => {
  let dev: ChildProcess;
  let base: string;
  beforeAll(async () => {
    const port = await freePort();
    base = `http://localhost:${port}`;
    // --ignore-lock: run beside a developer's own `npm start` instead of refusing
    dev = spawn(
      process.execPath,
      ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--ignore-lock'],
      {
        stdio: 'ignore',
        // a clean environment: vitest's NODE_ENV=test and VITEST* variables change how Astro and Vite behave
        env: {
          ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST'))),
          NODE_ENV: 'development',
          ASTRO_TELEMETRY_DISABLED: '1',
        },
        detached: true,
      },
    );
    // Netlify's plugin bundles every function before the server answers: on a busy two-core machine that takes minutes
    await waitFor(`${base}/api/health`, 180_000);
  }, 210_000);
  afterAll(() => {
    if (dev?.pid) process.kill(-dev.pid, 'SIGTERM');
  });

  it('serves the functions with a local Blobs store and the email outbox', async () => {
    const res = await fetch(`${base}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { store: 'netlify-blobs', mailer: 'outbox', context: 'dev' } });
  });

  it('serves the pages', async () => {
    // the content layer may still be syncing right after start-up
    const res = await waitFor(`${base}/districts/house/8th-suffolk/`, 30_000);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('8th Suffolk House district');
  });
});
