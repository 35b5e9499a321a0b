/** An article's extraction as short strings that extraction tests compare: "Kind:Name", "From TYPE To". */
import { extractArticle } from '../../src/ingest/extract-article';
import { toGoldShape } from '../../src/ingest/gold-shape';
import type { Language } from '../../src/ingest/types';

export function extractedShape(text: string, language: Language) {
  const found = toGoldShape(extractArticle(text, { language }));
  return {
    persons: found.entities.filter((e) => e.type === 'Person').map((e) => e.name),
    entities: found.entities.map((e) => `${e.type}:${e.name}`),
    aliases: Object.fromEntries(found.entities.map((e) => [e.name, e.aliases])),
    relations: found.relations.map((r) => `${r.from} ${r.type} ${r.to}`),
    titles: found.relations.map((r) => `${r.from} ${r.type} ${r.to} | ${String(r.properties.title ?? '')}`),
  };
}
