/**
 * The surge bench's warm function instance: the letter function alone in its own process, as a Netlify instance
 * shares its event loop with no Blobs service and no scheduled sender (scripts/bench/surge.ts forks it, with
 * NETLIFY_BLOBS_CONTEXT naming the Blobs process). Over IPC it says its URL, then answers "counts" with what it has
 * used: its Blobs calls (src/server/store.ts counts them per process) and its CPU time, so the bench can say what one
 * letter request costs. Forked with `--cpu-prof` it writes a CPU profile when the parent lets it go.
 */
import { loadLocationData } from '../../src/server/find-data.ts';
import { storeCallCounts } from '../../src/server/store.ts';
import { startFunctionsHost } from '../functions-host.ts';

export type HostUsage = { blobsCalls: number; cpuMicros: number };

// with Netlify's waitUntil: the letter function leaves its bookkeeping until after the reply, as it would there
const host = await startFunctionsHost({ functions: ['letters'], blobsFromEnvironment: true, waitUntil: true });

// warm, as an instance is after its first request: the bundled finder data parsed and indexed (about a second)
loadLocationData();

function usage(): HostUsage {
  const cpu = process.cpuUsage();
  return {
    blobsCalls: Object.values(storeCallCounts()).reduce((s, n) => s + n, 0),
    cpuMicros: cpu.user + cpu.system,
  };
}

process.on('message', (message: { ask?: string }) => {
  if (message.ask === 'counts') process.send?.({ counts: usage() });
});
// a normal exit, not a kill: --cpu-prof writes its profile only then
process.on('disconnect', () => {
  void host.close().finally(() => process.exit(0));
});
process.send?.({ url: host.url });
