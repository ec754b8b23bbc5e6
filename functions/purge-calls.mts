// Daily: deletes the expired "this visitor's call is counted" markers and past hours' limit keys, the only records
// derived from a caller's connection (HMACs, never the address). Counts carry nothing about anyone and stay.
import type { Config } from '@netlify/functions';
import { callStore } from '../src/server/call-wiring.ts';
import { purgeCallMarkers } from '../src/server/calls.ts';

export default async () => {
  const purged = await purgeCallMarkers({ store: callStore(), now: () => new Date() });
  if (purged > 0) console.log('purge-calls', purged);
};

export const config: Config = { schedule: '@daily' };
