import { lexicons } from '../../../../src/ingest/extract';
import { amountsIn, dateIn, periodIn } from '../../../../src/ingest/extract/relations/quantities';

describe('quantities', () => {
  it('parses amounts in full units with ISO currency per language', () => {
    expect(amountsIn('trade reached 412 million US dollars', lexicons.en)).toMatchObject([
      { amount: 412000000, currency: 'USD' },
    ]);
    expect(amountsIn('rund 4,4 Milliarden US-Dollar', lexicons.de)).toMatchObject([
      { amount: 4400000000, currency: 'USD' },
    ]);
    expect(amountsIn('составил 64,5 млн долларов США', lexicons.ru)).toMatchObject([
      { amount: 64500000, currency: 'USD' },
    ]);
    expect(amountsIn('grew to 1.1 billion euros', lexicons.en)).toMatchObject([
      { amount: 1100000000, currency: 'EUR' },
    ]);
  });

  it('resolves day-month dates with the dateline year', () => {
    expect(dateIn('On 9 February, the khokim received him.', lexicons.en, '2024')).toBe('2024-02-09');
    expect(dateIn('Am 4. Juni hat der Akim empfangen.', lexicons.de, '2024')).toBe('2024-06-04');
    expect(dateIn('19 августа аким встретился', lexicons.ru, '2024')).toBe('2024-08-19');
    expect(dateIn('from 7 to 10 February', lexicons.en, '2024')).toBeUndefined();
  });

  it('reads reporting periods', () => {
    expect(periodIn(' in January-September 2024', lexicons.en, undefined)).toBe('2024-01/2024-09');
    expect(periodIn(' im ersten Halbjahr 2024', lexicons.de, undefined)).toBe('2024-01/2024-06');
    expect(periodIn(' in 2023', lexicons.en, undefined)).toBe('2023-01/2023-12');
  });
});
