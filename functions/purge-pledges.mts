// Hourly: deletes pledges nobody confirmed within a week, with every personal detail (counts already ignore them
// once expired). Confirmed pledges stay until the person withdraws. See /about/privacy/.
import type { Config } from '@netlify/functions';
import { siteData } from '../src/server/campaign-data.ts';
import { readConfig } from '../src/server/config.ts';
import { cancelMail, openMailStore } from '../src/server/mail-engine/index.ts';
import { queueOldUnsentConfirmations } from '../src/server/old-unsent-pledges.ts';
import { sendPledgeConfirmation } from '../src/server/pledge-email.ts';
import { livePledgeDeps, pledgeCampaign } from '../src/server/pledge-wiring.ts';
import { purgeExpiredPledges } from '../src/server/pledges.ts';
import { openStore } from '../src/server/store.ts';

export default async () => {
  const now = new Date();
  // confirmations the code before the mail engine left unsent: into the engine once (one listing once they are)
  const deps = livePledgeDeps(readConfig(process.env));
  const title = (slug: string) => pledgeCampaign(siteData().campaigns, slug)?.title ?? slug;
  const send = (pledge: Parameters<typeof sendPledgeConfirmation>[0], token: string) =>
    sendPledgeConfirmation(pledge, token, title(pledge.campaign), deps);
  const moved = await queueOldUnsentConfirmations({ store: deps.store, now: () => now, send });
  if (moved.queued + moved.dropped > 0) console.log('purge-pledges: old unsent confirmations', JSON.stringify(moved));
  // an expired pledge's confirmation, if still queued (mail not configured all week), never goes
  const cancel = (key: string) => cancelMail(openMailStore(), key, now);
  const purged = await purgeExpiredPledges(openStore('pledges'), now, cancel);
  if (purged > 0) console.log('purge-pledges', purged);
};

export const config: Config = { schedule: '@hourly' };
