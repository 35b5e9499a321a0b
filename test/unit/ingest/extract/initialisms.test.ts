import { extractArticle } from '../../../../src/ingest/extract-article';
import { toGoldShape } from '../../../../src/ingest/gold-shape';

function shape(text: string, language: 'en' | 'ru') {
  return toGoldShape(extractArticle(text, { language }));
}

describe("a region's initialism", () => {
  it('joins the initials of a region named in full to that region', () => {
    const result = shape(
      'Делегация Восточно-Казахстанской области прибыла в Омскую область. Объем торговли ВКО с Омской областью вырос до 90 млн долларов.',
      'ru',
    );
    const region = result.entities.find((e) => e.name === 'East Kazakhstan Region');
    expect(region?.aliases).toContain('ВКО');
    expect(result.relations.filter((r) => r.type === 'TRADE_WITH')).toHaveLength(1);
  });

  it('reads no initialism of a two-word region name, nor letters that do not match', () => {
    const result = shape('Губернатор Омской области посетил выставку. Компания ОО и фонд ВКР провели встречу.', 'ru');
    expect(result.entities.flatMap((e) => e.aliases)).not.toContain('ОО');
    expect(result.entities.flatMap((e) => e.aliases)).not.toContain('ВКР');
  });
});
