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

  it('leaves a possessive country out of the region name', () => {
    expect(regions('Officials of Kazakhstan’s Pavlodar Oblast met the khokim.')).toEqual(['Pavlodar Region']);
  });
});
