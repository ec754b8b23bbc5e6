import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Five projects: pure unit tests, integration tests of functions and server adapters, `npm start` itself, a
// load-and-faults test (tests/load), and browser journeys against the built site served by Netlify's local
// emulation. `npm test` builds first, then runs them.
export default defineConfig({
  test: {
    // Vitest's default is one worker fewer than the cores, which on a 2-core machine is ONE: the unit and integration
    // files then ran one at a time with a core idle. Their files are independent (own temporary Blobs servers and
    // folders, port 0), so use every core. The load test and the browser journeys stay one file at a time below.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        // pure code and data: no server, no store, no network; well under 30 s
        test: {
          name: 'unit',
          include: ['tests/{lib,content,scripts,structure,i18n,integrations}/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        // functions and server adapters against a local Blobs server and fake mail, geocoder and clock
        test: {
          name: 'integration',
          include: ['tests/{server,functions}/**/*.test.ts'],
          environment: 'node',
          // the first test in a file pays for loading the district boundaries and starting a Blobs server
          testTimeout: 20_000,
        },
      },
      {
        test: {
          // `npm start` in a child process, where most of its minute goes to Netlify's plugin bundling every
          // function: beside the unit and integration files it costs about 45 s more than they take alone, while in
          // the browser journeys' one-at-a-time queue it cost its whole 70 s
          name: 'dev-server',
          include: ['tests/e2e/dev-server.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          // hundreds of concurrent submissions against the warm functions host while the mail provider fails
          name: 'load',
          include: ['tests/load/**/*.test.ts'],
          environment: 'node',
          // about 30 s on an idle machine; a generous limit for a busy one
          testTimeout: 180_000,
          hookTimeout: 60_000,
          // one load file at a time: each measures its own latency budget, which a second file beside it would spoil
          fileParallelism: false,
          // a group of its own: after the unit tests, before the browser journeys (which run last, one file at a
          // time), so it never slows a journey beside it on a small machine
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          exclude: ['tests/e2e/dev-server.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // one browser journey at a time: two cores, and journeys share the local Blobs store and outbox
          fileParallelism: false,
          // every journey file in one worker, one after the other: a fresh worker per file re-imported Playwright
          // and the helpers each time. Files share no module state (each opens its own contexts on the one browser
          // of global-setup), so nothing carries over from one to the next.
          isolate: false,
          // last, after the load test, as before (a non-isolated project needs its own group)
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
