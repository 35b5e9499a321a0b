import { extractArticle } from '../../../../src/ingest/extract-article';

function regions(text: string): string[] {
  return extractArticle(text, { language: 'en' })
    .entities.filter((e) => e.kind === 'Region')
    .map((e) => e.name);
}

describe('English region phrases', () => {
  it('reads every name before a plural region word', () => {
    expect(regions('Delegations of the Navoi, Kashkadarya and Surkhandarya regions arrived.')).toEqual([
      'Navoi Region',
      'Kashkadarya Region',
      'Surkhandarya Region',
    ]);
  });

  it('reads lists joined by "and" and leaves out members with their own type word and countries', () => {
    expect(regions('Documents were signed between Vitebsk and Navoi and Khorezm regions.')).toEqual([
      'Vitebsk Region',
      'Navoi Region',
      'Khorezm Region',
    ]);
    expect(
      regions('They came from Khorezm regions of Uzbekistan, Brest Oblast and Navoi and Kashkadarya regions.'),
    ).toEqual(expect.not.arrayContaining(['Uzbekistan Region', 'Brest Oblast Region']));
  });

  it('leaves a possessive country out of the region name', () => {
    expect(regions('Officials of Kazakhstan’s Pavlodar Oblast met the khokim.')).toEqual(['Pavlodar Region']);
  });

  it('names no region after nationality adjectives ("Kyrgyz and Russian regions")', () => {
    expect(regions('Twelve Kyrgyz and Russian regions took part in the fair')).toEqual([]);
    expect(regions('Kyrgyz and Russian regions and the Osh and Chui regions met.')).toEqual([
      'Osh Region',
      'Chui Region',
    ]);
  });
});
