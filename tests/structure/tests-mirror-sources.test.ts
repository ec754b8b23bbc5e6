// DESIGN.md convention 9: tests mirror source paths. A module under src/lib, or directly under src/server, that
// exports a function has its own test at the same path under tests/ (src/lib/budget/stages.ts ->
// tests/lib/budget/stages.test.ts; src/server/x.ts -> tests/server/x.test.ts), so a reader finds a module's intent
// beside it and a new module cannot arrive untested by accident. The only exceptions are listed below, each with why
// and the tests that cover it today.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** Why a module has no mirror, and the tests that exercise it today (empty only when none does: say so in `why`). */
type Exception = { why: string; coveredBy: string[] };

/**
 * Modules without a mirror test, by source path. Remove an entry when its mirror is written; the test below fails on
 * an entry that is no longer needed, so the list only shrinks.
 */
const withoutMirror: Record<string, Exception> = {
  // Adapters and wiring used only by functions: exercised through the functions' handlers, with a local Blobs
  // server and fake mail, in the integration project.
  'src/server/admin-auth.ts': {
    why: 'wiring only: the admin token check of the CSV exports',
    coveredBy: ['tests/functions/pledges-admin.test.ts'],
  },
  'src/server/alert-districts.ts': {
    why: 'wiring only: the districts a sign-up place resolves to, and which subscribers an audience reaches',
    coveredBy: ['tests/functions/alert-signups.test.ts', 'tests/functions/send-alerts.test.ts'],
  },
  'src/server/alert-mail.ts': {
    why: 'the personal alert email, driven through the sending job',
    coveredBy: ['tests/functions/send-alerts.test.ts'],
  },
  'src/server/alert-mail-wiring.ts': {
    why: 'wiring only: live dependencies of alert email (the scheduled job and the staff console)',
    coveredBy: ['tests/functions/send-alerts.test.ts', 'tests/functions/staff-console.test.ts'],
  },
  'src/server/alert-signup-pages.ts': {
    why: 'wiring only: the pages the alert sign-up functions answer with',
    coveredBy: ['tests/functions/alert-signups.test.ts'],
  },
  'src/server/alert-signup-wiring.ts': {
    why: 'wiring only: live dependencies of the alert sign-up functions',
    coveredBy: ['tests/functions/alert-signups.test.ts'],
  },
  'src/server/alert-signups.ts': {
    why: 'the alert sign-up service, driven through its functions',
    coveredBy: ['tests/functions/alert-signups.test.ts'],
  },
  'src/server/call-sheet.ts': {
    why: 'wiring only: the call sheet page the calls functions answer with',
    coveredBy: ['tests/functions/calls.test.ts', 'tests/e2e/calls.test.ts'],
  },
  'src/server/call-wiring.ts': {
    why: 'wiring only: live dependencies of the calls functions',
    coveredBy: ['tests/functions/calls.test.ts'],
  },
  'src/server/calls.ts': {
    why: 'the call counter (once per visitor, limits, purge), driven through its functions with a local Blobs server',
    coveredBy: ['tests/functions/calls.test.ts'],
  },
  'src/server/campaign-data.ts': {
    why: 'parses the generated campaign JSON; checked against content by the generation test',
    coveredBy: ['tests/scripts/campaign-data.test.ts', 'tests/functions/letters-stage.test.ts'],
  },
  'src/server/champion-thanks-wiring.ts': {
    why: 'wiring only: live dependencies of the champion thank-yous (through the mail engine)',
    coveredBy: ['tests/server/champion-thanks.test.ts'],
  },
  'src/server/html-page.ts': {
    why: 'wiring only: the HTML shell of function pages; its headers are pinned against netlify.toml',
    coveredBy: ['tests/lib/security-headers.test.ts', 'tests/functions/letters.test.ts'],
  },
  'src/server/ids.ts': {
    why: 'keyed hashes (ids, limit keys) and tokens, used by the letter, pledge and opt-in services',
    coveredBy: ['tests/server/opt-in.test.ts', 'tests/server/privacy-purge.test.ts', 'tests/functions/pledges.test.ts'],
  },
  'src/server/letter-confirmation.ts': {
    why: 'wiring only: the sender confirmation of letters',
    coveredBy: ['tests/functions/letters.test.ts', 'tests/functions/letters-confirm.test.ts'],
  },
  'src/server/letter-replies.ts': {
    why: 'wiring only: the pages and JSON the letter functions answer with',
    coveredBy: ['tests/functions/letters.test.ts', 'tests/functions/letters-confirm.test.ts'],
  },
  'src/server/letter-wiring.ts': {
    why: 'wiring only: live dependencies of the letter functions',
    coveredBy: ['tests/functions/letters.test.ts', 'tests/load/letters.load.test.ts'],
  },
  'src/server/letter-delivery.ts': {
    why:
      'a stored letter onto the mail engine, exactly once: driven through the letters function, the job and the ' +
      'load test',
    coveredBy: [
      'tests/functions/letters.test.ts',
      'tests/server/letter-records.test.ts',
      'tests/server/letter-race.test.ts',
      'tests/load/letters.load.test.ts',
    ],
  },
  'src/server/letter-intake.ts': {
    why: 'a letter coming in (limits, store, confirmation), driven through the letter functions',
    coveredBy: [
      'tests/functions/letters.test.ts',
      'tests/functions/letters-confirm.test.ts',
      'tests/functions/limits.test.ts',
      'tests/server/letter-race.test.ts',
    ],
  },
  'src/server/find-wiring.ts': {
    why: 'wiring only: the live location resolver of the letter, pledge and alert sign-up functions',
    coveredBy: ['tests/e2e/letters.test.ts', 'tests/e2e/pledges.test.ts', 'tests/e2e/alert-signups.test.ts'],
  },
  'src/server/find-data.ts': {
    why: 'loads the bundled finder data once per process',
    coveredBy: ['tests/server/find-districts.test.ts', 'tests/functions/find-districts.test.ts'],
  },
  'src/server/find-reply.ts': {
    why: 'wiring only: how a form that takes a location answers a missing or ambiguous one',
    coveredBy: ['tests/functions/letters.test.ts', 'tests/functions/pledges.test.ts'],
  },
  'src/server/pledge-email.ts': {
    why: 'wiring only: the pledge confirmation email',
    coveredBy: ['tests/functions/pledges.test.ts'],
  },
  'src/server/pledge-replies.ts': {
    why: 'wiring only: the pages and JSON the pledge functions answer with',
    coveredBy: ['tests/functions/pledges.test.ts'],
  },
  'src/server/pledge-wiring.ts': {
    why: 'wiring only: live dependencies of the pledge functions',
    coveredBy: ['tests/functions/pledges.test.ts', 'tests/functions/pledges-admin.test.ts'],
  },
  'src/server/pledges.ts': {
    why: 'the pledge service, driven through its functions',
    coveredBy: ['tests/functions/pledges.test.ts', 'tests/functions/pledges-admin.test.ts'],
  },
  'src/server/program-submissions.ts': {
    why: "programs' requests to be listed, driven through their function and the staff export",
    coveredBy: ['tests/functions/program-submissions.test.ts', 'tests/functions/fuzz-all.test.ts'],
  },
  'src/server/request.ts': {
    why: 'the same-site check and client keys of POST functions',
    coveredBy: ['tests/functions/letters.test.ts', 'tests/functions/fuzz-all.test.ts'],
  },
  'src/server/ta-requests.ts': {
    why: 'the technical-assistance request service, driven through its function',
    coveredBy: ['tests/functions/ta-requests.test.ts'],
  },
};

/** Every .ts file under a folder, as a path from the repository root. */
function sourcesUnder(dir: string, recursive: boolean): string[] {
  return readdirSync(dir, { recursive, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .map((f) => `${dir}/${f.replaceAll('\\', '/')}`)
    .sort();
}

const sources = [...sourcesUnder('src/lib', true), ...sourcesUnder('src/server', false)];

// `export function f`, and `export const f = (...) =>` (or `async`, generic, `function`, one bare parameter)
const exportedFunction = /^export\s+(?:async\s+)?function\b/m;
const exportedArrow = new RegExp(
  String.raw`^export\s+const\s+\w+\s*(?::[^=\n]+)?=\s*(?:async\s+)?` +
    String.raw`(?:function\b|(?:<[^>]*>\s*)?\([^)]*\)\s*(?::[^=]+)?=>|\w+\s*=>)`,
  'm',
);

/** Whether a module exports a function: a function declaration, or a const bound to an arrow or function. */
function exportsFunction(source: string): boolean {
  return exportedFunction.test(source) || exportedArrow.test(source);
}

/** src/lib/budget/stages.ts -> tests/lib/budget/stages.test.ts */
const mirrorOf = (path: string) => path.replace(/^src\//, 'tests/').replace(/\.ts$/, '.test.ts');

describe('exportsFunction', () => {
  it('sees functions, and arrow functions bound to exported consts', () => {
    expect(exportsFunction('export function f() {}')).toBe(true);
    expect(exportsFunction('export async function f() {}')).toBe(true);
    expect(exportsFunction('export const f = (a: string) => a;')).toBe(true);
    expect(exportsFunction('export const f = async () => 1;')).toBe(true);
    expect(exportsFunction('export const f = (\n  a: string,\n  b: number,\n): string =>\n  a;')).toBe(true);
    expect(exportsFunction('export const f: Fn = <T>(a: T) => a;')).toBe(true);
  });

  it('does not count schemas, constants, types or unexported functions', () => {
    expect(exportsFunction('export const s = z.object({ a: z.string() });\nexport type S = z.infer<typeof s>;')).toBe(
      false,
    );
    expect(exportsFunction("export const labels = { a: 'A' };\nconst helper = () => 1;\nfunction g() {}")).toBe(false);
    expect(exportsFunction('export const towns: string[] = (places as { towns: T[] }).towns.map((t) => t.town);')).toBe(
      false,
    );
  });
});

describe('tests mirror sources', () => {
  it('finds the modules it checks', () => {
    expect(sources).toContain('src/lib/budget/stages.ts');
    expect(sources).toContain('src/server/find-districts.ts');
    expect(sources.filter((s) => s.startsWith('src/server/')).every((s) => s.split('/').length === 3)).toBe(true);
  });

  it('gives every module that exports a function a test at its mirrored path, or a reason in the list above', () => {
    const missing = sources
      .filter((path) => exportsFunction(readFileSync(path, 'utf8')))
      .filter((path) => !existsSync(mirrorOf(path)) && !(path in withoutMirror))
      .map((path) => `${path}: write ${mirrorOf(path)}`);
    expect(missing).toEqual([]);
  });

  it('lists no module that has its mirror now, or no longer exists', () => {
    const stale = Object.keys(withoutMirror)
      .filter((path) => !existsSync(path) || existsSync(mirrorOf(path)))
      .map((path) => `${path}: ${existsSync(path) ? `has ${mirrorOf(path)}` : 'is gone'}, remove it from the list`);
    expect(stale).toEqual([]);
  });

  it('gives every exception a reason, and names only tests that exist', () => {
    const broken = Object.entries(withoutMirror).flatMap(([path, { why, coveredBy }]) => [
      ...(why.trim() === '' ? [`${path}: say why it has no mirror`] : []),
      ...(coveredBy.length === 0 && !/no test covers it/.test(why) ? [`${path}: name the tests that cover it`] : []),
      ...coveredBy.filter((test) => !existsSync(test)).map((test) => `${path}: ${test} does not exist`),
    ]);
    expect(broken).toEqual([]);
  });
});
