import { placesWithin } from '../../ingest/languages/shared/place-hierarchy';
import type { Graph } from '../driver';

/**
 * The gazetteer places inside the place with this id, as `Kind|key` strings
 * that the read statements match against an entity's kind and folded key
 * (`$interior`): a region's cities, a country's regions and cities. Empty when
 * there is no such entity or the gazetteer does not know it.
 */
export async function placeInterior(graph: Graph, id: string): Promise<string[]> {
  const [place] = await graph.read('read/place', { id });
  if (!place) return [];
  return placesWithin(place).map((p) => `${p.kind}|${p.key}`);
}
