/** A fact's properties as a short phrase for the panels (pure: no DOM). */
import { factPropertyNames } from '../../src/model';
import type { Fact } from './queries';

/** The properties factDetails words itself; any other the fact states is shown as "name value". */
const worded = new Set<string>(['date', 'title', 'amount', 'currency', 'stake', 'period']);

/** "2024-02-09, 5,000,000 USD, 49% stake, planned": what the fact states, so a new property shows with no edit. */
export function factDetails(fact: Fact): string {
  const parts = [
    fact.date,
    fact.title,
    fact.amount !== null ? `${fact.amount.toLocaleString('en')} ${fact.currency ?? ''}`.trim() : null,
    fact.stake !== null ? `${fact.stake}% stake` : null,
    fact.period,
    ...factPropertyNames
      .filter((name) => !worded.has(name) && fact[name] !== null)
      .map((name) => `${name} ${fact[name]}`),
    fact.status === 'planned' ? 'planned' : null,
  ];
  return parts.filter(Boolean).join(', ');
}
