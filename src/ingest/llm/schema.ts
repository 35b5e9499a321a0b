/**
 * The shape of the LLM's answer, derived from the ontology tables: one zod
 * schema gives both the JSON schema sent to the model (strict-mode friendly:
 * every key required, optional values nullable) and the runtime check of what
 * comes back, where missing optional keys are tolerated.
 */
import { z } from 'zod';
import {
  entityKindNames,
  factStatuses,
  relations,
  relationTypes,
  roleNames,
  type PropertyType,
  type RelationType,
} from '../../model';
import { LlmError } from './errors';

const nonBlank = z.string().regex(/\S/);

const propertyValues: Record<PropertyType, z.ZodType> = {
  text: nonBlank,
  partialDate: z.string().regex(/^\d{4}(-\d{2}){0,2}$/),
  period: nonBlank,
  amount: z.number().min(0),
  currency: z.string().regex(/^[A-Z]{3}$/),
  percent: z.number().gt(0).max(100),
  status: z.enum(factStatuses),
};

export const llmEntity = z.object({
  name: nonBlank.describe('Canonical name'),
  kind: z.enum(entityKindNames),
  roles: z.array(z.enum(roleNames)).default([]),
  aliases: z.array(z.string()).default([]).describe('Other forms of the name, each copied verbatim from the article'),
});

function relationVariant(type: RelationType) {
  const spec = relations[type];
  const properties = Object.entries(spec.properties).map(([name, property]) => [
    name,
    propertyValues[property.type].nullable().default(null).describe(property.description),
  ]);
  return z.object({
    from: nonBlank.describe('Name of the source entity, as given in entities'),
    type: z.literal(type),
    to: nonBlank.describe('Name of the target entity, as given in entities'),
    properties: z.object(Object.fromEntries(properties)).default({}),
    evidence: nonBlank.describe('The sentence that states the relation, copied verbatim from the article'),
    /** An out-of-range confidence is ignored, not fatal to the relation. */
    confidence: z.number().min(0).max(1).nullable().catch(null),
  });
}

export const llmRelation = z.union(relationTypes.map(relationVariant));

export type LlmEntity = z.infer<typeof llmEntity>;
export type LlmRelation = z.infer<typeof llmRelation>;

/** The JSON schema of the whole answer, for `response_format`. */
export const llmJsonSchema: Record<string, unknown> = z.toJSONSchema(
  z.object({ entities: z.array(llmEntity), relations: z.array(llmRelation) }),
  { override: ({ jsonSchema }) => void delete jsonSchema.default },
);
delete llmJsonSchema.$schema;

/** What is checked before an answer is cached; items are checked one by one later, so one bad item drops alone. */
const envelope = z.object({ entities: z.array(z.unknown()), relations: z.array(z.unknown()) });
export type LlmOutput = z.infer<typeof envelope>;

/** The value as an answer, if it has the "entities" and "relations" arrays (also used on cache hits). */
export function readLlmOutput(value: unknown): LlmOutput | undefined {
  const parsed = envelope.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** Reads the model's message content; malformed JSON or a wrong overall shape is an LlmError. */
export function parseLlmOutput(content: string, model: string): LlmOutput {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (error) {
    throw new LlmError(`Model "${model}" answered with malformed JSON: ${(error as Error).message}`, model, undefined, {
      cause: error,
    });
  }
  const output = readLlmOutput(value);
  if (!output) throw new LlmError(`Model "${model}" answered JSON without "entities" and "relations" arrays`, model);
  return output;
}
