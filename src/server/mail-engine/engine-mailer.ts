/**
 * The engine behind the Mailer interface, for flows that send one email at a time (confirmations, staff notices): the
 * request enqueues it under its idempotency key and makes one try that never waits (a free slot in the account-wide
 * pace, no backlog). What is not sent at once, the engine's sender delivers, retrying within Resend's 24-hour window,
 * so for the flow it is on its way: the answer is ok. A refused or given-up email is a failure, never retried.
 */
import type { Mailer, SendResult } from '../mailer.ts';
import { enqueueMail } from './queue.ts';
import type { RecipientRole } from './records.ts';
import { entryIdFor } from './records.ts';
import { mailStateOf, runSender, type EngineDeps } from './sender.ts';

/** A Mailer that sends through the engine; `kind` and `role` label its emails for logs, staff and bounces. */
export function engineMailer(deps: EngineDeps, kind: string, role?: RecipientRole): Mailer {
  const refused = (code: string): SendResult => ({ ok: false, retryable: false, status: null, code });
  return {
    kind: deps.mailer.kind,
    async send(email, idempotencyKey) {
      // not configured to send (a deployed site without a key): the flow keeps it and tries again later, as before
      if (deps.mailer.kind === 'unconfigured') return deps.mailer.send(email, idempotencyKey);
      const id = entryIdFor(idempotencyKey);
      const before = await mailStateOf(deps.store, id);
      if (before?.status === 'sent') return { ok: true, id: before.providerId ?? `mail-${id}` };
      if (before?.status === 'failed') return refused(before.error ?? 'failed');
      const options = { kind, ...(role ? { recipientRole: role } : {}) };
      const { entry } = await enqueueMail(deps.store, email, idempotencyKey, options, deps.now());
      const tried = await runSender(deps, { only: [entry] });
      const state = tried.states?.find((s) => s.entryId === id);
      if (state?.status === 'failed') return refused(state.error ?? 'failed');
      return { ok: true, id: state?.providerId ?? `queued-${id}` };
    },
    async sendBatch() {
      throw new Error('engineMailer: many emails go through enqueueMany and the sender, not one batch call');
    },
  };
}
