/**
 * Titles and the names and bodies they need, on sentences written for these tests: middle
 * initials, a surname alone after a title, embassies named with their seat, heads of state,
 * bodies named after the holder, and posts of "the region".
 */
import { extractArticle } from '../../../../src/ingest/extract-article';
import { toGoldShape } from '../../../../src/ingest/gold-shape';
import { extractedShape } from '../../../support/extraction';

const shape = extractedShape;

describe('names around titles', () => {
  it('keeps a middle initial inside the name, after a title and before one', () => {
    const after = shape('The governor met with French Ambassador to Latvia Pierre K. Martin on Monday.', 'en');
    expect(after.entities).toContain('Person:Pierre K. Martin');
    expect(after.relations).toContain('Pierre K. Martin ACCREDITED_TO Latvia');
    const before = shape('Pierre K. Martin, the Ambassador of France, visited the plant.', 'en');
    expect(before.relations).toContain('Pierre K. Martin REPRESENTS France');
  });

  it('reads one capitalised word right after a title as a surname, but not a word glued to a known surname', () => {
    const text = 'Lars Berg met the delegation. During the talks, President Halvorsen noted the growth of trade.';
    expect(shape(text, 'en').entities).toContain('Person:Halvorsen');
    const glued = shape('Governor Lars Berg said so. Governor Bergnoted the growth of trade.', 'en');
    expect(glued.entities).not.toContain('Person:Bergnoted');
  });

  it('passes a lower-case word before a place word of the complement', () => {
    const text = 'Governor of the Kazakh southern province of Zhambyl Lars Berg visited Tashkent.';
    expect(shape(text, 'en').relations).toContain('Lars Berg GOVERNS Zhambyl Region');
  });
});

describe('embassies', () => {
  it('names an embassy with its seat and keeps the short form as an alias', () => {
    const found = shape('The governor received a delegation of the Embassy of Norway in Kazakhstan.', 'en');
    expect(found.entities).toContain('Organization:Embassy of Norway in Kazakhstan');
    expect(found.aliases['Embassy of Norway in Kazakhstan']).toContain('Embassy of Norway');
    expect(found.relations).toEqual(
      expect.arrayContaining([
        'Embassy of Norway in Kazakhstan REPRESENTS Norway',
        'Embassy of Norway in Kazakhstan ACCREDITED_TO Kazakhstan',
      ]),
    );
  });

  it('does not add a seat that is no known place', () => {
    const found = shape('The Embassy of Norway in Greater Nowhere organised the event.', 'en');
    expect(found.entities).toContain('Organization:Embassy of Norway');
  });

  it('finds an embassy named by a dotted abbreviation and a consulate general', () => {
    const us = shape('The U.S. Ambassador spoke. He said the U.S. Embassy is ready to help.', 'en');
    expect(us.relations).toContain('U.S. Embassy REPRESENTS U.S.');
    const consulate = shape('With the support of the Consulate General of Norway, the delegation arrived.', 'en');
    expect(consulate.relations).toContain('Consulate General of Norway REPRESENTS Norway');
  });
});

describe('posts and their bodies', () => {
  it('takes the body named after the holder for the post', () => {
    const text = 'Prime Minister Lars Berg of Norway held talks with the governor.';
    expect(shape(text, 'en').relations).toContain('Lars Berg HOLDS_POSITION Norway');
  });

  it('gives a president named alone the one country of the article, and none when there are two', () => {
    const one = 'The delegation visited Norway. President Lars Berg noted the growth of trade.';
    expect(shape(one, 'en').relations).toContain('Lars Berg HOLDS_POSITION Norway');
    const two = 'The delegation of Sweden visited Norway. President Lars Berg noted the growth of trade.';
    expect(shape(two, 'en').relations.filter((r) => r.startsWith('Lars Berg HOLDS_POSITION'))).toEqual([]);
  });

  it('gives a deputy of "the region" the region named before, never a city', () => {
    const en = 'The delegation visited Samarkand region. It thanked the deputy governor of the region Lars Berg.';
    expect(shape(en, 'en').relations).toContain('Lars Berg HOLDS_POSITION Samarkand Region');
    const ru = 'В Омске прошла встреча замакима области Ивана Петрова с послом.';
    const found = shape(ru, 'ru');
    expect(found.entities).toContain('Person:Ivan Petrov');
    expect(found.relations.filter((r) => r.startsWith('Ivan Petrov HOLDS_POSITION'))).toEqual([]);
  });

  it('gives a head named again no new territory from the places of a later sentence', () => {
    const text =
      'Lars Berg, governor of Samarkand region, arrived in Germany. In Hamburg, Governor Berg presented the region.';
    const found = shape(text, 'en');
    expect(found.relations).toContain('Lars Berg GOVERNS Samarkand Region');
    expect(found.relations).not.toContain('Lars Berg GOVERNS Hamburg');
  });

  it('keeps a title glossed in brackets by another title', () => {
    const found = toGoldShape(
      extractArticle('Akim (governor) of Atyrau region Lars Berg met the guests.', { language: 'en' }),
    );
    expect(found.relations.map((r) => `${r.type} ${String(r.properties.title)}`)).toContain('GOVERNS Akim (governor)');
  });

  it('keeps "1st" in a deputy title and cites a German genitive title in the nominative', () => {
    const first = shape(
      'Headed by 1st deputy governor Lars Berg, a delegation of Osh region held talks with governor Igor Petrov.',
      'en',
    );
    expect(first.titles).toContain('Lars Berg HOLDS_POSITION Osh Region | 1st deputy governor');
    const consul = shape(
      'Der Besuch des neuen Generalkonsuls der Republik Kasachstan, Arman Tokbayev, in Mainz.',
      'de',
    );
    expect(consul.titles).toContain('Arman Tokbayev REPRESENTS Kazakhstan | Generalkonsul');
  });

  it('reads a German nationality adjective without -isch before a diplomat title ("der deutsche Botschafter")', () => {
    const text =
      'Der neue deutsche Botschafter in Usbekistan Klaus Berger besuchte Samarkand. Deutschland und Usbekistan kooperieren.';
    expect(shape(text, 'de').relations).toContain('Klaus Berger REPRESENTS Germany');
    // No country comes from the adjective alone.
    expect(shape('Der deutsche Botschafter Klaus Berger besuchte Samarkand.', 'de').entities).not.toContain(
      'Country:Germany',
    );
  });

  it('does not give a host governor the guests region ("a delegation of A region ... met with governor X")', () => {
    const guests = shape(
      'Headed by deputy governor Lars Berg, a visiting delegation of Osh region held talks with governor Igor Petrov.',
      'en',
    );
    expect(guests.relations).not.toContain('Igor Petrov GOVERNS Osh Region');
    expect(guests.relations).toContain('Lars Berg MET_WITH Igor Petrov');
    // A place the guests came to is the host's: its governor still governs it.
    const hosts = shape(
      'The delegation, which had come to Samarkand, held a meeting with the area’s Hokim Erkin Tursunov.',
      'en',
    );
    expect(hosts.relations).toContain('Erkin Tursunov GOVERNS Samarkand');
  });
});
