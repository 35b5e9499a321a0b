/**
 * A stored document as a gold pair (NAME.txt + NAME.gold.json, the format src/eval/gold.ts reads):
 * its text, its entities as the graph has them, and its reviewed facts as relations. Pure: the graph
 * read is src/graph/export-gold.ts.
 */
import { slugify } from 'transliteration';
import type { Gold } from '../eval/gold';
import type { GoldDocumentRow, GoldEntityRow, GoldRelationRow } from '../graph/statements';
import type { Language } from '../ingest/languages';
import { factPropertyNames } from '../model';

/**
 * The document's text as stored. A document stored without one (written before documents kept their
 * text) gets it rebuilt from its sentences, each at its own offset with spaces between them, so the
 * evidence and mention offsets still point at the same characters; `rebuilt` says so.
 */
export function documentText(row: Pick<GoldDocumentRow, 'document' | 'sentences'>): {
  text: string;
  rebuilt: boolean;
} {
  if (row.document.text != null) return { text: row.document.text, rebuilt: false };
  let text = '';
  for (const sentence of row.sentences) {
    // Sentences do not overlap; a gap (the whitespace the segmenter dropped) becomes spaces.
    text = text.padEnd(sentence.start, ' ') + sentence.text;
  }
  return { text: text.length > 0 ? `${text}\n` : '', rebuilt: true };
}

const maxSlugLength = 60;

/**
 * The file name (without extension) of a document's gold pair: a slug of its title (a file name's
 * extension dropped, other scripts transliterated) and the first 8 characters of its id, so that two
 * documents with one title stay apart and the name says which document it is.
 */
export function goldFileBase(document: { id: string; title: string | null }): string {
  const title = (document.title ?? '').replace(/\.(txt|html?)$/i, '');
  const slug = slugify(title, { lowercase: true, separator: '-' })
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .slice(0, maxSlugLength)
    .replace(/^-+|-+$/g, '');
  return `${slug || 'document'}-${shortId(document.id)}`;
}

/** "doc_098a38382ebfa9a9dd41dd1a" -> "098a3838". */
export function shortId(id: string): string {
  return id.replace(/^doc_/, '').slice(0, 8);
}

/**
 * The gold of one document: its entities in order of first mention (then the ends of its relations
 * that it does not mention, such as an entity an editor's correction points to), each with its kind,
 * roles and the aliases of the graph that this text contains; and its relations with their properties
 * (status only when planned, as annotators write it) and the quote of the sentence that states them.
 */
export function goldOf(row: GoldDocumentRow, text: string): Gold {
  const entities = new Map<string, GoldEntityRow>();
  for (const entity of [...row.entities, ...row.relations.flatMap((r) => [r.from, r.to])]) {
    if (!entities.has(entity.id)) entities.set(entity.id, entity);
  }
  return {
    source: `silkgraph ${row.document.id}${row.document.url ? ` (${row.document.url})` : ''}`,
    language: row.document.language as Language,
    entities: [...entities.values()].map((entity) => ({
      name: entity.name,
      type: entity.kind,
      roles: entity.roles ?? [],
      aliases: [...new Set(entity.aliases ?? [])].filter((alias) => alias !== entity.name && text.includes(alias)),
    })),
    relations: row.relations.map((relation) => ({
      from: relation.from.name,
      type: relation.type,
      to: relation.to.name,
      properties: goldProperties(relation),
      evidence: relation.quote,
    })),
  };
}

function goldProperties(relation: GoldRelationRow): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const name of factPropertyNames) {
    const value = relation.props[name];
    if (value !== undefined && value !== null) properties[name] = value;
  }
  if (relation.props.status === 'planned') properties.status = 'planned';
  return properties;
}
