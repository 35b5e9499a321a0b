/**
 * The shape of a fact as the API gives it, derived from the ontology so that server
 * (src/graph/read/shapes.ts, curation, exports) and viewer (web/src/queries.ts) share one
 * definition: a property added to factProperties is a field of both with no other edit.
 */
import {
  factPropertyNames,
  type factProperties,
  type FactPropertyName,
  type PropertyType,
  type RelationType,
} from './ontology';

/** The TypeScript type of a property's value: numbers for amounts and percentages, text otherwise. */
export type PropertyValue<T extends PropertyType> = T extends 'amount' | 'percent' ? number : string;

/** Every fact property, null when the fact does not state it. */
export type FactProperties = {
  [K in FactPropertyName]: PropertyValue<(typeof factProperties)[K]['type']> | null;
};

/** What every fact says about itself, whichever side reads it (endpoints and evidence differ). */
export interface FactFields extends FactProperties {
  id: string;
  type: RelationType;
  /** How a person reads it, e.g. 'met with'. */
  label: string;
  symmetric: boolean;
  /** stated or planned. */
  status: string;
  confidence: number;
  sourceCount: number;
}

/** The GraphQL type of a property's value (schema.graphql). */
export function graphqlPropertyType(type: PropertyType): 'Float' | 'String' {
  return type === 'amount' || type === 'percent' ? 'Float' : 'String';
}

/** A fact's properties from a stored relationship's properties (absent ones null). */
export function readFactProperties(stored: Record<string, unknown>): FactProperties {
  return Object.fromEntries(factPropertyNames.map((name) => [name, stored[name] ?? null])) as FactProperties;
}

/** The properties a fact states (not null), in factProperties order: what the exports write. */
export function statedFactProperties(fact: FactProperties): Record<string, string | number> {
  return Object.fromEntries(
    factPropertyNames.filter((name) => fact[name] !== null).map((name) => [name, fact[name] as string | number]),
  );
}
