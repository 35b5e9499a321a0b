/**
 * An editor judges a fact: ACCEPT (it stays, reviewState ACCEPTED), REJECT (it
 * is left out of every read but stays stored) or EDIT: a correction of
 * properties only (same identity) is made in place, with "editor:<key name>"
 * among the fact's extractors; one of type, endpoints or key properties is a
 * new fact found by "editor:<key name>", and the original is left out like a
 * rejected one. The judgement is a FactJudgement node keyed to the
 * fact's identity, with the quotes it was made on; ingest puts a fact it writes
 * again back in its judged state (cypher/ingest/write-article-graph.cypher).
 * One write transaction, under the fact's write lock: concurrent judgements on
 * one fact are made one after the other.
 */
import { randomUUID } from 'node:crypto';
import { badInput, notFound } from '../../errors';
import { boundedText, inputLimits } from '../../input-limits';
import {
  checkFactEndpoints,
  checkFactInput,
  evidenceLimit,
  type AddFactInput,
  type CheckedFactInput,
} from '../curation/add-fact';
import { recordChange, systemAuthor } from '../audit/record-change';
import type { Graph, Transaction } from '../driver';
import { int } from '../integer';
import { toFact, type Fact } from '../read/shapes';
import type { FactJudgementRow } from '../statements';

export const reviewVerdicts = ['ACCEPT', 'REJECT', 'EDIT'] as const;
export type ReviewVerdict = (typeof reviewVerdicts)[number];

const stateOf: Record<ReviewVerdict, FactJudgementRow['state']> = {
  ACCEPT: 'ACCEPTED',
  REJECT: 'REJECTED',
  EDIT: 'EDITED',
};

/** ReviewFactInput of schema.graphql. */
export interface ReviewFactInput {
  factId: string;
  verdict: ReviewVerdict;
  /** The corrected fact, whole (as addFact takes it); only with EDIT. */
  edit?: AddFactInput | null;
  note?: string | null;
}

/** What a judgement (or its undo) leaves: the judgement in force, the judged fact, and an edit's correction. */
export interface ReviewOutcome {
  judgement: FactJudgementRow | null;
  fact: Fact | null;
  correction: Fact | null;
}

const evidence = { evidenceLimit: int(evidenceLimit), evidenceAfter: null, evidenceTotal: true };

/** `by` is the editor's API key name, `now` when the judgement is made. */
export async function reviewFact(
  graph: Graph,
  input: ReviewFactInput,
  by: string,
  now = new Date(),
): Promise<ReviewOutcome> {
  if (!(reviewVerdicts as readonly string[]).includes(input.verdict)) {
    throw badInput('input.verdict', `must be one of ${reviewVerdicts.join(', ')}`);
  }
  if (input.verdict === 'EDIT' && !input.edit) throw badInput('input.edit', 'an EDIT needs the corrected fact');
  if (input.verdict !== 'EDIT' && input.edit)
    throw badInput('input.edit', `only an EDIT takes one, not ${input.verdict}`);
  const note = input.note == null ? null : boundedText('input.note', input.note, inputLimits.note);
  const edit = input.edit ? { input: input.edit, checked: checkFactInput(input.edit, 'input.edit') } : null;
  const at = now.toISOString();

  return graph.writeTransaction(async (tx) => {
    const [fact] = await tx.run('review/lock-fact', { factId: input.factId });
    if (!fact) throw notFound('fact', input.factId);
    if (fact.props.correctionOf != null && input.verdict === 'EDIT') {
      throw badInput('input.factId', 'this fact is a correction: undo its edit, or reject it, instead of editing it');
    }
    const judgementId = randomUUID();
    const correction = edit
      ? await applyEdit(tx, { ...fact, factId: input.factId, judgementId }, edit, {
          by,
          at,
          note: note ?? edit.checked.note,
        })
      : null;
    const [row] = await tx.run('review/record-judgement', {
      factId: input.factId,
      type: fact.type,
      fromId: fact.fromId,
      toId: fact.toId,
      judgementId,
      verdict: input.verdict,
      state: stateOf[input.verdict],
      by,
      at,
      note,
      correctedFactId: correction?.id ?? null,
      ...evidence,
    });
    await recordChange(tx, {
      by,
      operation: 'REVIEW',
      entityIds: [fact.fromId, fact.toId],
      factIds: [input.factId, ...(correction ? [correction.id] : [])],
      before: { state: fact.props.reviewState ?? 'UNREVIEWED' },
      after: {
        verdict: input.verdict,
        state: stateOf[input.verdict],
        judgementId,
        note,
        correctedFactId: correction?.id ?? null,
      },
    });
    return { judgement: row!.judgement, fact: toFact(row!.fact), correction: correction ?? null };
  });
}

/**
 * An EDIT: when the corrected fact keeps the fact's identity (only properties that are not key
 * properties change), the fact is edited in place (undefined: no correction of its own); otherwise
 * the correction is stored as a new fact (returned), and the judged one will be left out of reads.
 */
async function applyEdit(
  tx: Transaction,
  original: { factId: string; judgementId: string; type: string; fromId: string; toId: string },
  edit: { input: AddFactInput; checked: CheckedFactInput },
  { by, at, note }: { by: string; at: string; note: string | null },
): Promise<Fact | undefined> {
  const { fromId, toId, factId } = await checkFactEndpoints(tx, edit.input, edit.checked, 'input.edit');
  const extractor = `editor:${by}`;
  if (factId === original.factId) {
    await tx.run('review/edit-in-place', {
      fromId,
      toId,
      type: edit.checked.type,
      factId,
      judgementId: original.judgementId,
      properties: edit.checked.properties,
      status: edit.checked.status,
      extractor,
    });
    return undefined;
  }
  const [row] = await tx.run('review/add-correction', {
    fromId,
    toId,
    type: edit.checked.type,
    factId,
    properties: edit.checked.properties,
    status: edit.checked.status,
    seen: at.slice(0, 10),
    extractor,
    originalId: original.factId,
    by,
    at,
    note,
    ...evidence,
  });
  if (!row) {
    throw badInput(
      'input.edit',
      `the corrected fact exists already (id ${JSON.stringify(factId)}): REJECT this fact and ACCEPT that one instead`,
    );
  }
  return toFact(row.fact);
}

/**
 * Undoes a fact's current judgement (only the latest one on a fact: BAD_USER_INPUT otherwise, NOT_FOUND
 * for an unknown id): the fact is back in the state the judgement before it gave (or UNREVIEWED), and an
 * edit's correction is removed, so the graph is as it was before the judgement.
 */
/** `by`: who the audit log records as undoing it (an API key's name, or "system"). */
export async function undoReview(graph: Graph, judgementId: string, by = systemAuthor): Promise<ReviewOutcome> {
  return graph.writeTransaction(async (tx) => {
    const [found] = await tx.run('review/undo-read', { judgementId });
    if (!found) throw notFound('judgement', judgementId);
    // Under the fact's lock, read again: a judgement made meanwhile may have followed this one.
    await tx.run('review/lock-fact', { factId: found.factId });
    const [current] = await tx.run('review/undo-read', { judgementId });
    if (!current?.current) {
      throw badInput('judgementId', 'a later judgement on the same fact is in force: undo that one first');
    }
    if (current.correctedFactId) await tx.run('review/undo-correction', { correctedFactId: current.correctedFactId });
    const [row] = await tx.run('review/undo-judgement', { judgementId, ...evidence });
    await recordChange(tx, {
      by,
      operation: 'REVIEW',
      factIds: [found.factId, ...(current.correctedFactId ? [current.correctedFactId] : [])],
      before: { undone: judgementId },
      after: { state: row!.judgement?.state ?? 'UNREVIEWED', judgementId: row!.judgement?.id ?? null },
    });
    return { judgement: row!.judgement, fact: row!.fact ? toFact(row!.fact) : null, correction: null };
  });
}
