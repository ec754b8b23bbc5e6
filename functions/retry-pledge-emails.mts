// Every five minutes: sends the pledge confirmation emails the mail provider failed to take (a 429, an outage), each
// with its original link and idempotency key, so none is lost and none goes twice. Volunteers were told it may take
// a few minutes.
import type { Config } from '@netlify/functions';
import { siteData } from '../src/server/campaign-data.ts';
import { readConfig } from '../src/server/config.ts';
import { sendPledgeConfirmation } from '../src/server/pledge-email.ts';
import { livePledgeDeps, pledgeCampaign } from '../src/server/pledge-wiring.ts';
import { retryUnsentConfirmations, type PledgeDeps } from '../src/server/pledges.ts';

/** The retry with its dependencies given (tests, the load test); the default export wires the live ones. */
export function handle(deps: PledgeDeps) {
  const campaigns = siteData().campaigns;
  return retryUnsentConfirmations({
    ...deps,
    sendConfirmation: (pledge, token) =>
      sendPledgeConfirmation(
        pledge,
        token,
        pledgeCampaign(campaigns, pledge.campaign)?.title ?? 'a mentoring campaign',
        deps,
      ),
  });
}

export default async () => {
  const result = await handle(livePledgeDeps(readConfig(process.env)));
  if (result.sent + result.pending > 0) console.log('retry-pledge-emails', result);
};

export const config: Config = { schedule: '*/5 * * * *' };
