/** The live dependencies of the pledge functions, and the program directory they suggest programs from. */
import { z } from 'zod';
import programsJson from '../../content/programs.json' with { type: 'json' };
import placesJson from '../../content/places.json' with { type: 'json' };
import type { PlacedProgram, Point } from '../lib/programs.ts';
import { townLookupSchema } from '../lib/schemas/places.ts';

/** Only what distances need from the town list (the whole crosswalk is parsed where districts are found). */
const townCentresSchema = z.array(townLookupSchema.pick({ town: true, centre: true }));
import { placedProgramSchema } from '../lib/schemas/program.ts';
import type { AppConfig } from './config.ts';
import { cancelMail, engineMailer, liveEngineDeps } from './mail-engine/index.ts';
import { openStore } from './store.ts';
import { storeNames } from '../lib/store-keys.ts';
import type { PledgeDeps } from './pledges.ts';
import { siteData, type CampaignData } from './campaign-data.ts';

export function livePledgeDeps(config: AppConfig): PledgeDeps {
  // confirmations go through the one mail engine: enqueued, tried once without waiting, then sent by its sender
  const engine = liveEngineDeps(config);
  const mailer = engineMailer(engine, 'confirmation', 'constituent');
  const stores = { store: openStore(storeNames.pledges), limits: openStore(storeNames.limits) };
  // a withdrawn or expired pledge's confirmation, if still queued, never goes
  const cancelEmail = (key: string) => cancelMail(engine.store, key, new Date());
  return { ...stores, mailer, config, now: () => new Date(), cancelEmail };
}

let centres: Map<string, Point> | undefined;
/**
 * Where a volunteer's distances are measured from: their town's centre, or when the town is not known (or not one
 * of the 351), the centres of their House district's towns.
 */
export function volunteerOrigins(town: string | null, houseId: string | null): Point[] {
  centres ??= new Map(townCentresSchema.parse(placesJson.towns).map((t) => [t.town.toLowerCase(), t.centre]));
  const own = town ? centres.get(town.trim().toLowerCase()) : undefined;
  if (own) return [own];
  const district = siteData().districts.find((d) => d.id === houseId);
  return (district?.places ?? []).map((p) => centres!.get(p.town.toLowerCase())).filter((c): c is Point => Boolean(c));
}

let programs: PlacedProgram[] | undefined;
/** The program directory with districts (content/programs.json), parsed once per instance. */
export function programDirectory(): PlacedProgram[] {
  programs ??= z.array(placedProgramSchema).parse(programsJson);
  return programs;
}

/** The pledge campaign with this slug, or null (unknown, or another kind of campaign). */
export function pledgeCampaign(campaigns: CampaignData[], slug: string): { slug: string; title: string } | null {
  const c = campaigns.find((x) => x.slug === slug);
  return c && c.action.type === 'pledge' ? { slug: c.slug, title: c.title } : null;
}

/** District id -> its name ("7th Hampden"), the key the public counts use. */
export function districtNames(): (id: string) => string | undefined {
  const names = new Map(siteData().districts.map((d) => [d.id, d.name]));
  return (id) => names.get(id);
}
