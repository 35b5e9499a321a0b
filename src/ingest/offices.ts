/**
 * Single-holder offices in one planned article (the ontology's singleHolderOffices): which of its
 * facts name a holder of which office, and who holds each office now according to it. Pure: the
 * write (cypher/ingest/write-article-graph.cypher) ends the earlier holders' facts of those offices.
 */
import { singleHolderOffices, type EntityKind, type SingleHolderOfficeSpec } from '../model';
import { packs, type Language } from './languages';

/** The facts of one holder the offices are read from (graph ids, stated properties). */
export interface OfficeFact {
  factId: string;
  type: string;
  fromId: string;
  toId: string;
  properties: Record<string, string | number>;
}

/** A holder of an office in this article: the facts naming it, and where to look for earlier holders. */
export interface OfficeHolderRow {
  /** The office's key: its name and the ids of its seats ("head|<territory>", "ambassador|<sending>|<host>"). */
  office: string;
  holderId: string;
  /** The seat relations and their objects, where an earlier holder's facts of this office end. */
  seatTypes: string[];
  seatIds: string[];
  /** The date from which the new holder holds it: their stated validFrom when earlier than the document's date. */
  since: string;
}

export interface PlannedOffices {
  /** The offices each fact names a holder of (fact id to office keys). */
  officesOf: Map<string, string[]>;
  /** The current holders this article names (facts with no stated end), when the article has a date. */
  holders: OfficeHolderRow[];
}

/** The title class of a title as written ("Ambassador" -> ambassador), by the language's title patterns. */
function titleClass(title: string, language: Language): string | undefined {
  return packs[language].titles.find((spec) => new RegExp(`^(?:${spec.pattern})$`, 'iu').test(title.trim()))?.class;
}

export function plannedOffices(
  facts: readonly OfficeFact[],
  kindOf: (entityId: string) => EntityKind | undefined,
  language: Language,
  publishedAt: string | null,
): PlannedOffices {
  const officesOf = new Map<string, string[]>();
  const holders: OfficeHolderRow[] = [];
  const offices = Object.entries(singleHolderOffices as Record<string, SingleHolderOfficeSpec>);
  const holderIds = [...new Set(facts.map((f) => f.fromId))].filter((id) => kindOf(id) === 'Person');
  for (const holderId of holderIds) {
    for (const [name, spec] of offices) {
      const qualifying = (type: string) =>
        facts.filter(
          (f) =>
            f.fromId === holderId &&
            f.type === type &&
            (spec.titleClass === undefined ||
              titleClass(String(f.properties.title ?? ''), language) === spec.titleClass),
        );
      // One office per combination of seats: an ambassador to two countries at once holds two offices.
      let combinations: OfficeFact[][] = [[]];
      for (const type of spec.seat) combinations = combinations.flatMap((c) => qualifying(type).map((f) => [...c, f]));
      for (const seats of combinations.filter((c) => c.length === spec.seat.length)) {
        const office = [name, ...seats.map((f) => f.toId)].join('|');
        for (const f of seats) officesOf.set(f.factId, [...new Set([...(officesOf.get(f.factId) ?? []), office])]);
        // A former holder ("former ambassador", "until 2021") ends no one.
        if (!publishedAt || seats.some((f) => f.properties.validTo !== undefined)) continue;
        const stated = seats.map((f) => f.properties.validFrom).filter((d): d is string => typeof d === 'string');
        const from = stated.sort()[0];
        holders.push({
          office,
          holderId,
          seatTypes: seats.map((f) => f.type),
          seatIds: seats.map((f) => f.toId),
          since: from !== undefined && from < publishedAt ? from : publishedAt,
        });
      }
    }
  }
  return { officesOf, holders };
}
