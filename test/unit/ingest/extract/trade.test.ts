import { extractArticle } from '../../../../src/ingest/extract-article';
import { toGoldShape } from '../../../../src/ingest/gold-shape';

function relations(text: string, language: 'en' | 'de' | 'ru', type: string): Record<string, unknown>[] {
  return toGoldShape(extractArticle(text, { language }))
    .relations.filter((r) => r.type === type)
    .map((r) => ({ from: r.from, to: r.to, ...(r.properties as Record<string, unknown>) }));
}

describe('trade figures', () => {
  it('carries the pair of the last figure to "this figure" in the next sentence', () => {
    const text =
      'Last year, trade between the Osh region and Kazakhstan reached $210.0 million. This figure amounted to $95.5 million over the 5 months this year.';
    expect(relations(text, 'en', 'TRADE_WITH')).toEqual([
      { from: 'Osh Region', to: 'Kazakhstan', amount: 210000000, currency: 'USD', period: 'Last year' },
      { from: 'Osh Region', to: 'Kazakhstan', amount: 95500000, currency: 'USD', period: '5 months this year' },
    ]);
  });

  it('gives each figure the period of its own clause', () => {
    const text =
      'Товарооборот Ошской области с Казахстаном в 2022 году составил 80 млн долларов, а за январь-март 2023 года - 25 млн долларов.';
    expect(relations(text, 'ru', 'TRADE_WITH').map((r) => r.period)).toEqual(['2022', '2023-01/2023-03']);
  });

  it('reads Russian trade phrases in any case ending', () => {
    const text = 'В 2022 году объема торговли Ошской области с Казахстаном достиг 80 млн долларов.';
    expect(relations(text, 'ru', 'TRADE_WITH')).toHaveLength(1);
  });

  it('gives a figure with no party named to the pair of the trade mentioned just before', () => {
    const text =
      'Kazakhstan is one of the main trade partners of the Osh region. In 2022, the turnover exceeded 82 million dollars.';
    expect(relations(text, 'en', 'TRADE_WITH')).toEqual([
      { from: 'Kazakhstan', to: 'Osh Region', amount: 82000000, currency: 'USD', period: '2022' },
    ]);
    expect(
      relations('The Osh region is growing. In 2022, the turnover exceeded 82 million dollars.', 'en', 'TRADE_WITH'),
    ).toEqual([]);
  });

  it('reads a month range written with "through" or "to" as the period', () => {
    const text = 'From January through February 2024, mutual trade between Kazakhstan and Russia reached $412 million.';
    expect(relations(text, 'en', 'TRADE_WITH')).toEqual([
      { from: 'Kazakhstan', to: 'Russia', amount: 412000000, currency: 'USD', period: '2024-01/2024-02' },
    ]);
    const to = 'From March to May 2024, mutual trade between Kazakhstan and Russia reached $412 million.';
    expect(relations(to, 'en', 'TRADE_WITH')[0]?.period).toBe('2024-03/2024-05');
  });
});
