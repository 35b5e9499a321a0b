import { packs } from '../../../../src/ingest/extract';
import { amountsIn, dateIn, periodIn } from '../../../../src/ingest/extract/relations/quantities';

describe('quantities', () => {
  it('parses amounts in full units with ISO currency per language', () => {
    expect(amountsIn('trade reached 412 million US dollars', packs.en)).toMatchObject([
      { amount: 412000000, currency: 'USD' },
    ]);
    expect(amountsIn('rund 4,4 Milliarden US-Dollar', packs.de)).toMatchObject([
      { amount: 4400000000, currency: 'USD' },
    ]);
    expect(amountsIn('составил 64,5 млн долларов США', packs.ru)).toMatchObject([
      { amount: 64500000, currency: 'USD' },
    ]);
    expect(amountsIn('grew to 1.1 billion euros', packs.en)).toMatchObject([{ amount: 1100000000, currency: 'EUR' }]);
  });

  it('resolves day-month dates with the dateline year', () => {
    expect(dateIn('On 9 February, the khokim received him.', packs.en, '2024')).toBe('2024-02-09');
    expect(dateIn('Am 4. Juni hat der Akim empfangen.', packs.de, '2024')).toBe('2024-06-04');
    expect(dateIn('19 августа аким встретился', packs.ru, '2024')).toBe('2024-08-19');
    expect(dateIn('from 7 to 10 February', packs.en, '2024')).toBeUndefined();
  });

  it('reads reporting periods', () => {
    expect(periodIn(' in January-September 2024', packs.en, undefined)).toBe('2024-01/2024-09');
    expect(periodIn(' im ersten Halbjahr 2024', packs.de, undefined)).toBe('2024-01/2024-06');
    expect(periodIn(' in 2023', packs.en, undefined)).toBe('2023');
    expect(periodIn('В 2022 году оборот ', packs.ru, undefined)).toBe('2022');
  });

  it('reads amounts with the currency symbol or code before the number', () => {
    expect(amountsIn('turnover reached $310.5 million, and USD 12 mln more', packs.en)).toMatchObject([
      { amount: 310500000, currency: 'USD' },
      { amount: 12000000, currency: 'USD' },
    ]);
    expect(amountsIn('exports of € 3 billion', packs.en)).toMatchObject([{ amount: 3000000000, currency: 'EUR' }]);
  });

  it('resolves "last year" against the dateline, else keeps it as written (English)', () => {
    expect(periodIn('Last year, trade with Osh reached ', packs.en, '2021')).toBe('2020');
    expect(periodIn('Last year, trade with Osh reached ', packs.en, undefined)).toBe('Last year');
    expect(periodIn(' over the 11 months this year', packs.en, undefined)).toBe('11 months this year');
    expect(periodIn(' over the 11 months of 2021', packs.en, undefined)).toBe('2021-01/2021-11');
    expect(periodIn(' in den ersten neun Monaten', packs.de, undefined)).toBe('first nine months of the current year');
  });
});
