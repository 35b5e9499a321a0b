/** The "As of" slider's range: the days the drawn facts and their documents span. */
import { addDays, dateSpan, daysBetween, firstDay } from '../../../web/src/date-span';
import type { Fact } from '../../../web/src/queries';

function fact(properties: Partial<Fact>, published: (string | null)[] = []): Fact {
  return {
    date: null,
    validFrom: null,
    validTo: null,
    ...properties,
    evidence: {
      edges: published.map((publishedAt) => ({
        node: { quote: 'q', document: { id: 'doc', title: null, url: null, publishedAt } },
      })),
      pageInfo: { hasNextPage: false },
    },
  } as Fact;
}

describe('the days the drawn facts span', () => {
  it('reads partial dates as their first day and drops what is not a date', () => {
    expect(firstDay('2024')).toBe('2024-01-01');
    expect(firstDay('2024-03')).toBe('2024-03-01');
    expect(firstDay('2024-03-14')).toBe('2024-03-14');
    expect(firstDay('2024-03-14T10:00:00Z')).toBe('2024-03-14');
    expect(firstDay('2024-02-30')).toBeNull();
    expect(firstDay('soon')).toBeNull();
    expect(firstDay(null)).toBeNull();
  });

  it('runs from the earliest to the latest fact date, validity bound or publication day, widened by a chosen day', () => {
    const facts = [
      fact({ date: '2024-02-09' }, ['2024-02-12']),
      fact({ validFrom: '2023-03', validTo: null }, ['2024-06-18', null]),
      fact({ validTo: '2025' }),
    ];
    expect(dateSpan(facts)).toEqual({ from: '2023-03-01', to: '2025-01-01' });
    expect(dateSpan(facts, ['2026-05-01', null])).toEqual({ from: '2023-03-01', to: '2026-05-01' });
    expect(dateSpan([fact({})])).toBeNull();
  });

  it('counts and adds days across month ends and leap years', () => {
    expect(daysBetween('2024-02-20', '2024-03-01')).toBe(10);
    expect(addDays('2024-02-20', 10)).toBe('2024-03-01');
    expect(addDays('2023-03-01', 0)).toBe('2023-03-01');
  });
});
