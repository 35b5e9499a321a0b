/**
 * All-caps acronyms named as bodies by their context ("des ABCV", "a delegation of ABCD"), on
 * sentences written for these tests, and an acronym that spells an organisation named earlier.
 */
import { extractedShape } from '../../../support/extraction';

const shape = extractedShape;

describe('acronyms cued as organisations', () => {
  it('reads an acronym after a genitive article or "of" as an organisation', () => {
    expect(shape('Auf Einladung des KLMV fand am Montag ein Gespräch in Bremen statt.', 'de').entities).toContain(
      'Organization:KLMV',
    );
    expect(shape('A delegation of ORTAVOX, led by its deputy head, arrived in Bukhara.', 'en').entities).toContain(
      'Organization:ORTAVOX',
    );
    expect(shape('Guests of ORTAVOX headed by its chair toured Bukhara.', 'en').entities).toContain(
      'Organization:ORTAVOX',
    );
  });

  it('leaves amounts, acronyms before a name word and countries alone', () => {
    expect(shape('The plant has a capacity of USD 40 million a year.', 'en').entities).not.toContain(
      'Organization:USD',
    );
    expect(shape('Investment in the ICT sector of the region grew.', 'en').entities).not.toContain('Organization:ICT');
    expect(shape('Er sprach mit Vertretern der KLMV Holding in Bremen.', 'de').entities).not.toContain(
      'Organization:KLMV',
    );
  });

  it('joins an acronym to the organisation whose capitalised words it spells', () => {
    const text =
      'Der Verband für Handelsförderung und Exportberatung lud die Gäste ein. Die Gäste dankten den Mitgliedern des VHE.';
    const found = shape(text, 'de');
    expect(found.entities).not.toContain('Organization:VHE');
    expect(found.aliases['Verband für Handelsförderung und Exportberatung']).toContain('VHE');
  });
});
