import { extractArticle } from '../../../../src/ingest/extract-article';
import { toGoldShape } from '../../../../src/ingest/gold-shape';

function persons(text: string): string[] {
  return toGoldShape(extractArticle(text, { language: 'ru' }))
    .entities.filter((e) => e.type === 'Person')
    .map((e) => e.name);
}

describe('Russian person names', () => {
  it('leaves the patronymic out of the canonical name, in any case', () => {
    expect(persons('Губернатор встретился с Тимуром Рашидовичем Каримовым в Пензенской области.')).toEqual([
      'Timur Karimov',
    ]);
    expect(persons('Губернатор Анна Петровна Смирнова посетила Казань.')).toEqual(['Anna Smirnova']);
  });

  it('gives a first name back its fleeting vowel', () => {
    expect(persons('Губернатор встретился с Павлом Ивановым в Пензенской области.')).toEqual(['Pavel Ivanov']);
    expect(persons('Визит Павла Сидорова в Казань прошел успешно.')).toEqual(['Pavel Sidorov']);
    expect(persons('Губернатор встретился с Карлом Шмидтом в Казани.')).toEqual(['Karl Shmidt']);
  });

  it('gives a soft-stem first name back its soft sign', () => {
    expect(persons('Аким встретился с Игорем Шевелевым в Павлодаре.')).toEqual(['Igor Shevelev']);
    expect(persons('Визит Игоря Сидорова в Казань прошел успешно.')).toEqual(['Igor Sidorov']);
  });
});
