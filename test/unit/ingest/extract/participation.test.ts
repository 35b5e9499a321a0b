import { extractArticle } from '../../../../src/ingest/extract-article';
import { toGoldShape } from '../../../../src/ingest/gold-shape';

function participants(text: string, language: 'en' | 'de' | 'ru'): string[] {
  return toGoldShape(extractArticle(text, { language }))
    .relations.filter((r) => r.type === 'PARTICIPATED_IN')
    .map((r) => `${r.from} > ${r.to}`);
}

describe('participation', () => {
  it('reads the German separable verb "nahmen ... teil" with the forum named before', () => {
    const text =
      'In Almaty fand das Kasachisch-Kirgisische Wirtschaftsforum statt. Neben dem Minister Kirgistans, Asel Bekova, nahmen viele Unternehmer daran teil.';
    expect(participants(text, 'de')).toEqual(['Asel Bekova > Kasachisch-Kirgisische Wirtschaftsforum']);
  });

  it('gives the participation of a delegation to its named leader too', () => {
    const text =
      'The delegation led by the governor of the Kostanay region Arman Bekov visited the Navoi region. The delegation of the Kostanay region took part in the Navoi Textile Fair.';
    expect(participants(text, 'en')).toEqual([
      'Kostanay Region > Navoi Textile Fair',
      'Arman Bekov > Navoi Textile Fair',
    ]);
  });

  it('does not store invitations as participation', () => {
    const text =
      'The ambassador told the governor Arman Bekov about the Navoi Textile Fair and invited companies of the region to take part in it.';
    expect(participants(text, 'en')).toEqual([]);
    const letter = 'Arman Bekov delivered a letter of invitation to the Navoi Textile Fair to the khokim Olim Nazarov.';
    expect(participants(letter, 'en')).toEqual([]);
  });

  it('lets the people who sign at an event take part in it, also when named in the next sentence', () => {
    const text =
      'A road map was signed at the Navoi Textile Fair. The document was signed by the governor of the Kostanay region Arman Bekov and the khokim of the Navoi region Olim Nazarov.';
    expect(participants(text, 'en')).toEqual(['Arman Bekov > Navoi Textile Fair', 'Olim Nazarov > Navoi Textile Fair']);
    expect(participants('The Navoi Textile Fair opened. Arman Bekov signed a road map in Navoi.', 'en')).toEqual([]);
  });

  it('reads a welcome to an event named before as a speech at it', () => {
    const de =
      'In Bremen fand der Wirtschaftsdialog Navoi – Bremen statt. Nach der Begrüßung durch Karl Ostermann, Präsident der Handelskammer Bremen, stellte Gouverneur Olim Nazarov die Region vor.';
    expect(participants(de, 'de')).toEqual([
      'Karl Ostermann > Wirtschaftsdialog Navoi – Bremen',
      'Olim Nazarov > Wirtschaftsdialog Navoi – Bremen',
    ]);
    const en = 'The Navoi Textile Fair opened in Navoi. Olim Nazarov welcomed the participants of the fair.';
    expect(participants(en, 'en')).toEqual(['Olim Nazarov > Navoi Textile Fair']);
  });
});
