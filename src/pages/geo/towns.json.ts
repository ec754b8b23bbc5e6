// The 351 cities and towns' names and centers for the maps' town labels (shown as one zooms in), written at build
// time from content/places.json: [name, lat, lon, population] each, a few kilobytes gzipped, loaded only when needed.
import type { APIRoute } from 'astro';
import places from '../../../content/places.json';

export const GET: APIRoute = () => {
  const towns = (
    places as { towns: { town: string; centre: { lat: number; lon: number }; population2020: number }[] }
  ).towns.map((t) => [t.town, Number(t.centre.lat.toFixed(4)), Number(t.centre.lon.toFixed(4)), t.population2020]);
  return new Response(JSON.stringify(towns), { headers: { 'content-type': 'application/json' } });
};
