/**
 * The ontology of silkgraph, as data. Entity kinds, roles and relation kinds are
 * named here and nowhere else: GraphQL enums (schema.graphql), the fact
 * constraints in cypher/schema/, extraction output and validation are derived
 * from these tables (see src/model/generate.ts and src/model/validate.ts).
 */

export type PropertyType = 'text' | 'partialDate' | 'period' | 'amount' | 'currency' | 'percent' | 'status';

export interface EntityKindSpec {
  /** Neo4j labels after :Entity, most general first. */
  labels: readonly string[];
  description: string;
}

export const entityKinds = {
  Person: { labels: ['Person'], description: 'A named person: diplomat, official, business leader.' },
  Organization: {
    labels: ['Organization'],
    description: 'A company, plant, port, ministry, agency, embassy, city hall, chamber or association.',
  },
  Country: { labels: ['Place', 'Country'], description: 'A sovereign state.' },
  Region: {
    labels: ['Place', 'Region'],
    description:
      'An administrative region (oblast, viloyat, velayat, province, federal state, district), a geographic area, or an economic zone.',
  },
  City: { labels: ['Place', 'City'], description: 'A city, town or village.' },
  Event: { labels: ['Event'], description: 'A forum, fair, exhibition, business week or similar event.' },
  Agreement: { labels: ['Agreement'], description: 'A named agreement, treaty, memorandum or road map.' },
} as const satisfies Record<string, EntityKindSpec>;

export type EntityKind = keyof typeof entityKinds;

export interface RoleSpec {
  kinds: readonly EntityKind[];
  description: string;
}

export const roles = {
  Diplomat: { kinds: ['Person'], description: 'An ambassador, consul (general) or head of a foreign-ministry office.' },
  Official: {
    kinds: ['Person'],
    description: 'A head of a region or city, a deputy, a minister, a mayor, a president.',
  },
  BusinessLeader: { kinds: ['Person'], description: 'A head of a company or association who is not an official.' },
  Enterprise: {
    kinds: ['Organization'],
    description: 'A company, plant, factory, mill or port that produces or trades.',
  },
  Investor: {
    kinds: ['Organization', 'Person', 'Country'],
    description: 'Presented by a text as the investor in something.',
  },
  GovernmentBody: { kinds: ['Organization'], description: 'A ministry, agency, administration or city hall.' },
  Embassy: { kinds: ['Organization'], description: 'An embassy, consulate or other diplomatic mission.' },
  BusinessAssociation: {
    kinds: ['Organization'],
    description: 'A chamber, business council, federation or association.',
  },
  EconomicZone: { kinds: ['Region'], description: 'A free, special or industrial economic zone.' },
} as const satisfies Record<string, RoleSpec>;

export type Role = keyof typeof roles;

export interface PropertySpec {
  type: PropertyType;
  description: string;
}

export interface RelationSpec {
  from: readonly EntityKind[];
  to: readonly EntityKind[];
  /** Symmetric relations are stored once and compared without regard to direction. */
  symmetric: boolean;
  /** How a person reads it: "<from> <label> <to>". */
  label: string;
  properties: Readonly<Record<string, PropertySpec>>;
  /** Properties that tell two facts of the same type between the same entities apart. */
  keyProperties: readonly string[];
  description: string;
}

const title: PropertySpec = { type: 'text', description: 'The title or post as written in the text.' };
const date: PropertySpec = { type: 'partialDate', description: 'When it happened: YYYY-MM-DD, YYYY-MM or YYYY.' };
const amount: PropertySpec = { type: 'amount', description: 'An amount of money in full units.' };
const currency: PropertySpec = { type: 'currency', description: 'ISO 4217 code of the amount.' };
const period: PropertySpec = {
  type: 'period',
  description: 'YYYY-MM(-DD)/YYYY-MM(-DD), or short free text when the year is not given.',
};
const status: PropertySpec = {
  type: 'status',
  description: 'stated (default) or planned (future, intended, announced).',
};
const places = ['Country', 'Region', 'City'] as const;

export const relations = {
  GOVERNS: {
    from: ['Person'],
    to: ['Region', 'City'],
    symmetric: false,
    label: 'governs',
    properties: { title },
    keyProperties: [],
    description: 'Heads a territory: akim, khokim, hokim, governor, chairman of a region, mayor.',
  },
  HOLDS_POSITION: {
    from: ['Person'],
    to: ['Organization', ...places],
    symmetric: false,
    label: 'holds a position in',
    properties: { title },
    keyProperties: ['title'],
    description: 'Any other post: deputy governor, minister, president, director. Not an ambassador (see REPRESENTS).',
  },
  REPRESENTS: {
    from: ['Person', 'Organization'],
    to: ['Country'],
    symmetric: false,
    label: 'represents',
    properties: { title },
    keyProperties: [],
    description: 'A diplomat or embassy and its sending country.',
  },
  ACCREDITED_TO: {
    from: ['Person', 'Organization'],
    to: ['Country'],
    symmetric: false,
    label: 'is accredited to',
    properties: { title },
    keyProperties: [],
    description: 'A diplomat or embassy and its host country, when stated.',
  },
  VISITED: {
    from: ['Person', 'Organization', 'Region', 'City'],
    to: ['Organization', ...places],
    symmetric: false,
    label: 'visited',
    properties: { date, status },
    keyProperties: ['date'],
    description: 'A visit by a person, a delegation of a body, or a region.',
  },
  MET_WITH: {
    from: ['Person', 'Organization'],
    to: ['Person', 'Organization'],
    symmetric: true,
    label: 'met with',
    properties: { date, status },
    keyProperties: ['date'],
    description: 'A meeting between people, or with the representatives of an organisation.',
  },
  INVESTS_IN: {
    from: ['Organization', 'Person', 'Country'],
    to: ['Organization', 'Region'],
    symmetric: false,
    label: 'invests in',
    properties: {
      amount,
      currency,
      stake: { type: 'percent', description: 'Share held, in percent.' },
      date,
      status,
    },
    keyProperties: [],
    description: 'The investor behind an enterprise, plant, zone or project.',
  },
  LOCATED_IN: {
    from: ['Organization', 'Region', 'Event', 'City'],
    to: [...places],
    symmetric: false,
    label: 'is located in',
    properties: { status },
    keyProperties: [],
    description: 'Where an organisation, zone or event is (events held in future: planned).',
  },
  PARTICIPATED_IN: {
    from: ['Person', 'Organization', 'Region', 'City', 'Country'],
    to: ['Event'],
    symmetric: false,
    label: 'took part in',
    properties: { title: { type: 'text', description: 'The part played: organizer, opening speech, ...' }, status },
    keyProperties: [],
    description: 'Taking part in an event, including organising it.',
  },
  AGREEMENT_WITH: {
    from: ['Organization', ...places],
    to: ['Organization', ...places],
    symmetric: true,
    label: 'has an agreement with',
    properties: { title, amount, currency, date, status },
    keyProperties: ['title'],
    description: 'A signed or reached agreement, road map or partnership between two parties.',
  },
  TRADE_WITH: {
    from: ['Region', 'Country', 'City'],
    to: ['Region', 'Country', 'City'],
    symmetric: true,
    label: 'trades with',
    properties: { amount, currency, period },
    keyProperties: ['period', 'amount'],
    description: 'A trade-turnover figure between two territories for a period.',
  },
  PART_OF: {
    from: ['Region', 'City', 'Event', 'Organization'],
    to: ['Country', 'Region', 'City', 'Event', 'Organization'],
    symmetric: false,
    label: 'is part of',
    properties: {},
    keyProperties: [],
    description: 'Stated containment: a region in a country, a city in a region, an event within an event.',
  },
} as const satisfies Record<string, RelationSpec>;

export type RelationType = keyof typeof relations;

export const entityKindNames = Object.keys(entityKinds) as EntityKind[];
export const roleNames = Object.keys(roles) as Role[];
export const relationTypes = Object.keys(relations) as RelationType[];

/**
 * The facts that place one entity inside another. Place filters (investments
 * by region or country, entities within a place) follow chains of these, so a
 * plant in a city of a region is in that region.
 */
export const containmentRelations = ['LOCATED_IN', 'PART_OF'] as const satisfies readonly RelationType[];

/** Statuses of a fact: stated (reported as happened or true) or planned (future, intended). */
export const factStatuses = ['stated', 'planned'] as const;
export type FactStatus = (typeof factStatuses)[number];
