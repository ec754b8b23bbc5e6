/** Reads the MassGIS district boundaries and builds the district records (places, sitting member, frame). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { parseCsvRecords } from '../../src/lib/csv.ts';
import { slugify } from '../../src/lib/slug.ts';
import { apportionPopulation } from '../../src/lib/population.ts';
import { districtSchema, type District, type DistrictPlace } from '../../src/lib/schemas/district.ts';
import type { Chamber } from '../../src/lib/schemas/common.ts';
import type { Legislator } from '../../src/lib/schemas/legislator.ts';

export type DistrictShape = {
  id: string;
  chamber: Chamber;
  name: string;
  longName: string;
  number: number;
  geometry: Polygon | MultiPolygon;
};
export type DistrictShapes = Record<Chamber, Map<string, DistrictShape>>;

type ShapeProps = { district: string; district_words?: string; district_num: number; district_id: string };

/** Spells out House district ordinals for the Senate-style long name ("7th Hampden" -> "Seventh Hampden"). */
const ordinalWords = [
  '',
  'First',
  'Second',
  'Third',
  'Fourth',
  'Fifth',
  'Sixth',
  'Seventh',
  'Eighth',
  'Ninth',
  'Tenth',
  'Eleventh',
  'Twelfth',
  'Thirteenth',
  'Fourteenth',
  'Fifteenth',
  'Sixteenth',
  'Seventeenth',
  'Eighteenth',
  'Nineteenth',
  'Twentieth',
  'Twenty-First',
  'Twenty-Second',
  'Twenty-Third',
  'Twenty-Fourth',
  'Twenty-Fifth',
  'Twenty-Sixth',
  'Twenty-Seventh',
  'Twenty-Eighth',
  'Twenty-Ninth',
  'Thirtieth',
  'Thirty-First',
  'Thirty-Second',
  'Thirty-Third',
  'Thirty-Fourth',
  'Thirty-Fifth',
  'Thirty-Sixth',
  'Thirty-Seventh',
];
function longNameOf(name: string, words: string | undefined): string {
  if (words) return words;
  const m = /^(\d+)(?:st|nd|rd|th) (.+)$/.exec(name);
  return m && ordinalWords[Number(m[1])] ? `${ordinalWords[Number(m[1])]} ${m[2]}` : name;
}

/** Reads both chambers' full-resolution boundaries, keyed by the district name shared with Open States. */
export function readDistrictShapes(dataDir: string): DistrictShapes {
  const shapes: DistrictShapes = { house: new Map(), senate: new Map() };
  for (const chamber of ['house', 'senate'] as const) {
    const file = join(dataDir, 'districts', `ma_${chamber}_2021_full.geojson`);
    const fc = JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection<Polygon | MultiPolygon, ShapeProps>;
    for (const f of fc.features as Feature<Polygon | MultiPolygon, ShapeProps>[]) {
      const p = f.properties;
      shapes[chamber].set(p.district, {
        id: p.district_id,
        chamber,
        name: p.district,
        longName: longNameOf(p.district, p.district_words),
        number: p.district_num,
        geometry: f.geometry,
      });
    }
  }
  if (shapes.house.size !== 160 || shapes.senate.size !== 40) {
    throw new Error(`expected 160 House and 40 Senate districts, found ${shapes.house.size} and ${shapes.senate.size}`);
  }
  return shapes;
}

function bboxOf(geometry: Polygon | MultiPolygon): [number, number, number, number] {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const polygon of polygons)
    for (const ring of polygon)
      for (const [x, y] of ring) {
        w = Math.min(w, x!);
        s = Math.min(s, y!);
        e = Math.max(e, x!);
        n = Math.max(n, y!);
      }
  const round = (v: number) => Math.round(v * 1e5) / 1e5;
  return [round(w), round(s), round(e), round(n)];
}

function precinctLabel(ward: string, precinct: string): string {
  return ward && ward !== '-' ? `Ward ${ward}, Precinct ${precinct}` : `Precinct ${precinct}`;
}

/** Natural order so "Precinct 2" sorts before "Precinct 10". */
const natural = new Intl.Collator('en', { numeric: true });

/**
 * Places each district's cities and towns from the 2022 precinct table: a town all of whose precincts fall in the
 * district is whole; otherwise the district lists the precincts it holds.
 */
function placesByDistrict(dataDir: string, chamber: Chamber): Map<string, DistrictPlace[]> {
  const rows = parseCsvRecords(
    readFileSync(join(dataDir, 'crosswalks', 'ma_precinct_districts_2022_normalized.csv'), 'utf8'),
  );
  const column = chamber === 'house' ? 'house_district' : 'senate_district';
  const precinctsPerTown = new Map<string, number>();
  for (const r of rows) precinctsPerTown.set(r.city_town!, (precinctsPerTown.get(r.city_town!) ?? 0) + 1);

  const byDistrict = new Map<string, Map<string, string[]>>();
  for (const r of rows) {
    const towns = byDistrict.get(r[column]!) ?? new Map<string, string[]>();
    byDistrict.set(r[column]!, towns);
    const list = towns.get(r.city_town!) ?? [];
    list.push(precinctLabel(r.ward!, r.precinct!));
    towns.set(r.city_town!, list);
  }
  const result = new Map<string, DistrictPlace[]>();
  for (const [district, towns] of byDistrict) {
    result.set(
      district,
      [...towns]
        .map(([town, precincts]) => {
          const whole = precincts.length === precinctsPerTown.get(town);
          return { town, whole, precincts: whole ? [] : precincts.sort(natural.compare) };
        })
        .sort((a, b) => natural.compare(a.town, b.town)),
    );
  }
  return result;
}

/** For each district, the other chamber's districts sharing a precinct with it ("7th Hampden" -> ["Hampden"]). */
function overlapsByDistrict(dataDir: string, chamber: Chamber): Map<string, string[]> {
  const rows = parseCsvRecords(
    readFileSync(join(dataDir, 'crosswalks', 'ma_precinct_districts_2022_normalized.csv'), 'utf8'),
  );
  const [own, other] =
    chamber === 'house' ? ['house_district', 'senate_district'] : ['senate_district', 'house_district'];
  const sets = new Map<string, Set<string>>();
  for (const r of rows) {
    const set = sets.get(r[own]!) ?? new Set<string>();
    set.add(r[other]!);
    sets.set(r[own]!, set);
  }
  return new Map([...sets].map(([name, set]) => [name, [...set].sort(natural.compare)]));
}

/** Each district's estimated 2020 population: towns' Census counts shared out by share of precincts. */
function populationByDistrict(dataDir: string, chamber: Chamber): Map<string, number> {
  const towns = parseCsvRecords(readFileSync(join(dataDir, 'crosswalks', 'ma_town_districts.csv'), 'utf8'));
  const rows = parseCsvRecords(
    readFileSync(join(dataDir, 'crosswalks', 'ma_precinct_districts_2022_normalized.csv'), 'utf8'),
  );
  const column = chamber === 'house' ? 'house_district' : 'senate_district';
  return apportionPopulation(
    new Map(towns.map((t) => [t.city_town!, Number(t.pop_2020)])),
    rows.map((r) => ({ town: r.city_town!, district: r[column]! })),
  );
}

/** Builds all 200 district records; a district whose seat has no sitting member is kept, marked vacant. */
export function buildDistricts(dataDir: string, shapes: DistrictShapes, legislators: Legislator[]): District[] {
  const districts: District[] = [];
  for (const chamber of ['house', 'senate'] as const) {
    const places = placesByDistrict(dataDir, chamber);
    const overlaps = overlapsByDistrict(dataDir, chamber);
    const population = populationByDistrict(dataDir, chamber);
    for (const name of places.keys()) {
      if (!shapes[chamber].has(name))
        throw new Error(`the precinct table names an unknown ${chamber} district: ${name}`);
    }
    for (const shape of shapes[chamber].values()) {
      const members = legislators.filter((l) => l.chamber === chamber && l.district === shape.name);
      if (members.length > 1) throw new Error(`${shape.name}: more than one sitting member`);
      const districtPlaces = places.get(shape.name);
      if (!districtPlaces) throw new Error(`${shape.name}: no precincts in the precinct table`);
      districts.push(
        districtSchema.parse({
          id: shape.id,
          chamber,
          name: shape.name,
          longName: shape.longName,
          slug: slugify(shape.name),
          number: shape.number,
          places: districtPlaces,
          overlaps: overlaps.get(shape.name) ?? [],
          legislatorId: members[0]?.id ?? null,
          bbox: bboxOf(shape.geometry),
          populationEstimate2020: population.get(shape.name),
        }),
      );
    }
  }
  return districts.sort((a, b) => a.id.localeCompare(b.id, 'en'));
}
