/**
 * The ontology of silkgraph, as data. Entity kinds, roles and relation kinds are
 * named here and nowhere else: GraphQL enums (schema.graphql), the fact
 * constraints in cypher/schema/, extraction output and validation are derived
 * from these tables (see src/model/generate.ts and src/model/validate.ts).
 */

export type PropertyType = 'text' | 'partialDate' | 'period' | 'amount' | 'currency' | 'percent' | 'status';

/**
 * A list of an entity's facts of one relation type in one direction, offered as a field of its
 * GraphQL type (paged like Entity.facts): Organization.investors are the INVESTS_IN facts that
 * end at it. schema.graphql gets the field from here (src/model/generate.ts); the read side
 * (src/graph/read/entity.ts) fetches each list by name.
 */
export interface FactListSpec {
  relation: string;
  direction: 'in' | 'out';
  description: string;
}

/**
 * A group of kinds that share a Neo4j label before their own (Place: Country, Region, City): a
 * GraphQL interface those kinds implement, with the fact lists they all have.
 */
export interface EntityGroupSpec {
  description: string;
  factLists: Readonly<Record<string, FactListSpec>>;
}

export interface EntityKindSpec {
  /** Neo4j labels after :Entity, most general first; a label before the kind's own names its group. */
  labels: readonly string[];
  description: string;
  /** Fact lists of this kind beyond its group's. */
  factLists?: Readonly<Record<string, FactListSpec>>;
}

export const entityGroups = {
  Place: {
    description: 'A country, region (including economic zones) or city.',
    factLists: {
      investors: {
        relation: 'INVESTS_IN',
        direction: 'in',
        description:
          'Who invests in this place (an economic zone, a region), in fact-id order, forward only (as facts).',
      },
    },
  },
} as const satisfies Record<string, EntityGroupSpec>;

export const entityKinds = {
  Person: { labels: ['Person'], description: 'A named person: diplomat, official, business leader.' },
  Organization: {
    labels: ['Organization'],
    description: 'A company, plant, port, ministry, agency, embassy, city hall, chamber or association.',
    factLists: {
      investors: {
        relation: 'INVESTS_IN',
        direction: 'in',
        description:
          'Who invests in this organisation (INVESTS_IN facts pointing here), in fact-id order, forward only (as facts).',
      },
      portfolio: {
        relation: 'INVESTS_IN',
        direction: 'out',
        description:
          'What this organisation invests in (INVESTS_IN facts from here), in fact-id order, forward only (as facts).',
      },
    },
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

/**
 * The properties a fact can have, each once: its value type and what it means. They are Fact's
 * fields and AddFactInput's in schema.graphql (generated), the fact shape server and viewer share
 * (FactProperties in fact-shape.ts) and the exports' columns. A relation lists the ones it has
 * (with a description of its own where the property means something narrower there); status is
 * not among them: every fact has one (see factStatuses).
 */
export const factProperties = {
  date: { type: 'partialDate', description: 'When it happened: YYYY-MM-DD, YYYY-MM or YYYY.' },
  amount: { type: 'amount', description: 'An amount of money in full units.' },
  currency: { type: 'currency', description: 'ISO 4217 code of the amount.' },
  stake: { type: 'percent', description: 'Share held, in percent.' },
  period: { type: 'period', description: 'The period a trade figure covers.' },
  title: {
    type: 'text',
    description: 'A title or post, an agreement title, or the part played at an event, as written in the text.',
  },
  validFrom: {
    type: 'partialDate',
    description:
      'When it began to hold, as a text states it ("appointed in March 2023", "since 2022", "newly elected": the publication date); absent when no text says (firstSeen is then the earliest date known).',
  },
  validTo: {
    type: 'partialDate',
    description:
      'When it stopped holding: as a text states it ("until 2021"; "former ambassador": at the latest the publication date), or, with validToInferred true, inferred when a later document named another holder of the same single-holder office (endedBy).',
  },
} as const satisfies Record<string, PropertySpec>;

export type FactPropertyName = keyof typeof factProperties;

export interface RelationSpec {
  from: readonly EntityKind[];
  to: readonly EntityKind[];
  /** Symmetric relations are stored once and compared without regard to direction. */
  symmetric: boolean;
  /** How a person reads it: "<from> <label> <to>". */
  label: string;
  /** The fact properties it has (and status), with what each means for this relation. */
  properties: Readonly<Partial<Record<FactPropertyName | 'status', PropertySpec>>>;
  /** Properties that tell two facts of the same type between the same entities apart. */
  keyProperties: readonly string[];
  description: string;
  /** Shown on an entity's timeline (Query.timeline): something that happens at a date. */
  onTimeline?: boolean;
  /**
   * Places its subject inside its object (a plant in a city, a city in a region): place filters
   * (investments by region or country, entities within a place) follow chains of these.
   */
  containment?: boolean;
  /**
   * Ties a person to a place without placing them inside it (governing it, holding a post there):
   * entities within a place include them, as the first step before containment facts.
   */
  placeAnchor?: boolean;
  /**
   * Holds over a span of time rather than happening at a date: 'post' for an office a person (or
   * mission) holds, 'state' for a standing relation (an investment, a part of a whole). Such a fact
   * has validFrom/validTo; asOf and holders read its span, other facts their own date.
   */
  tenure?: 'post' | 'state';
}

// A relation's view of a fact property: the same type, in words that fit the relation.
const title: PropertySpec = {
  type: factProperties.title.type,
  description: 'The title or post as written in the text.',
};
const date: PropertySpec = factProperties.date;
const amount: PropertySpec = factProperties.amount;
const currency: PropertySpec = factProperties.currency;
const period: PropertySpec = {
  type: factProperties.period.type,
  description: 'YYYY-MM(-DD)/YYYY-MM(-DD), or short free text when the year is not given.',
};
const status: PropertySpec = {
  type: 'status',
  description: 'stated (default) or planned (future, intended, announced).',
};
const validFrom: PropertySpec = factProperties.validFrom;
const validTo: PropertySpec = factProperties.validTo;
const places = ['Country', 'Region', 'City'] as const;

export const relations = {
  GOVERNS: {
    from: ['Person'],
    to: ['Region', 'City'],
    symmetric: false,
    label: 'governs',
    properties: { title, validFrom, validTo },
    keyProperties: [],
    placeAnchor: true,
    description: 'Heads a territory: akim, khokim, hokim, governor, chairman of a region, mayor.',
    tenure: 'post',
  },
  HOLDS_POSITION: {
    from: ['Person'],
    to: ['Organization', ...places],
    symmetric: false,
    label: 'holds a position in',
    properties: { title, validFrom, validTo },
    keyProperties: ['title'],
    placeAnchor: true,
    description: 'Any other post: deputy governor, minister, president, director. Not an ambassador (see REPRESENTS).',
    tenure: 'post',
  },
  REPRESENTS: {
    from: ['Person', 'Organization'],
    to: ['Country'],
    symmetric: false,
    label: 'represents',
    properties: { title, validFrom, validTo },
    keyProperties: [],
    description: 'A diplomat or embassy and its sending country.',
    tenure: 'post',
  },
  ACCREDITED_TO: {
    from: ['Person', 'Organization'],
    to: ['Country'],
    symmetric: false,
    label: 'is accredited to',
    properties: { title, validFrom, validTo },
    keyProperties: [],
    description: 'A diplomat or embassy and its host country, when stated.',
    tenure: 'post',
  },
  VISITED: {
    from: ['Person', 'Organization', 'Region', 'City'],
    to: ['Organization', ...places],
    symmetric: false,
    label: 'visited',
    properties: { date, status },
    keyProperties: ['date'],
    onTimeline: true,
    description: 'A visit by a person, a delegation of a body, or a region.',
  },
  MET_WITH: {
    from: ['Person', 'Organization'],
    to: ['Person', 'Organization'],
    symmetric: true,
    label: 'met with',
    properties: { date, status },
    keyProperties: ['date'],
    onTimeline: true,
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
      stake: factProperties.stake,
      date,
      status,
      validFrom,
      validTo,
    },
    keyProperties: [],
    description: 'The investor behind an enterprise, plant, zone or project.',
    tenure: 'state',
  },
  LOCATED_IN: {
    from: ['Organization', 'Region', 'Event', 'City'],
    to: [...places],
    symmetric: false,
    label: 'is located in',
    properties: { status },
    keyProperties: [],
    containment: true,
    description: 'Where an organisation, zone or event is (events held in future: planned).',
  },
  PARTICIPATED_IN: {
    from: ['Person', 'Organization', 'Region', 'City', 'Country'],
    to: ['Event'],
    symmetric: false,
    label: 'took part in',
    properties: {
      title: { type: factProperties.title.type, description: 'The part played: organizer, opening speech, ...' },
      status,
    },
    keyProperties: [],
    onTimeline: true,
    description: 'Taking part in an event, including organising it.',
  },
  AGREEMENT_WITH: {
    from: ['Organization', ...places],
    to: ['Organization', ...places],
    symmetric: true,
    label: 'has an agreement with',
    properties: { title, amount, currency, date, status },
    keyProperties: ['title'],
    onTimeline: true,
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
    properties: { validFrom, validTo },
    keyProperties: [],
    containment: true,
    description: 'Stated containment: a region in a country, a city in a region, an event within an event.',
    tenure: 'state',
  },
} as const satisfies Record<string, RelationSpec>;

export type RelationType = keyof typeof relations;

export const entityKindNames = Object.keys(entityKinds) as EntityKind[];
export const roleNames = Object.keys(roles) as Role[];
export const relationTypes = Object.keys(relations) as RelationType[];

const relationsWith = (trait: 'onTimeline' | 'containment' | 'placeAnchor'): RelationType[] =>
  relationTypes.filter((type) => (relations[type] as RelationSpec)[trait] === true);

/** The facts a timeline shows (onTimeline): visits, meetings, events, agreements. */
export const timelineRelations: readonly RelationType[] = relationsWith('onTimeline');

/**
 * The facts that place one entity inside another (containment). Place filters (investments by
 * region or country, entities within a place) follow chains of these, so a plant in a city of a
 * region is in that region.
 */
export const containmentRelations: readonly RelationType[] = relationsWith('containment');

/**
 * The facts that can start a chain to a place for entities within it: containment, and the
 * facts that tie a person to a place (placeAnchor: governing it, holding a post there).
 */
export const placeAnchorRelations: readonly RelationType[] = relationTypes.filter(
  (type) => containmentRelations.includes(type) || (relations[type] as RelationSpec).placeAnchor === true,
);

/** The facts that hold over a span of time (tenure): their span, not a date, answers asOf. */
export const tenureRelations: readonly RelationType[] = relationTypes.filter(
  (type) => (relations[type] as RelationSpec).tenure !== undefined,
);

/** The posts (tenure 'post'): who holds an office of an entity (Query.holders, by default). */
export const postRelations: readonly RelationType[] = relationTypes.filter(
  (type) => (relations[type] as RelationSpec).tenure === 'post',
);

/**
 * An office that one holder at a time has: a region's or city's head, a country's ambassador to a
 * country. The office is named by the objects of its holder's facts of the `seat` relations in one
 * article (GOVERNS: the territory; REPRESENTS and ACCREDITED_TO: the sending and the host country);
 * a fact counts only when its title is of `titleClass` (the language packs' title classes), when
 * given. When a later document names another holder of the same office, the earlier holder's
 * facts of the office end (validTo inferred, see cypher/ingest/write-article-graph.cypher).
 */
export interface SingleHolderOfficeSpec {
  seat: readonly RelationType[];
  titleClass?: string;
  description: string;
}

export const singleHolderOffices = {
  head: {
    seat: ['GOVERNS'],
    description: 'The head of a region or city: khokim, akim, governor, mayor. One at a time.',
  },
  ambassador: {
    seat: ['REPRESENTS', 'ACCREDITED_TO'],
    titleClass: 'ambassador',
    description: "A sending country's ambassador to a host country. One at a time.",
  },
} as const satisfies Record<string, SingleHolderOfficeSpec>;

export type SingleHolderOffice = keyof typeof singleHolderOffices;

/** The relations whose facts can name a holder of a single-holder office (and so be ended by a later one). */
export const officeRelations: readonly RelationType[] = [
  ...new Set(Object.values(singleHolderOffices as Record<string, SingleHolderOfficeSpec>).flatMap((o) => o.seat)),
];

export const factPropertyNames = Object.keys(factProperties) as FactPropertyName[];

/** The fact lists a kind offers beyond Entity.facts: its groups' (Place.investors), then its own. */
export function factListsOf(kind: EntityKind): Record<string, FactListSpec> {
  const spec: EntityKindSpec = entityKinds[kind];
  const groups = spec.labels.slice(0, -1).map((group) => (entityGroups as Record<string, EntityGroupSpec>)[group]!);
  return Object.assign({}, ...groups.map((group) => group.factLists), spec.factLists ?? {});
}

/** Statuses of a fact: stated (reported as happened or true) or planned (future, intended). */
export const factStatuses = ['stated', 'planned'] as const;
export type FactStatus = (typeof factStatuses)[number];
