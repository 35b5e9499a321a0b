import countries from 'i18n-iso-countries';
import { countryCodeOf } from '../../../../src/ingest/languages/shared/countries';

/** What countryCodeOf gave before its index: i18n-iso-countries' own scan, en then de then ru. */
function scanned(name: string): string | undefined {
  for (const language of ['en', 'de', 'ru']) {
    const code = countries.getAlpha2Code(name.trim(), language);
    if (code) return code;
  }
  return undefined;
}

describe('countryCodeOf', () => {
  it("gives the package's code for each of its en, de and ru names, in any case and with spaces around", () => {
    const names = ['en', 'de', 'ru'].flatMap((language) =>
      Object.values(countries.getNames(language, { select: 'all' })).flat(),
    );
    const variants = names.flatMap((name) => [name, name.toUpperCase(), ` ${name.toLowerCase()} `]);
    expect(variants.filter((name) => countryCodeOf(name) !== scanned(name))).toEqual([]);
  });

  it('knows the names the package lacks, as written, after its own', () => {
    expect(countryCodeOf('Kyrgyz Republic')).toBe('KG');
    expect(countryCodeOf('Китай')).toBe('CN');
    expect(countryCodeOf('Volksrepublik China')).toBe('CN');
    expect(countryCodeOf('PRC')).toBe('CN');
    expect(countryCodeOf('prc')).toBeUndefined();
    expect(countryCodeOf('Korea')).toBe(scanned('Korea') ?? 'KR');
    expect(countryCodeOf('Samarkand')).toBeUndefined();
  });
});
