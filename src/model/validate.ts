/**
 * Validation derived from the ontology: which kinds a relation may join, and
 * which values its properties may take. Used on extraction output, curation
 * input and LLM output alike.
 */
import {
  entityKinds,
  factStatuses,
  relations,
  type EntityKind,
  type PropertyType,
  type RelationType,
} from './ontology';

export interface FactProblem {
  field: string;
  message: string;
}

const isoCurrencies = new Set(Intl.supportedValuesOf('currency'));

/**
 * What a value of each property type must be: the check, and the rule in words (the error a
 * wrong value gets, and the description of the property in AddFactInput).
 */
export const propertyRules: Record<PropertyType, { accepts: (value: unknown) => boolean; rule: string }> = {
  text: {
    accepts: (v) => typeof v === 'string' && v.trim() !== '' && v.length <= 500,
    rule: 'must be text of 1 to 500 characters',
  },
  partialDate: {
    accepts: (v) => typeof v === 'string' && isPartialDate(v),
    rule: 'must be a date YYYY-MM-DD, YYYY-MM or YYYY',
  },
  period: {
    accepts: (v) => typeof v === 'string' && v.trim() !== '' && v.length <= 100,
    rule: 'must be a period such as 2023-01/2023-12',
  },
  amount: {
    accepts: (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0,
    rule: 'must be a non-negative number',
  },
  currency: {
    accepts: (v) => typeof v === 'string' && isoCurrencies.has(v),
    rule: 'must be an ISO 4217 currency code such as USD',
  },
  percent: {
    accepts: (v) => typeof v === 'number' && v > 0 && v <= 100,
    rule: 'must be a percentage above 0 and at most 100',
  },
  status: {
    accepts: (v) => (factStatuses as readonly unknown[]).includes(v),
    rule: `must be one of ${factStatuses.join(', ')}`,
  },
};

export function isPartialDate(value: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  if (Number(month) < 1 || Number(month) > 12) return false;
  if (day === undefined) return true;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.getUTCDate() === Number(day);
}

export function isRelationType(type: string): type is RelationType {
  return Object.hasOwn(relations, type);
}

export function isEntityKind(kind: string): kind is EntityKind {
  return Object.hasOwn(entityKinds, kind);
}

/** Everything wrong with a fact, by field; an empty list means it fits the ontology. */
export function validateFact(fact: {
  type: string;
  fromKind: string;
  toKind: string;
  properties?: Record<string, unknown>;
}): FactProblem[] {
  if (!isRelationType(fact.type)) {
    return [{ field: 'type', message: `unknown relation type ${JSON.stringify(fact.type)}` }];
  }
  const spec = relations[fact.type];
  const problems: FactProblem[] = [];
  if (!(spec.from as readonly string[]).includes(fact.fromKind)) {
    problems.push({
      field: 'from',
      message: `${fact.type} cannot start at a ${fact.fromKind} (allowed: ${spec.from.join(', ')})`,
    });
  }
  if (!(spec.to as readonly string[]).includes(fact.toKind)) {
    problems.push({
      field: 'to',
      message: `${fact.type} cannot end at a ${fact.toKind} (allowed: ${spec.to.join(', ')})`,
    });
  }
  for (const [name, value] of Object.entries(fact.properties ?? {})) {
    if (value === undefined || value === null) continue;
    const property = (spec.properties as Record<string, { type: PropertyType }>)[name];
    if (!property) {
      problems.push({ field: `properties.${name}`, message: `${fact.type} has no property ${name}` });
      continue;
    }
    const { accepts, rule } = propertyRules[property.type];
    if (!accepts(value)) problems.push({ field: `properties.${name}`, message: rule });
  }
  return problems;
}
