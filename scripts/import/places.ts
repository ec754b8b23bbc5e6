/** Builds the town, ZIP and Boston ward crosswalks (content/places.json) and checks every district name in them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsvRecords } from '../../src/lib/csv.ts';
import { placesSchema, type Places } from '../../src/lib/schemas/places.ts';
import type { District } from '../../src/lib/schemas/district.ts';
import { readTownCentres } from './town-centres.ts';

function readCsv(dataDir: string, name: string): Record<string, string>[] {
  return parseCsvRecords(readFileSync(join(dataDir, 'crosswalks', name), 'utf8'));
}

const natural = new Intl.Collator('en', { numeric: true });

export function buildPlaces(dataDir: string, districts: District[]): Places {
  const known = { house: new Set<string>(), senate: new Set<string>() };
  for (const d of districts) known[d.chamber].add(d.name);
  const list = (value: string | undefined, chamber: 'house' | 'senate', where: string): string[] => {
    const names = (value ?? '')
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean)
      .sort(natural.compare);
    for (const n of names) if (!known[chamber].has(n)) throw new Error(`${where}: unknown ${chamber} district "${n}"`);
    return names;
  };

  const centres = readTownCentres(dataDir);
  const towns = readCsv(dataDir, 'ma_town_districts.csv').map((r) => ({
    town: r.city_town!,
    county: r.county!,
    population2020: Number(r.pop_2020),
    centre: centres.get(r.city_town!) ?? null,
    house: list(r.house_districts, 'house', r.city_town!),
    senate: list(r.senate_districts, 'senate', r.city_town!),
  }));
  const zips = readCsv(dataDir, 'ma_zip_lookup.csv').map((r) => ({
    zip: r.zip!,
    city: r.postal_city!,
    lat: Number(r.lat),
    lon: Number(r.lon),
    house: list(r.candidate_house_districts, 'house', `ZIP ${r.zip}`),
    senate: list(r.candidate_senate_districts, 'senate', `ZIP ${r.zip}`),
    atCentre: {
      house: list(r.house_at_point, 'house', `ZIP ${r.zip}`)[0] ?? null,
      senate: list(r.senate_at_point, 'senate', `ZIP ${r.zip}`)[0] ?? null,
    },
  }));
  const bostonWards = readCsv(dataDir, 'boston_ward_districts.csv').map((r) => ({
    ward: Number(r.ward),
    house: list(r.house_districts, 'house', `Boston ward ${r.ward}`),
    senate: list(r.senate_districts, 'senate', `Boston ward ${r.ward}`),
  }));
  return placesSchema.parse({
    towns: towns.sort((a, b) => natural.compare(a.town, b.town)),
    zips: zips.sort((a, b) => a.zip.localeCompare(b.zip, 'en')),
    bostonWards: bostonWards.sort((a, b) => a.ward - b.ward),
  });
}
