/**
 * The days the drawn facts span, for the "As of" slider: from the earliest to
 * the latest date a fact states (date, validFrom, validTo) or its quoted
 * documents were published. Pure: no DOM. Partial dates (YYYY, YYYY-MM) count
 * as their first day.
 */
import { factPropertyNames } from '../../src/model';
import type { Fact } from './queries';

export interface DateSpan {
  from: string;
  to: string;
}

const dayMs = 86_400_000;

/** The first day a date (YYYY, YYYY-MM, YYYY-MM-DD, or an ISO timestamp) can mean, or null when it is none. */
export function firstDay(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
  if (!match) return null;
  const day = `${match[1]}-${match[2] ?? '01'}-${match[3] ?? '01'}`;
  const parsed = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day ? day : null;
}

/** The properties that are dates, from the model (date, validFrom, validTo). */
const dateProperties = factPropertyNames.filter((name) => /^date$|^valid/.test(name));

/** The span of the facts' dates and their documents' publication days, widened to hold `also`; null when none. */
export function dateSpan(facts: Iterable<Fact>, also: readonly (string | null)[] = []): DateSpan | null {
  const days: string[] = also.map(firstDay).filter((day): day is string => day !== null);
  for (const fact of facts) {
    for (const name of dateProperties) {
      const day = firstDay(fact[name]);
      if (day) days.push(day);
    }
    for (const { node } of fact.evidence.edges) {
      const day = firstDay(node.document.publishedAt);
      if (day) days.push(day);
    }
  }
  if (days.length === 0) return null;
  days.sort();
  return { from: days[0]!, to: days[days.length - 1]! };
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);
}

export function addDays(from: string, days: number): string {
  return new Date(Date.parse(`${from}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
}
