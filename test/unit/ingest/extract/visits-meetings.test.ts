/**
 * Delegations, visits and meetings: who is credited with a visit, who meets whom.
 * Sentences written for these tests (not taken from any article).
 */
import { extractArticle } from '../../../../src/ingest/extract-article';
import { toGoldShape } from '../../../../src/ingest/gold-shape';

function relations(text: string, language: 'en' | 'de' | 'ru'): string[] {
  return toGoldShape(extractArticle(text, { language })).relations.map((r) => `${r.from} ${r.type} ${r.to}`);
}

function visitsOf(text: string, language: 'en' | 'de' | 'ru') {
  return toGoldShape(extractArticle(text, { language })).relations.filter((r) => r.type === 'VISITED');
}

describe('delegations', () => {
  it('credits members named after the visit with the visit and with meeting the host', () => {
    const found = relations(
      'A delegation of the Samarkand region arrived in Osh on 3 May. ' +
        'The delegation consisted of Aziz Rakhimov and Dilshod Umarov. ' +
        'The guests were received by Rustam Kadyrov.',
      'en',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'Samarkand Region VISITED Osh',
        'Aziz Rakhimov VISITED Osh',
        'Dilshod Umarov VISITED Osh',
        'Rustam Kadyrov MET_WITH Aziz Rakhimov',
        'Rustam Kadyrov MET_WITH Dilshod Umarov',
      ]),
    );
  });

  it('reads "the head of the delegation, X" as its leader, credited with its visit', () => {
    const found = relations(
      'A delegation of the Osh region visited the Fergana region. ' +
        'The head of the delegation, Deputy Governor Olim Karimov, thanked the hosts.',
      'en',
    );
    expect(found).toContain('Olim Karimov VISITED Fergana Region');
  });

  it("credits the delegation's sites and towns to its body, its regions also to the leader", () => {
    const found = relations(
      'A delegation of the Osh region led by Governor Olim Karimov arrived in the Fergana region. ' +
        'The guests visited Kokand and the Fergana Textile plant. The delegation also visited the Andijan region.',
      'en',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'Olim Karimov VISITED Fergana Region',
        'Osh Region VISITED Kokand',
        'Osh Region VISITED Fergana Textile',
        'Osh Region VISITED Andijan Region',
        'Olim Karimov VISITED Andijan Region',
      ]),
    );
    expect(found).not.toContain('Olim Karimov VISITED Kokand');
    expect(found).not.toContain('Olim Karimov VISITED Fergana Textile');
  });

  it('takes "X, who led the delegation" as its leader, meeting those who met the delegation', () => {
    const found = relations(
      'Governor Rustam Kadyrov met with a delegation of the Embassy of Austria. ' +
        'Ambassador Olga Brandt, who led the delegation, presented the projects.',
      'en',
    );
    expect(found).toContain('Rustam Kadyrov MET_WITH Olga Brandt');
  });

  it('takes members only from what the delegation consists of', () => {
    const found = relations(
      'The delegation of the Osh region arrived in Bukhara. ' +
        "The delegation's programme included a meeting with Governor Aziz Rakhimov.",
      'en',
    );
    expect(found).not.toContain('Aziz Rakhimov VISITED Bukhara');
    const ru = relations(
      'Делегация Бухарской области прибыла в Ош. В состав делегации вошли Рустам Кадыров и Олим Каримов.',
      'ru',
    );
    expect(ru).toEqual(expect.arrayContaining(['Rustam Kadyrov VISITED Osh', 'Olim Karimov VISITED Osh']));
  });

  it('gives no meeting to a delegation whose leader is unnamed', () => {
    const found = relations('The delegation of the Bukhara region was received by Rustam Kadyrov.', 'en');
    expect(found.filter((r) => r.includes('MET_WITH') && !r.includes('Bukhara'))).toEqual([]);
  });

  it('does not take a person named later in the sentence as the leader', () => {
    const found = relations(
      'Делегация Бухарской области во главе с хокимом региона прибыла в Ош по приглашению мэра Рустама Кадырова.',
      'ru',
    );
    expect(found).toContain('Bukhara Region VISITED Osh');
    expect(found).not.toContain('Rustam Kadyrov VISITED Osh');
  });

  it('credits a delegation led by an unnamed head to the territory, and keeps "a delegation" apart', () => {
    const found = relations(
      'A delegation led by the khokim of Andijan region visited Osh. ' +
        'A delegation led by the khokim of Fergana region Olim Karimov visited Bukhara.',
      'en',
    );
    expect(found).toEqual(expect.arrayContaining(['Andijan Region VISITED Osh', 'Olim Karimov VISITED Bukhara']));
    expect(found).not.toContain('Olim Karimov VISITED Osh Region');
    expect(found).not.toContain('Andijan Region VISITED Bukhara');
  });

  it('finds the body in a clause saying what the delegation consists of', () => {
    const found = relations(
      'Die Delegation, die aus Vertretern der Verwaltung des Gebiets Andijan besteht, besuchte das Gebiet Fergana.',
      'de',
    );
    expect(found).toContain('Andijan Region VISITED Fergana Region');
  });
});

describe('visits', () => {
  it('reads "who had come to X" as a visit of the delegation leader', () => {
    const found = relations(
      'The delegation led by Governor Olim Karimov, who had come to Osh, held a meeting with Mayor Rustam Kadyrov.',
      'en',
    );
    expect(found).toEqual(expect.arrayContaining(['Olim Karimov VISITED Osh', 'Olim Karimov MET_WITH Rustam Kadyrov']));
  });

  it('keeps a Russian visit "в рамках визита в X" to X alone', () => {
    const found = relations(
      'Посол Казахстана Ерлан Токаев в рамках визита в Ферганскую область встретился с хокимом Хайрулло Бозоровым в Коканде.',
      'ru',
    );
    expect(found).toContain('Erlan Tokaev VISITED Fergana Region');
    expect(found).not.toContain('Erlan Tokaev VISITED Kokand');
  });

  it('reads the visitor of a noun-form visit and a country target', () => {
    const found = relations('The forum is part of the state visit of President Olim Karimov to Kazakhstan.', 'en');
    expect(found).toContain('Olim Karimov VISITED Kazakhstan');
  });

  it('credits a visit "of the X regional delegation" to that region, not to the delegation followed', () => {
    const found = relations(
      'A delegation of the Osh region led by Governor Olim Karimov arrived in Bukhara. ' +
        'The sides recalled the visit of the Andijan regional delegation to Osh last year. ' +
        'The Andijan region is a partner. The guests were received by Rustam Kadyrov.',
      'en',
    );
    expect(found).toEqual(
      expect.arrayContaining(['Andijan Region VISITED Osh Region', 'Olim Karimov MET_WITH Rustam Kadyrov']),
    );
    expect(found).not.toContain('Olim Karimov VISITED Osh Region');
  });

  it('takes the subject of the clause with the cue, planned when future', () => {
    const found = visitsOf(
      'Karimov noted at the talks that President Aziz Rakhimov will visit Austria next year.',
      'en',
    );
    expect(found.map((r) => `${r.from} ${r.to} ${r.properties.status}`)).toEqual(['Aziz Rakhimov Austria planned']);
  });

  it('gives each cue its own visitor ("During the visit, the ambassador toured X and Y")', () => {
    const found = relations(
      'Ambassador Erlan Tokaev paid a working visit to the Fergana region. ' +
        'During the visit, the ambassador toured the Fergana Textile plant and the Kokand Free Economic Zone.',
      'en',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'Erlan Tokaev VISITED Fergana Region',
        'Erlan Tokaev VISITED Fergana Textile',
        'Erlan Tokaev VISITED Kokand Free Economic Zone',
      ]),
    );
  });

  it('does not take a country that only places the visited site', () => {
    const found = relations(
      'The ambassador Olga Brandt toured the Bukhara Silk Factory, the largest silk mill in Uzbekistan.',
      'en',
    );
    expect(found).toContain('Olga Brandt VISITED Bukhara Silk Factory');
    expect(found).not.toContain('Olga Brandt VISITED Uzbekistan');
  });

  it('does not visit a place that only locates the target before it, but keeps listed places', () => {
    const found = relations(
      'The delegation of the Osh region visited the Navoi Copper Plant in Navoi and plants in Kokand. ' +
        'Ambassador Olga Brandt visited Bukhara, Navoi and Samarkand.',
      'en',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'Osh Region VISITED Navoi Copper Plant',
        'Osh Region VISITED Kokand',
        'Olga Brandt VISITED Bukhara',
        'Olga Brandt VISITED Navoi',
        'Olga Brandt VISITED Samarkand',
      ]),
    );
    expect(found).not.toContain('Osh Region VISITED Navoi');
  });

  it('does not visit a country that only owns the place after it ("Uzbekistan\'s Tashkent region")', () => {
    const found = relations("Governor Olim Karimov visited Uzbekistan's Tashkent region last week.", 'en');
    expect(found).toContain('Olim Karimov VISITED Tashkent Region');
    expect(found).not.toContain('Olim Karimov VISITED Uzbekistan');
  });

  it("credits a delegation of a region's administration to the region, not to the country named after it", () => {
    expect(relations('A delegation of the akimat of the Almaty region visited Bishkek.', 'en')).toContain(
      'Almaty Region VISITED Bishkek',
    );
    const found = relations('Делегация акимата Костанайской области Республики Казахстан посетила Омск.', 'ru');
    expect(found).toContain('Kostanay Region VISITED Omsk');
    expect(found).not.toContain('Kostanay Region VISITED Kazakhstan');
  });

  it('reads a delegation of a possessed region ("Kyrgyzstan\'s Osh Oblast") and credits its leader named later', () => {
    const found = relations(
      "A delegation of Kyrgyzstan's Osh Oblast arrived in Uzbekistan. " +
        'Officials of the Fergana region met the delegation of Osh Oblast led by governor Olim Karimov at the border, ' +
        'the press secretary of the Andijan region Aziz Umarov said.',
      'en',
    );
    expect(found).toEqual(expect.arrayContaining(['Osh Region VISITED Uzbekistan', 'Olim Karimov VISITED Uzbekistan']));
  });

  it('does not take the person a visit is reported by as its visitor', () => {
    const found = relations(
      'A delegation of the Osh region arrived in Fergana. According to Governor Olim Karimov, the guests will visit Kokand.',
      'en',
    );
    expect(found).toContain('Osh Region VISITED Kokand');
    expect(found).not.toContain('Olim Karimov VISITED Kokand');
  });

  it('keeps one visit when a headline reports it without a date and the body with one', () => {
    const found = visitsOf(
      'Governor Olim Karimov visits Osh\n\nOn 3 May 2024, Governor Olim Karimov visited Osh. ' +
        'On 9 May 2024, Governor Olim Karimov visited Osh again.',
      'en',
    ).filter((r) => r.from === 'Olim Karimov' && r.to === 'Osh');
    expect(found.map((r) => r.properties.date ?? 'none').sort()).toEqual(['2024-05-03', '2024-05-09']);
  });

  it('ends the visited places at a ", following ..." clause', () => {
    const found = relations(
      'Governor Olim Karimov visited the Osh Textile Plant, following a week of events held in Kokand.',
      'en',
    );
    expect(found).toContain('Olim Karimov VISITED Osh Textile Plant');
    expect(found).not.toContain('Olim Karimov VISITED Kokand');
  });

  it('reads an invitation to visit as no visit', () => {
    const found = relations('Governor Rustam Kadyrov invited the investors of Austria to visit the Osh region.', 'en');
    expect(found.filter((r) => r.includes('VISITED'))).toEqual([]);
  });

  it('reads German compound visit nouns with one place after "im"', () => {
    const found = relations(
      'Bei seinem Antrittsbesuch in Bayern warb Botschafter Aziz Karimov für mehr Engagement Deutschlands.',
      'de',
    );
    expect(found).toContain('Aziz Karimov VISITED Bavaria');
    expect(found).not.toContain('Aziz Karimov VISITED Germany');
  });
});

describe('meetings', () => {
  it('pairs everyone of a meeting "of A, B and C"', () => {
    const found = relations('The meeting of Olim Karimov, Aziz Rakhimov and Rustam Kadyrov took place in Osh.', 'en');
    expect(found).toEqual(
      expect.arrayContaining([
        'Olim Karimov MET_WITH Aziz Rakhimov',
        'Olim Karimov MET_WITH Rustam Kadyrov',
        'Aziz Rakhimov MET_WITH Rustam Kadyrov',
      ]),
    );
  });

  it('keeps people whose titles place them in one country from meeting each other', () => {
    const found = relations(
      'Osh Mayor Talant Abdyrakhmanov and Chairman of the Osh City Council Bolot Toktosunov held a meeting with ' +
        'Minister of Culture of Uzbekistan Olim Karimov and Andijan region Khokim Rustam Kadyrov.',
      'en',
    ).filter((r) => r.includes('MET_WITH'));
    expect(found.sort()).toEqual(
      [
        'Bolot Toktosunov MET_WITH Olim Karimov',
        'Bolot Toktosunov MET_WITH Rustam Kadyrov',
        'Talant Abdyrakhmanov MET_WITH Olim Karimov',
        'Talant Abdyrakhmanov MET_WITH Rustam Kadyrov',
      ].sort(),
    );
  });

  it('pairs each subject with each counterpart, not subjects with each other', () => {
    const found = relations('Olim Karimov and Aziz Rakhimov met with Rustam Kadyrov.', 'en');
    expect(found).toEqual(
      expect.arrayContaining(['Olim Karimov MET_WITH Rustam Kadyrov', 'Aziz Rakhimov MET_WITH Rustam Kadyrov']),
    );
    expect(found).not.toContain('Olim Karimov MET_WITH Aziz Rakhimov');
  });

  it('keeps the people listed after "talks with" on one side when the subject is unnamed', () => {
    const found = relations(
      'During the trip, the guest held talks with Deputy Minister Olim Karimov, Mayor Aziz Rakhimov and Rustam Kadyrov.',
      'en',
    );
    expect(found.filter((r) => r.includes('MET_WITH'))).toEqual([]);
  });

  it('does not let a meeting in reported speech pair the speaker or host the delegation', () => {
    const found = relations(
      'A delegation led by Governor Olim Karimov arrived in Osh. ' +
        'He noted that the president had stressed this during his talks with Rustam Kadyrov.',
      'en',
    );
    expect(found.filter((r) => r.includes('MET_WITH'))).toEqual([]);
  });

  it('reads thanking for a meeting as no meeting', () => {
    expect(relations('Ambassador Olga Brandt thanked Governor Olim Karimov for the meeting.', 'en')).not.toContain(
      'Olga Brandt MET_WITH Olim Karimov',
    );
  });

  it('does not pair people of a sentence set at a meeting', () => {
    const found = relations(
      'Olim Karimov met Aziz Rakhimov. At the meeting, Karimov said that President Rustam Kadyrov will come.',
      'en',
    );
    expect(found).not.toContain('Olim Karimov MET_WITH Rustam Kadyrov');
  });

  it('leaves out the person who only reports the meeting', () => {
    const found = relations(
      'Olim Karimov met Aziz Rakhimov in Osh, press secretary Rustam Kadyrov told reporters.',
      'en',
    );
    expect(found).toContain('Olim Karimov MET_WITH Aziz Rakhimov');
    expect(found.filter((r) => r.includes('Rustam Kadyrov'))).toEqual([]);
  });

  it('lets one who also attended meet the guest of the last meeting', () => {
    const found = relations(
      'Governor Olim Karimov met Ambassador Olga Brandt. Mayor Rustam Kadyrov also attended the meeting.',
      'en',
    );
    expect(found).toContain('Rustam Kadyrov MET_WITH Olga Brandt');
    expect(found).not.toContain('Rustam Kadyrov MET_WITH Olim Karimov');
  });

  it('lets the guest of a meeting held in a city visit it', () => {
    const found = relations('Governor Olim Karimov met Ambassador Olga Brandt. The talks took place in Osh.', 'en');
    expect(found).not.toContain('Olim Karimov VISITED Osh Region');
    const joined = relations(
      'Governor Olim Karimov met Ambassador Olga Brandt. Mayor Rustam Kadyrov also attended the meeting that took place in Osh.',
      'en',
    );
    expect(joined).toEqual(expect.arrayContaining(['Olga Brandt VISITED Osh', 'Rustam Kadyrov MET_WITH Olga Brandt']));
    expect(joined).not.toContain('Rustam Kadyrov VISITED Osh');
  });

  it('lets the guest of a meeting in the town that opens the sentence visit it', () => {
    expect(relations('In Osh, Governor Olim Karimov met with Ambassador Olga Brandt.', 'en')).toContain(
      'Olga Brandt VISITED Osh',
    );
    const found = relations('В Оше прошла встреча губернатора Олима Каримова с послом Германии Ольгой Брандт.', 'ru');
    expect(found).toContain('Olga Brandt VISITED Osh');
    expect(found).not.toContain('Olim Karimov VISITED Osh');
  });

  it('reads a German reception and "dieser" as the received guest', () => {
    const found = relations(
      'Ministerpräsident Markus Söder hat den Botschafter Kasachstans Erlan Tokaev in München empfangen. ' +
        'Bei seinem Antrittsbesuch in Bayern warb dieser für mehr Zusammenarbeit.',
      'de',
    );
    expect(found).toEqual(
      expect.arrayContaining(['Markus Söder MET_WITH Erlan Tokaev', 'Erlan Tokaev VISITED Bavaria']),
    );
  });

  it('credits the bodies of accompanying delegations with the visit', () => {
    const found = relations(
      'A delegation from the Mangystau region accompanied by a delegation of the Embassy of Kazakhstan visited Osh.',
      'en',
    );
    expect(found).toEqual(
      expect.arrayContaining(['Mangystau Region VISITED Osh', 'Embassy of Kazakhstan VISITED Osh']),
    );
  });

  it('reads a described ambassador ("the Central Asian country\'s ambassador")', () => {
    const found = relations(
      'Olga Brandt, Ambassador of Austria, came to Osh. The Alpine country’s ambassador was speaking to Governor Olim Karimov.',
      'en',
    );
    expect(found).toContain('Olga Brandt MET_WITH Olim Karimov');
  });
});
