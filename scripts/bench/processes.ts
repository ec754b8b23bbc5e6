/**
 * The surge bench's separate processes (the Blobs service, the warm function instance, the senders): forked with
 * this process's TypeScript loader, spoken to over IPC. Each runs apart, as on Netlify, so a sender's burst takes no
 * turn on the event loop of the instance answering letters.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export type BenchProcess = {
  child: ChildProcess;
  /** the next message carrying `field`, after sending `ask` (if given) */
  reply<T>(field: string, ask?: string): Promise<T>;
  /** lets the child go (it exits on its own, so a CPU profile is written) and waits until it has */
  close(): Promise<void>;
};

/**
 * Forks one of the bench's process scripts (a file beside this one) with these extra Node flags, and waits for its
 * first message carrying `readyField`.
 */
export async function startBenchProcess<T>(
  script: string,
  options: { args?: string[]; env?: NodeJS.ProcessEnv; nodeFlags?: string[]; readyField: string },
): Promise<{ process: BenchProcess; ready: T }> {
  const path = fileURLToPath(new URL(script, import.meta.url));
  const child = fork(path, options.args ?? [], {
    env: options.env ?? process.env,
    execArgv: [...process.execArgv, ...(options.nodeFlags ?? [])],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const reply = <R>(field: string, ask?: string) =>
    new Promise<R>((ok, no) => {
      const onMessage = (message: Record<string, unknown>) => {
        if (!(field in message)) return;
        child.off('message', onMessage);
        child.off('exit', onExit);
        ok(message[field] as R);
      };
      const onExit = (code: number | null) => no(new Error(`${script} exited (${code}) before saying ${field}`));
      child.on('message', onMessage);
      child.once('exit', onExit);
      if (ask) child.send({ ask });
    });
  const close = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((ok) => child.once('exit', () => ok()));
    child.disconnect();
    // a child that does not go within 30 s (a profile that will not finish writing) is ended
    const timer = setTimeout(() => child.kill(), 30_000);
    await exited;
    clearTimeout(timer);
  };
  const ready = await reply<T>(options.readyField);
  return { process: { child, reply, close }, ready };
}
