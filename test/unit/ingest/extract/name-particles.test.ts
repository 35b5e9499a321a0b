/**
 * Name particles ("von", "van der", "de") inside a person's name, on sentences written for
 * these tests: the whole name is one person, before and after a title, and in a list of
 * "NAME, TITLE" pairs each title stays with its own holder.
 */
import { extractedShape } from '../../../support/extraction';

const shape = extractedShape;

describe('name particles', () => {
  it('keeps "von" inside a German name before a title, for each name of a list', () => {
    const text =
      'Zur Eröffnung sprachen Anna Berger, Präsidentin der Handelskammer Lübeck, und Konrad von Falkenau, Präsident der Stiftung Nordlicht e. V.';
    const found = shape(text, 'de');
    expect(found.entities).toContain('Person:Konrad von Falkenau');
    expect(found.entities).not.toContain('Person:Falkenau');
    expect(found.relations).toContain('Konrad von Falkenau HOLDS_POSITION Stiftung Nordlicht e. V.');
    expect(found.relations).not.toContain('Konrad von Falkenau HOLDS_POSITION Handelskammer Lübeck');
  });

  it('keeps "de" and "van der" inside an English name after a title', () => {
    const found = shape('The delegation was received by Ambassador of France to Latvia Louis de Marchand.', 'en');
    expect(found.entities).toContain('Person:Louis de Marchand');
    const two = shape('Jan van der Hoek, the Ambassador of the Netherlands, visited the plant.', 'en');
    expect(two.entities).toContain('Person:Jan van der Hoek');
    expect(two.relations).toContain('Jan van der Hoek REPRESENTS Netherlands');
  });

  it('does not join a name and a following place with "von"', () => {
    const found = shape('Dort empfing Bürgermeister Lukas Hartmann von Bremen die Gäste.', 'de');
    expect(found.entities).not.toContain('Person:Lukas Hartmann von Bremen');
  });
});
