/** The live stores the console's pages read and write: the same Netlify Blobs stores the public flows use. */
import { storeNames } from '../../lib/store-keys.ts';
import { callStore } from '../call-wiring.ts';
import { siteData } from '../campaign-data.ts';
import { openMailStore } from '../mail-engine/index.ts';
import { openStore, type JsonStore } from '../store.ts';
import type { CampaignStores } from './campaign-stats.ts';

/** Every store a campaign's dashboard reads. */
export function liveCampaignStores(): CampaignStores {
  return {
    letters: openStore(storeNames.letters),
    pledges: openStore(storeNames.pledges),
    calls: callStore(),
    alertSignups: openStore(storeNames.alertSignups),
    mail: openMailStore(),
  };
}

/** Programs' requests to be listed (functions/program-submissions.mts writes them). */
export function liveSubmissionStore(): JsonStore {
  return openStore('program-submissions');
}

/** The campaigns and districts bundled with the functions, as the console shows them. */
export function liveConsoleData() {
  const { campaigns, districts } = siteData();
  return { campaigns, districts: districts.map((d) => ({ id: d.id, name: d.name, chamber: d.chamber, slug: d.slug })) };
}
