import { cityRegion, placesWithin } from '../../../src/ingest/languages/shared/place-hierarchy';
import { places } from '../../../src/ingest/languages/shared/places';

const keys = (entity: { kind: string; name: string }) => placesWithin(entity).map((p) => `${p.kind}|${p.key}`);

describe('placesWithin (gazetteer containment, for place filters only)', () => {
  it('gives a region the cities in it: its namesake centre and the cities named to it', () => {
    expect(keys({ kind: 'Region', name: 'Fergana Region' })).toEqual([
      'City|fergana',
      'City|kokand',
      'City|margilan',
      'City|rishtan',
      'City|kuva',
    ]);
    expect(keys({ kind: 'Region', name: 'Sughd Region' })).toEqual(['City|huand', 'City|istaravshan']);
  });

  it('keeps cities of republican significance out of the region that shares their name', () => {
    expect(keys({ kind: 'Region', name: 'Almaty Region' })).toEqual(['City|konaev', 'City|kaskelen']);
    expect(keys({ kind: 'Region', name: 'Tashkent Region' })).toEqual(['City|chirchik']);
  });

  it('gives a country its regions and cities, in whatever language it is named', () => {
    const tajikistan = keys({ kind: 'Country', name: 'Tajikistan' });
    expect(tajikistan).toEqual(
      expect.arrayContaining([
        'City|dushanbe',
        'Region|sugd region',
        'City|huand',
        'Region|gorno badahshan region',
        'City|horog',
      ]),
    );
    expect(tajikistan).not.toContain('City|tashkent');
    // Named in Russian or German, the country is the same.
    expect(keys({ kind: 'Country', name: 'Таджикистан' })).toEqual(tajikistan);
    expect(keys({ kind: 'Country', name: 'Kasachstan' })).toEqual(keys({ kind: 'Country', name: 'Kazakhstan' }));
  });

  it('names a federal state bare, as the extractor does', () => {
    expect(keys({ kind: 'Country', name: 'Germany' })).toEqual(
      expect.arrayContaining(['Region|bavaria', 'City|munich']),
    );
    expect(keys({ kind: 'Region', name: 'Bavaria' })).toEqual(['City|munich', 'City|regensburg']);
  });

  it('knows nothing inside a city, an organisation or a place it does not know', () => {
    expect(keys({ kind: 'City', name: 'Fergana' })).toEqual([]);
    expect(keys({ kind: 'Organization', name: 'Fergana Region' })).toEqual([]);
    expect(keys({ kind: 'Region', name: 'Atlantis Region' })).toEqual([]);
    expect(keys({ kind: 'Country', name: 'Atlantis' })).toEqual([]);
  });
});

describe('cityRegion', () => {
  it('names only cities and regions the gazetteer has (a misspelt one would be silently ignored)', () => {
    const known = new Map(places.map((place) => [place.name, place]));
    for (const [city, region] of Object.entries(cityRegion)) {
      expect([city, known.get(city)?.city]).toEqual([city, true]);
      expect([region, known.get(region)?.region]).toEqual([region, true]);
    }
  });
});
