/**
 * The surge bench's scheduled senders: two instances of the mail engine's sender (functions/send-mail.mts), run after
 * run, each as long as a scheduled function may send, in a process of their own: on Netlify they never share an
 * event loop with the instance answering letters. scripts/bench/surge.ts forks this with the bench's settings in the
 * environment. Over IPC: "counts" answers with the senders' Blobs calls and runs so far; "stop" ends the loops and
 * answers with the final counts.
 */
import { getPriority, setPriority } from 'node:os';
import { readConfig } from '../../src/server/config.ts';
import { liveEngineDeps, runSender } from '../../src/server/mail-engine/index.ts';
import { countingStore } from '../../tests/helpers/counting-store.ts';

export type SenderCounts = { calls: number; runs: number; failedRuns: number; cpuMicros: number };

/** What one scheduled run may spend sending (functions/send-mail.mts). */
const RUN_BUDGET_MS = 22_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// The senders are scheduled functions on other machines on Netlify: here they take only the CPU the Blobs process and
// the letter instances leave (surge.ts forks this from its niced process already; said again so it holds alone).
setPriority(Math.max(getPriority(), 10));

const config = readConfig(process.env);
const live = liveEngineDeps(config);
const counted = countingStore(live.store);
// a letter's email reads its letter before it goes (MailEntry.madeFor): those reads are the senders' calls too
const countedLetters = countingStore(live.letters!);
const engine = { ...live, store: counted.store, letters: countedLetters.store };
let stop = false;
let runs = 0;
let failedRuns = 0;

const instance = async () => {
  while (!stop) {
    runs++;
    // a run that fails (a Blobs call reset on a loaded machine) is followed by the next, as on the schedule
    const report = await runSender(engine, { budgetMs: RUN_BUDGET_MS }).catch((error) => {
      failedRuns++;
      console.error(`  surge: a sender run failed: ${String(error)}`);
      return null;
    });
    // a run that could send nothing (all held by the pace, or taken by the other instance) waits a moment, as the
    // schedule would, rather than list the queue again at once
    if (!report || report.calls === 0) await sleep(2_000);
  }
};
const senders = [instance(), instance()];

function counts(): SenderCounts {
  const cpu = process.cpuUsage();
  const calls = counted.count.calls + countedLetters.count.calls;
  return { calls, runs, failedRuns, cpuMicros: cpu.user + cpu.system };
}

process.on('message', (message: { ask?: string }) => {
  if (message.ask === 'counts') process.send?.({ counts: counts() });
  if (message.ask === 'stop') {
    stop = true;
    void Promise.all(senders).then(() => process.send?.({ stopped: counts() }));
  }
});
process.on('disconnect', () => process.exit(0));
process.send?.({ ready: true });
