// Build-time paths for the finder's split-place pages (/find/towns/, /find/zips/, /find/boston-wards/): one per town,
// ZIP code or Boston ward that lies in more than one district. Each route file names its kind; its parameter has
// the same name.
import { getCollection } from 'astro:content';
import placesJson from '../../content/places.json';
import { splitPlacePages, type SplitPlacePage } from '../lib/find-pages.ts';
import { placesSchema } from '../lib/schemas/places.ts';

type SplitPlacePath<K extends string> = { params: Record<K, string>; props: SplitPlacePage };

export async function splitPlacePaths<K extends 'town' | 'zip' | 'ward'>(kind: K): Promise<SplitPlacePath<K>[]> {
  const districts = (await getCollection('districts')).map((e) => e.data);
  const legislators = (await getCollection('legislators')).map((e) => e.data);
  return splitPlacePages(kind, placesSchema.parse(placesJson), districts, legislators).map((page) => ({
    params: { [kind]: page.place.key } as Record<K, string>,
    props: page,
  }));
}
