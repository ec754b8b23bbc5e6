// What both load tests stand on, for the whole file: a fake Resend and a fake Census geocoder, the environment that
// points the functions at them, and the warm functions host serving the given functions. All undone afterwards.
import { afterAll, beforeAll } from 'vitest';
import { startFunctionsHost, type FunctionsHost } from '../../scripts/functions-host.ts';
import { startFakeCensus, type FakeCensus } from '../helpers/fake-census.ts';
import { startFakeResend, type FakeResend } from '../helpers/fake-resend.ts';
import { fakeProvidersEnv } from '../helpers/letters.ts';

export type LoadStack = { fake: FakeResend; census: FakeCensus; host: FunctionsHost };

/** Registers the hooks; `use` is handed the stack once it is up. */
export function loadStackForFile(functions: string[], use: (stack: LoadStack) => void): void {
  let fake: FakeResend | undefined;
  let census: FakeCensus | undefined;
  let host: FunctionsHost | undefined;
  const savedEnv = { ...process.env };
  beforeAll(async () => {
    fake = await startFakeResend();
    census = await startFakeCensus();
    Object.assign(process.env, fakeProvidersEnv(fake, census.url));
    host = await startFunctionsHost({ functions });
    use({ fake, census, host });
  });
  afterAll(async () => {
    await host?.close();
    await fake?.close();
    await census?.close();
    process.env = savedEnv;
  });
}
