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
  type RelationType,
} from '../../model';
import { recordChange, systemAuthor } from '../audit/record-change';
import type { Graph, Transaction } from '../driver';
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
export const evidenceLimit = 21;

function missing(argument: string, id: string): SilkgraphError {
  return new SilkgraphError('NOT_FOUND', `${argument}: no entity with id ${JSON.stringify(id)}`, {
    argument,
    id,
  });
}

/** A fact input checked against the model without the graph: its type, status, note and trimmed properties. */
export interface CheckedFactInput {
  type: RelationType;
  status: string;
  note: string | null;
  properties: Record<string, string | number>;
}

/** Checks what can be checked without the graph; `field` names the input in errors (input, input.edit). */
export function checkFactInput(input: AddFactInput, field = 'input'): CheckedFactInput {
  if (!isRelationType(input.type))
    throw badInput(`${field}.type`, `unknown relation type ${JSON.stringify(input.type)}`);
  const type = input.type;
  if (input.from === input.to) throw badInput(`${field}.to`, 'a fact links two different entities');
  const status = input.status ?? 'stated';
  if (!(factStatuses as readonly string[]).includes(status)) {
    throw badInput(`${field}.status`, `must be one of ${factStatuses.join(', ')}`);
  }
  const note = input.note == null ? null : boundedText(`${field}.note`, input.note, inputLimits.note);
  const properties = Object.fromEntries(
    factPropertyNames.filter((name) => input[name] != null).map((name) => [name, input[name]]),
  ) as Record<string, string | number>;
  for (const [name, value] of Object.entries(properties)) {
    if (typeof value === 'string') {
      refuseLoneSurrogates(`${field}.${name}`, value);
      properties[name] = value.trim();
    }
  }
  return { type, status, note, properties };
}

/**
 * Inside the write: both endpoints exist (NOT_FOUND otherwise) and the fact fits their kinds
 * (BAD_USER_INPUT). Gives the stored endpoints and the factId: symmetric facts are stored once,
 * from the smaller id to the larger (as ingest stores them).
 */
export async function checkFactEndpoints(
  tx: Transaction,
  input: AddFactInput,
  { type, properties }: CheckedFactInput,
  field = 'input',
): Promise<{ fromId: string; toId: string; factId: string }> {
  const [ends] = await tx.run('curation/fact-endpoints', { fromId: input.from, toId: input.to });
  const from = ends?.from;
  const to = ends?.to;
  if (!from) throw missing(`${field}.from`, input.from);
  if (!to) throw missing(`${field}.to`, input.to);
  const problems = validateFact({ type, fromKind: from.kind, toKind: to.kind, properties });
  if (problems.length > 0) {
    const fields = problems.map((p) => `${field}.${p.field.replace(/^properties\./, '')}`);
    throw new SilkgraphError('BAD_USER_INPUT', problems.map((p, i) => `${fields[i]}: ${p.message}`).join('; '), {
      argument: fields[0],
      problems: problems.map((p, i) => ({ field: fields[i], message: p.message })),
    });
  }
  let [fromId, toId] = [from.id, to.id];
  if (relations[type].symmetric && toId < fromId) [fromId, toId] = [toId, fromId];
  return { fromId, toId, factId: factId(type, fromId, toId, properties) };
}

/** `by`: who the audit log records as adding it (an API key's name, or "system"). */
export async function addFact(graph: Graph, input: AddFactInput, by = systemAuthor, today = new Date()): Promise<Fact> {
  const checked = checkFactInput(input);
  const { type, status, note, properties } = checked;
  return graph.writeTransaction(async (tx) => {
    const { fromId, toId, factId } = await checkFactEndpoints(tx, input, checked);
    const [row] = await tx.run('curation/add-fact', {
      fromId,
      toId,
      type,
      factId,
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
      factIds: [factId],
      after: { type, fromId, toId, ...properties, status, note },
    });
    return toFact(row!.fact);
  });
}
