/**
 * Turns the generated facts into write batches of the ingest shape: documents
 * of about six sentences, one sentence per statement of a fact, the evidence
 * that quotes it and the mentions of both endpoints. About one fact in seven
 * is stated again in a second document of the same batch (sourceCount 2).
 * Ids come from src/model/ids, as the ingest path makes them.
 */
import { relations } from '../../src/model';
import { contentHash, documentId, factId, sentenceId } from '../../src/model/ids';
import type { DocumentRow, EvidenceRow, FactRow, MentionRow } from '../../src/ingest/plan';
import type { FactSpec } from './facts';
import { seeded, uniform } from './random';
import type { World } from './world';

/**
 * A sentence with the evidence that quotes it and the mentions it makes, written with it.
 * Their rows carry only what differs from one to the next: create-documents.cypher takes an
 * evidence's quote, span, date and document from its sentence and document, and writes the
 * generator's constant extractor, rule and scores itself. Every row is packed by the driver
 * and unpacked by Neo4j, so what repeats costs on both sides.
 */
export interface BatchSentence {
  id: string;
  index: number;
  text: string;
  start: number;
  end: number;
  evidence: Pick<EvidenceRow, 'id' | 'factId' | 'type' | 'fromId' | 'toId' | 'confidence' | 'status'>[];
  /** node: the mentioned entity's element id (see load.ts). */
  mentions: (Pick<MentionRow, 'surface' | 'key' | 'start' | 'end' | 'roles'> & { node: string })[];
}

export interface BatchDocument extends DocumentRow {
  sentences: BatchSentence[];
}

/** from, to: the endpoints' element ids (see load.ts). */
export interface BatchFact extends Omit<FactRow, 'seen' | 'fromId' | 'toId'> {
  from: string;
  to: string;
  sourceCount: number;
  firstSeen: string;
  lastSeen: string;
  createdBy: string;
}

export interface Batch {
  documents: BatchDocument[];
  facts: BatchFact[];
  sentences: number;
  evidence: number;
  mentions: number;
}

const sentencesPerDocument = 6;

/** nodeOf: the element id of the entity with this id, which the statements find it by. */
export function* batches(
  world: World,
  facts: Iterable<FactSpec>,
  size: number,
  nodeOf: (entityId: string) => string,
): Generator<Batch> {
  const random = seeded(world.seed + 2);
  const seen = new Set<string>();
  let documentNumber = 0;
  let chunk: (FactSpec & { id: string; fromId: string; toId: string })[] = [];

  const build = (): Batch => {
    const statements = [...chunk.map((f) => ({ fact: f, copy: false }))];
    for (const f of chunk) if (random() < 0.15) statements.push({ fact: f, copy: true });
    const batch: Batch = { documents: [], facts: [], sentences: 0, evidence: 0, mentions: 0 };
    const sources = new Map<string, { docs: string[]; dates: string[] }>();
    for (let i = 0; i < statements.length; i += sentencesPerDocument) {
      const group = statements.slice(i, i + sentencesPerDocument);
      const published = `${2019 + uniform(random, 7)}-${String(1 + uniform(random, 12)).padStart(2, '0')}-${String(1 + uniform(random, 28)).padStart(2, '0')}`;
      const texts: string[] = [];
      const spans: { start: number; end: number; fromAt: number; toAt: number }[] = [];
      let offset = 0;
      for (const { fact } of group) {
        const from = world.entities[fact.from]!;
        const to = world.entities[fact.to]!;
        const head = `${from.name} ${relations[fact.type].label} `;
        const text = `${head}${to.name}${describe(fact.properties)}.`;
        spans.push({ start: offset, end: offset + text.length, fromAt: offset, toAt: offset + head.length });
        texts.push(text);
        offset += text.length + 1;
      }
      const text = texts.join(' ');
      const hash = contentHash(text);
      const docId = documentId(hash);
      documentNumber++;
      const sentences = texts.map((t, index) => ({
        id: sentenceId(docId, index),
        index,
        text: t,
        start: spans[index]!.start,
        end: spans[index]!.end,
        evidence: [] as BatchSentence['evidence'],
        mentions: [] as BatchSentence['mentions'],
      }));
      batch.sentences += sentences.length;
      batch.documents.push({
        id: docId,
        contentHash: hash,
        title: `${texts[0]!.slice(0, 60)}`,
        url: `https://news.example/${world.seed}/${documentNumber}`,
        publishedAt: published,
        language: 'en',
        text,
        sentences,
      });
      group.forEach(({ fact }, index) => {
        const from = world.entities[fact.from]!;
        const to = world.entities[fact.to]!;
        const span = spans[index]!;
        const sentence = sentences[index]!;
        const source = sources.get(fact.id) ?? { docs: [], dates: [] };
        if (source.docs.includes(docId)) return;
        source.docs.push(docId);
        source.dates.push(published);
        sources.set(fact.id, source);
        batch.evidence++;
        sentence.evidence.push({
          id: `${fact.id}:${docId}:${span.start}`,
          factId: fact.id,
          type: fact.type,
          fromId: fact.fromId,
          toId: fact.toId,
          confidence: fact.confidence,
          status: fact.status,
        });
        for (const [entity, at] of [
          [from, span.fromAt],
          [to, span.toAt],
        ] as const) {
          batch.mentions++;
          sentence.mentions.push({
            node: nodeOf(entity.id),
            surface: entity.name,
            key: entity.key,
            start: at,
            end: at + entity.name.length,
            roles: entity.roles,
          });
        }
      });
    }
    for (const fact of chunk) {
      const source = sources.get(fact.id)!;
      const dates = [...source.dates].sort();
      batch.facts.push({
        factId: fact.id,
        type: fact.type,
        from: nodeOf(fact.fromId),
        to: nodeOf(fact.toId),
        properties: fact.properties,
        status: fact.status,
        confidence: fact.confidence,
        offices: [],
        extractors: ['rules'],
        sourceCount: source.docs.length,
        firstSeen: dates[0]!,
        lastSeen: dates[dates.length - 1]!,
        createdBy: source.docs[0]!,
      });
    }
    chunk = [];
    return batch;
  };

  for (const spec of facts) {
    let fromId = world.entities[spec.from]!.id;
    let toId = world.entities[spec.to]!.id;
    if (fromId === toId) continue;
    if (relations[spec.type].symmetric && toId < fromId) [fromId, toId] = [toId, fromId];
    const id = factId(spec.type, fromId, toId, spec.properties);
    if (seen.has(id)) continue;
    seen.add(id);
    chunk.push({ ...spec, id, fromId, toId });
    if (chunk.length >= size) yield build();
  }
  if (chunk.length) yield build();
}

function describe(properties: Record<string, string | number>): string {
  const parts: string[] = [];
  if (properties.title) parts.push(` as ${properties.title}`);
  if (typeof properties.amount === 'number')
    parts.push(` with ${properties.amount / 1_000_000} million ${properties.currency ?? 'USD'}`);
  if (properties.stake) parts.push(` for a ${properties.stake}% stake`);
  if (properties.period) parts.push(` in ${properties.period}`);
  if (properties.date) parts.push(` on ${properties.date}`);
  return parts.join('');
}

/**
 * A batch cut into parts of at most `facts` facts, each written in its own transaction
 * (load.ts): the documents are shared out in the same proportion, so every part carries
 * about as much work. Cutting the writes, not the generated batches, keeps the world the
 * same for a seed (document grouping depends on the generated batch size); a fact and a
 * document never refer to each other, so a part needs nothing from another.
 */
export function parts(batch: Batch, facts: number): Batch[] {
  if (!Number.isInteger(facts) || facts < 1)
    throw new Error(`facts per transaction must be a whole number of 1 or more, got ${facts}`);
  const count = Math.max(1, Math.ceil(batch.facts.length / facts));
  if (count === 1) return [batch];
  const cut = <T>(items: T[], part: number) =>
    items.slice(Math.round((items.length * part) / count), Math.round((items.length * (part + 1)) / count));
  return Array.from({ length: count }, (_, part) => {
    const documents = cut(batch.documents, part);
    const sentences = documents.flatMap((d) => d.sentences);
    return {
      documents,
      facts: cut(batch.facts, part),
      sentences: sentences.length,
      evidence: sentences.reduce((sum, s) => sum + s.evidence.length, 0),
      mentions: sentences.reduce((sum, s) => sum + s.mentions.length, 0),
    };
  });
}
