/**
 * A curator states a fact between two entities. It is checked against the
 * model (endpoint kinds, property types), identified like an extracted fact
 * (factId of type, endpoints and key properties) and merged: a curated fact
 * has 'curator' among its extractors, curated: true and the curator's note,
 * and the curator counts as one of its sources. One write transaction.
 */
import { SilkgraphError, badInput } from '../../errors';
import { factId } from '../../model/ids';
import {
  factPropertyNames,
  factStatuses,
  isRelationType,
  relations,
  validateFact,
  type FactProperties,
} from '../../model';
import { recordChange, systemAuthor } from '../audit/record-change';
import type { Graph } from '../driver';
import { int } from '../integer';
import { toFact, type Fact } from '../read/shapes';
import { boundedText, inputLimits, refuseLoneSurrogates } from '../../input-limits';

/** AddFactInput of schema.graphql: the fact properties (from the model), status (the fact's own) and the curator's note. */
export interface AddFactInput extends Partial<FactProperties> {
  from: string;
  type: string;
  to: string;
  status?: string | null;
  note?: string | null;
}

/**
 * How many evidence quotes the returned fact carries: the API's largest evidence page and one
 * more, so that Fact.evidence can tell whether the list goes on.
 */
const evidenceLimit = 21;

function missing(field: 'from' | 'to', id: string): SilkgraphError {
  return new SilkgraphError('NOT_FOUND', `input.${field}: no entity with id ${JSON.stringify(id)}`, {
    argument: `input.${field}`,
    id,
  });
}

/** `by`: who the audit log records as adding it (an API key's name, or "system"). */
export async function addFact(graph: Graph, input: AddFactInput, by = systemAuthor, today = new Date()): Promise<Fact> {
  if (!isRelationType(input.type)) throw badInput('input.type', `unknown relation type ${JSON.stringify(input.type)}`);
  const type = input.type;
  if (input.from === input.to) throw badInput('input.to', 'a fact links two different entities');
  const status = input.status ?? 'stated';
  if (!(factStatuses as readonly string[]).includes(status)) {
    throw badInput('input.status', `must be one of ${factStatuses.join(', ')}`);
  }
  const note = input.note == null ? null : boundedText('input.note', input.note, inputLimits.note);
  const properties = Object.fromEntries(
    factPropertyNames.filter((field) => input[field] != null).map((field) => [field, input[field]]),
  ) as Record<string, string | number>;
  for (const [field, value] of Object.entries(properties)) {
    if (typeof value === 'string') {
      refuseLoneSurrogates(`input.${field}`, value);
      properties[field] = value.trim();
    }
  }

  return graph.writeTransaction(async (tx) => {
    const [ends] = await tx.run('curation/fact-endpoints', { fromId: input.from, toId: input.to });
    const from = ends?.from;
    const to = ends?.to;
    if (!from) throw missing('from', input.from);
    if (!to) throw missing('to', input.to);
    const problems = validateFact({ type, fromKind: from.kind, toKind: to.kind, properties });
    if (problems.length > 0) {
      const fields = problems.map((p) => `input.${p.field.replace(/^properties\./, '')}`);
      throw new SilkgraphError('BAD_USER_INPUT', problems.map((p, i) => `${fields[i]}: ${p.message}`).join('; '), {
        argument: fields[0],
        problems: problems.map((p, i) => ({ field: fields[i], message: p.message })),
      });
    }
    // Symmetric facts are stored once, from the smaller id to the larger (as ingest stores them).
    let [fromId, toId] = [from.id, to.id];
    if (relations[type].symmetric && toId < fromId) [fromId, toId] = [toId, fromId];
    const id = factId(type, fromId, toId, properties);
    const [row] = await tx.run('curation/add-fact', {
      fromId,
      toId,
      type,
      factId: id,
      properties,
      status,
      note,
      seen: today.toISOString().slice(0, 10),
      evidenceLimit: int(evidenceLimit),
      evidenceAfter: null,
      evidenceTotal: true,
    });
    await recordChange(tx, {
      by,
      operation: 'ADD_FACT',
      entityIds: [fromId, toId],
      factIds: [id],
      after: { type, fromId, toId, ...properties, status, note },
    });
    return toFact(row!.fact);
  });
}
