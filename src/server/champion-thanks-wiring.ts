/**
 * The live dependencies of champion thank-yous: Netlify Blobs, the one mail engine (its sender retries and paces; a
 * thank-you is an email to a legislator), the bundled champions list.
 */
import championsJson from '../data/champions.json' with { type: 'json' };
import { championListSchema } from '../lib/schemas/champion.ts';
import { storeNames } from '../lib/store-keys.ts';
import { siteData } from './campaign-data.ts';
import type { ChampionThanksDeps } from './champion-thanks.ts';
import type { AppConfig } from './config.ts';
import { engineMailer, liveEngineDeps } from './mail-engine/index.ts';
import { openStore } from './store.ts';

export function liveChampionThanksDeps(config: AppConfig): ChampionThanksDeps {
  return {
    store: openStore(storeNames.championThanks),
    limits: openStore(storeNames.limits),
    mailer: engineMailer(liveEngineDeps(config), 'champion-thanks', 'legislator'),
    config,
    now: () => new Date(),
    champions: championListSchema.parse(championsJson),
    legislators: siteData().legislators,
  };
}
