/**
 * The engine behind the Mailer interface, for flows that send one email at a time (confirmations, staff notices): the
 * request enqueues it under its idempotency key and makes one try that never waits (a free slot in the account-wide
 * pace, no backlog). Sent: ok. Not tried (no free call, a backlog): the engine's sender delivers it, so for the flow
 * it is on its way: ok. Tried and failed (a 429, an outage): a retryable failure, so the flow can say the email is
 * delayed, and the engine's sender sends the same batch again under the same key. Refused, given up or cancelled:
 * a failure. Not configured to send (no Resend key): queued, a retryable failure, sent once a key is set.
 */
import type { Mailer, SendResult } from '../mailer.ts';
import { enqueueMail } from './queue.ts';
import { CANCELLED, EXPIRED, entryIdFor, mailKeys, type RecipientRole } from './records.ts';
import { mailStateOf, runSender, type EngineDeps, type SendReport } from './sender.ts';

/**
 * A Mailer that sends through the engine; `kind` and `role` label its emails for logs, staff and bounces. `urgent`:
 * someone waits for it (a sign-in link), so its one try goes ahead of a backlog and may wait a moment for a call.
 */
export function engineMailer(
  deps: EngineDeps,
  kind: string,
  role?: RecipientRole,
  { urgent = false }: { urgent?: boolean } = {},
): Mailer {
  const outcome = async (id: string, tried: SendReport): Promise<SendResult> => {
    const state = tried.states?.find((s) => s.entryId === id) ?? (await mailStateOf(deps.store, id));
    if (state?.status === 'sent') return { ok: true, id: state.providerId ?? `mail-${id}` };
    if (state?.status === 'failed') return { ok: false, retryable: false, status: null, code: state.error ?? 'failed' };
    if (tried.calls > 0) return { ok: false, retryable: true, status: null, code: 'send_failed_will_retry' };
    return { ok: true, id: `queued-${id}` };
  };
  return {
    kind: deps.mailer.kind,
    async send(email, idempotencyKey, { expiresAt } = {}) {
      const id = entryIdFor(idempotencyKey);
      const claim = await deps.store.get<{ batchId?: string; cancelled?: boolean; expired?: boolean }>(
        mailKeys.claim(id),
      );
      if (claim?.cancelled) return { ok: false, retryable: false, status: null, code: CANCELLED };
      if (claim?.expired) return { ok: false, retryable: false, status: null, code: EXPIRED };
      if (claim?.batchId) {
        // in a batch already: done, or (the flow's retry) that batch is sent again now, same members, same key
        const done = await mailStateOf(deps.store, id);
        if (done) return outcome(id, { states: [done] } as SendReport);
        return outcome(id, await runSender(deps, { only: [], batches: [claim.batchId], urgent }));
      }
      const options = { kind, ...(role ? { recipientRole: role } : {}), ...(expiresAt ? { expiresAt } : {}) };
      const { entry } = await enqueueMail(deps.store, email, idempotencyKey, options, deps.now());
      // not configured to send (a deployed site without a key): queued, the sender sends it once a key is set
      if (deps.mailer.kind === 'unconfigured') return deps.mailer.send(email, idempotencyKey);
      return outcome(id, await runSender(deps, { only: [entry], urgent }));
    },
    async sendBatch() {
      throw new Error('engineMailer: many emails go through enqueueMany and the sender, not one batch call');
    },
  };
}
