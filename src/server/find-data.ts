/**
 * The data the district finder decides with, bundled into the function that imports this module (functions never
 * read files at run time): districts, town/ZIP/ward crosswalks, legislators, and the full-resolution boundaries.
 * Built once per process, on first use, so importing it costs nothing until a lookup happens.
 */
import type { Topology } from 'topojson-specification';
import { z } from 'zod';
import boundaries from '../../content/geo/district-boundaries.json' with { type: 'json' };
import districtsJson from '../../content/districts.json' with { type: 'json' };
import legislatorsJson from '../../content/legislators.json' with { type: 'json' };
import placesJson from '../../content/places.json' with { type: 'json' };
import { createDistrictLocator, type DistrictLocator } from '../lib/find-by-point.ts';
import { createPlaceIndex, type PlaceIndex } from '../lib/find-by-place.ts';
import { districtSchema, type District } from '../lib/schemas/district.ts';
import { legislatorSchema, type Legislator } from '../lib/schemas/legislator.ts';
import { placesSchema } from '../lib/schemas/places.ts';
import { slugify } from '../lib/slug.ts';

export type LocationData = {
  locator: DistrictLocator;
  places: PlaceIndex;
  /** every district by id (ma-house-050) */
  districts: Map<string, District>;
  /** district id by chamber and name ("house:7th Hampden"), the key the crosswalks use */
  districtIdByName: Map<string, string>;
  /** the sitting member by district id; a vacant seat has none */
  legislators: Map<string, Legislator>;
};

/** Indexes already-parsed data; tests and the benchmark build it from files, functions from the bundled JSON. */
export function buildLocationData(input: {
  boundaries: Topology;
  districts: District[];
  places: z.infer<typeof placesSchema>;
  legislators: Legislator[];
}): LocationData {
  return {
    locator: createDistrictLocator(input.boundaries),
    places: createPlaceIndex(input.places, slugify),
    districts: new Map(input.districts.map((d) => [d.id, d])),
    districtIdByName: new Map(input.districts.map((d) => [`${d.chamber}:${d.name}`, d.id])),
    legislators: new Map(input.legislators.map((l) => [l.districtId, l])),
  };
}

let cached: LocationData | undefined;

/** The bundled data, validated with the site's schemas and indexed on first call. */
export function loadLocationData(): LocationData {
  cached ??= buildLocationData({
    boundaries: boundaries as unknown as Topology,
    districts: z.array(districtSchema).parse(districtsJson),
    places: placesSchema.parse(placesJson),
    legislators: z.array(legislatorSchema).parse(legislatorsJson),
  });
  return cached;
}
