/**
 * The agreement phrasing catalogue (invented sentences): how agencies, ministries and embassies report a
 * signed or reached agreement in English, German and Russian, varied in verb, voice, word order and where
 * the parties are, plus intentions that must give no agreement, and a few forum sentences (LOCATED_IN,
 * PARTICIPATED_IN, a place hosting an event). Every AGREEMENT_WITH found must be expected; other relations listed must be found.
 */
import { extractArticle } from '../../../../src/ingest/extract-article';
import { toGoldShape } from '../../../../src/ingest/gold-shape';
import type { Language } from '../../../../src/ingest/types';

const TYPES = ['AGREEMENT_WITH', 'LOCATED_IN', 'PARTICIPATED_IN'];

/** "A + B AGREEMENT_WITH" (sorted, the relation is symmetric) or "From TYPE To". */
function found(text: string, language: Language): string[] {
  return toGoldShape(extractArticle(text, { language }))
    .relations.filter((r) => TYPES.includes(r.type))
    .map((r) =>
      r.type === 'AGREEMENT_WITH'
        ? `${[r.from, r.to].sort().join(' + ')} AGREEMENT_WITH`
        : `${r.from} ${r.type} ${r.to}`,
    );
}

const catalogue: [Language, string, string[]][] = [
  // en
  [
    'en',
    'The Samarkand region and the Kostanay region signed a memorandum of cooperation.',
    ['Kostanay Region + Samarkand Region AGREEMENT_WITH'],
  ],
  [
    'en',
    'A memorandum of understanding was signed between the Navoi region and the Tver region.',
    ['Navoi Region + Tver Region AGREEMENT_WITH'],
  ],
  [
    'en',
    'A road map for 2025-2026 was signed by the Fergana region and the Minsk region.',
    ['Fergana Region + Minsk Region AGREEMENT_WITH'],
  ],
  [
    'en',
    'The Bukhara region has concluded a partnership agreement with the Grodno region.',
    ['Bukhara Region + Grodno Region AGREEMENT_WITH'],
  ],
  [
    'en',
    'A delegation of the Osh region led by governor Aibek Toktogulov visited the Andijan region. The delegation met the khokim of the Andijan region. Following the talks, the sides signed a road map on trade.',
    ['Andijan Region + Osh Region AGREEMENT_WITH'],
  ],
  [
    'en',
    'Uzbekistan and Hungary signed an intergovernmental agreement on cooperation in agriculture.',
    ['Hungary + Uzbekistan AGREEMENT_WITH'],
  ],
  [
    'en',
    'Kazakhstan and Mongolia have inked twelve agreements in the fields of energy and transport.',
    ['Kazakhstan + Mongolia AGREEMENT_WITH'],
  ],
  [
    'en',
    'The Khorezm region and the Dashoguz velayat agreed on cooperation in tourism.',
    ['Dashoguz Region + Khorezm Region AGREEMENT_WITH'],
  ],
  [
    'en',
    'The Namangan region and the Kyzylorda region exchanged memoranda on cooperation in the textile industry.',
    ['Kyzylorda Region + Namangan Region AGREEMENT_WITH'],
  ],
  [
    'en',
    'During the visit, a memorandum of understanding between the Embassy of Uzbekistan and the Hamburg Chamber of Commerce was signed.',
    ['Embassy of Uzbekistan + Hamburg Chamber of Commerce AGREEMENT_WITH'],
  ],
  [
    'en',
    'TASHKENT, May 3 (UzA). The Tashkent region and the Almaty region signed a cooperation agreement on Friday.',
    ['Almaty Region + Tashkent Region AGREEMENT_WITH'],
  ],
  [
    'en',
    'Uzbekistan and Kazakhstan have signed a roadmap to expand mutual trade.',
    ['Kazakhstan + Uzbekistan AGREEMENT_WITH'],
  ],
  [
    'en',
    'The memorandum signed by the Jizzakh region and the Sughd region provides for joint exhibitions.',
    ['Jizzakh Region + Sughd Region AGREEMENT_WITH'],
  ],
  [
    'en',
    'Under the memorandum signed today between the Khatlon region and the Surkhandarya region, the parties will open a trade house.',
    ['Khatlon Region + Surkhandarya Region AGREEMENT_WITH'],
  ],
  [
    'en',
    'Kazakhstan and Uzbekistan entered into an agreement on the joint use of water resources.',
    ['Kazakhstan + Uzbekistan AGREEMENT_WITH'],
  ],
  [
    'en',
    'Uzbekistan and Mongolia initialed a treaty on strategic partnership.',
    ['Mongolia + Uzbekistan AGREEMENT_WITH'],
  ],
  [
    'en',
    'The Kashkadarya region and the Lipetsk region struck a deal on supplies of agricultural machinery.',
    ['Kashkadarya Region + Lipetsk Region AGREEMENT_WITH'],
  ],
  [
    'en',
    'The Samarkand region signed a partnership agreement with the Lower Austria region.',
    ['Lower Austria Region + Samarkand Region AGREEMENT_WITH'],
  ],
  [
    'en',
    'Agreements were reached between the Navoi region and the Kostanay region on joint projects in mining.',
    ['Kostanay Region + Navoi Region AGREEMENT_WITH'],
  ],
  [
    'en',
    'Siemens Energy and the Ministry of Energy of Uzbekistan signed a contract worth 1.2 billion dollars.',
    ['Ministry of Energy of Uzbekistan + Siemens Energy AGREEMENT_WITH'],
  ],
  [
    'en',
    'A sister-city agreement between Bukhara and Samarkand was signed on Monday.',
    ['Bukhara + Samarkand AGREEMENT_WITH'],
  ],
  [
    'en',
    'The Andijan region and the Osh region adopted a joint action plan for 2024-2025.',
    ['Andijan Region + Osh Region AGREEMENT_WITH'],
  ],
  [
    'en',
    'The governor of the Tyumen region Pavel Orlov and the khokim of the Navoi region Normat Turgunov signed a cooperation agreement between the two regions.',
    ['Navoi Region + Tyumen Region AGREEMENT_WITH'],
  ],
  [
    'en',
    'Representatives of the Fergana region and the Omsk region put their signatures to a memorandum of cooperation.',
    ['Fergana Region + Omsk Region AGREEMENT_WITH'],
  ],
  [
    'en',
    'A memorandum of cooperation has been signed by the Bukhara region with the Mary velayat.',
    ['Bukhara Region + Mary Region AGREEMENT_WITH'],
  ],
  [
    'en',
    'An agreement on the establishment of a joint industrial park was signed by Uzbekistan and Tajikistan.',
    ['Tajikistan + Uzbekistan AGREEMENT_WITH'],
  ],
  [
    'en',
    'Uzbekistan and Turkey reached an agreement on a joint industrial zone.',
    ['Turkey + Uzbekistan AGREEMENT_WITH'],
  ],
  ['en', 'The Osh region and the Navoi region agreed to consider signing a road map.', []],
  ['en', 'The Osh region and the Navoi region discussed a draft agreement on cooperation.', []],
  ['en', 'The Osh region and the Navoi region expressed interest in concluding a partnership agreement.', []],
  ['en', 'The Osh region and the Navoi region agreed to prepare a road map.', []],
  ['en', 'The governor of the Osh region proposed to sign a memorandum of cooperation with the Navoi region.', []],
  ['en', 'An agreement between Uzbekistan and Hungary is expected to be signed during the visit.', []],
  ['en', 'The Osh region and the Navoi region are preparing a road map for cooperation.', []],
  ['en', 'The governor invited Hyundai Motor Company to sign a contract with the Navoi region.', []],
  ['en', 'Uzbekistan and Hungary are negotiating a free trade agreement.', []],
  ['en', 'The Osh region and the Navoi region intend to conclude a sister-region agreement.', []],
  ['en', 'The Osh region and the Navoi region plan to sign a memorandum next month.', []],
  ['en', 'The Osh region and the Navoi region agreed to work out a road map.', []],
  ['en', 'The Osh region and the Navoi region are ready to sign an agreement on cooperation.', []],
  ['en', 'The signing of a memorandum between the Osh region and the Navoi region is scheduled for May.', []],
  [
    'en',
    'The Tashkent International Investment Forum was held in Tashkent on May 2.',
    ['Tashkent International Investment Forum LOCATED_IN Tashkent'],
  ],
  [
    'en',
    'The Central Asian Trade Forum was organised by the Ministry of Investment of Uzbekistan.',
    ['Ministry of Investment of Uzbekistan PARTICIPATED_IN Central Asian Trade Forum'],
  ],
  [
    'en',
    'The Kostanay region participated in the Regional Cooperation Forum held in Samarkand.',
    ['Kostanay Region PARTICIPATED_IN Regional Cooperation Forum', 'Regional Cooperation Forum LOCATED_IN Samarkand'],
  ],

  // de
  [
    'de',
    'Das Gebiet Samarkand und das Gebiet Kostanai unterzeichneten ein Memorandum über Zusammenarbeit.',
    ['Kostanay Region + Samarkand Region AGREEMENT_WITH'],
  ],
  [
    'de',
    'Zwischen dem Gebiet Navoi und dem Gebiet Twer wurde ein Kooperationsabkommen unterzeichnet.',
    ['Navoi Region + Tver Region AGREEMENT_WITH'],
  ],
  [
    'de',
    'Usbekistan und Ungarn haben ein Abkommen über die Zusammenarbeit in der Landwirtschaft geschlossen.',
    ['Hungary + Uzbekistan AGREEMENT_WITH'],
  ],
  [
    'de',
    'Eine Delegation des Gebiets Osh besuchte das Gebiet Andijan. Die Delegation traf den Hokim des Gebiets Andijan. Im Anschluss unterzeichneten die Seiten einen Fahrplan.',
    ['Andijan Region + Osh Region AGREEMENT_WITH'],
  ],
  [
    'de',
    'Das Unternehmen Siemens Energy und die Firma Uzbekenergo unterzeichneten einen Liefervertrag im Wert von 50 Millionen Euro.',
    ['Siemens Energy + Uzbekenergo AGREEMENT_WITH'],
  ],
  [
    'de',
    'Ein Partnerschaftsabkommen zwischen dem Gebiet Buchara und dem Gebiet Grodno wurde unterzeichnet.',
    ['Bukhara Region + Grodno Region AGREEMENT_WITH'],
  ],
  [
    'de',
    'Kasachstan und Deutschland schlossen eine Vereinbarung über eine Rohstoffpartnerschaft.',
    ['Germany + Kazakhstan AGREEMENT_WITH'],
  ],
  [
    'de',
    'Das Gebiet Buchara hat mit dem Gebiet Grodno eine Absichtserklärung unterzeichnet.',
    ['Bukhara Region + Grodno Region AGREEMENT_WITH'],
  ],
  ['de', 'Usbekistan und Deutschland haben eine Roadmap unterzeichnet.', ['Germany + Uzbekistan AGREEMENT_WITH']],
  [
    'de',
    'Die Stadt Nürnberg und die Stadt Samarkand haben einen Partnerschaftsvertrag abgeschlossen.',
    ['Nürnberg + Samarkand AGREEMENT_WITH'],
  ],
  [
    'de',
    'Das Gebiet Almaty und das Gebiet Taschkent einigten sich auf einen Aktionsplan.',
    ['Almaty Region + Tashkent Region AGREEMENT_WITH'],
  ],
  [
    'de',
    'Kasachstan und Österreich paraphierten ein Doppelbesteuerungsabkommen.',
    ['Austria + Kazakhstan AGREEMENT_WITH'],
  ],
  [
    'de',
    'Unterzeichnet wurde außerdem ein Memorandum zwischen dem Gebiet Namangan und dem Gebiet Kyzylorda.',
    ['Kyzylorda Region + Namangan Region AGREEMENT_WITH'],
  ],
  [
    'de',
    'Ein Fahrplan für die Jahre 2025 bis 2027 wurde vom Gebiet Fergana und vom Gebiet Minsk unterzeichnet.',
    ['Fergana Region + Minsk Region AGREEMENT_WITH'],
  ],
  [
    'de',
    'Usbekistan und Turkmenistan unterzeichneten insgesamt 15 Dokumente.',
    ['Turkmenistan + Uzbekistan AGREEMENT_WITH'],
  ],
  [
    'de',
    'Kasachstan und Usbekistan führten Gespräche. Beide Länder haben einen Vertrag über strategische Partnerschaft unterzeichnet.',
    ['Kazakhstan + Uzbekistan AGREEMENT_WITH'],
  ],
  [
    'de',
    'Das Abkommen, das Usbekistan und Kasachstan im März unterzeichnet haben, sieht gemeinsame Projekte vor.',
    ['Kazakhstan + Uzbekistan AGREEMENT_WITH'],
  ],
  [
    'de',
    'Das Gebiet Namangan und das Gebiet Kyzylorda tauschten Memoranden über die Zusammenarbeit aus.',
    ['Kyzylorda Region + Namangan Region AGREEMENT_WITH'],
  ],
  [
    'de',
    'Der Freistaat Sachsen und das Gebiet Taschkent haben eine Kooperationsvereinbarung getroffen.',
    ['Saxony + Tashkent Region AGREEMENT_WITH'],
  ],
  [
    'de',
    'Usbekistan und Ungarn unterzeichneten ein Regierungsabkommen über die Zusammenarbeit im Tourismus.',
    ['Hungary + Uzbekistan AGREEMENT_WITH'],
  ],
  [
    'de',
    'Zwischen Kasachstan und Deutschland wurden Verträge im Wert von 3 Milliarden Euro abgeschlossen.',
    ['Germany + Kazakhstan AGREEMENT_WITH'],
  ],
  [
    'de',
    'Das Gebiet Samarkand hat ein Kooperationsabkommen mit dem Gebiet Kostanai unterzeichnet.',
    ['Kostanay Region + Samarkand Region AGREEMENT_WITH'],
  ],
  [
    'de',
    'Das Gebiet Andijan und das Gebiet Osh haben einen gemeinsamen Aktionsplan verabschiedet.',
    ['Andijan Region + Osh Region AGREEMENT_WITH'],
  ],
  [
    'de',
    'Usbekistan und Tadschikistan vereinbarten eine strategische Partnerschaft.',
    ['Tajikistan + Uzbekistan AGREEMENT_WITH'],
  ],
  [
    'de',
    'Usbekistan und Ungarn haben eine Vereinbarung über die Gründung eines Industrieparks unterschrieben.',
    ['Hungary + Uzbekistan AGREEMENT_WITH'],
  ],
  [
    'de',
    'Vertreter des Gebiets Fergana und des Gebiets Omsk setzten ihre Unterschriften unter ein Memorandum.',
    ['Fergana Region + Omsk Region AGREEMENT_WITH'],
  ],
  ['de', 'Das Gebiet Osh und das Gebiet Navoi vereinbarten, einen Fahrplan auszuarbeiten.', []],
  ['de', 'Ein Memorandum zwischen dem Gebiet Osh und dem Gebiet Navoi soll im Herbst unterzeichnet werden.', []],
  ['de', 'Das Gebiet Osh und das Gebiet Navoi erörterten den Entwurf eines Abkommens.', []],
  ['de', 'Das Gebiet Osh zeigte Interesse an einem Partnerschaftsabkommen mit dem Gebiet Navoi.', []],
  ['de', 'Usbekistan und Ungarn planen, ein Abkommen zu unterzeichnen.', []],
  ['de', 'Die Unterzeichnung eines Abkommens zwischen Usbekistan und Ungarn ist für Mai geplant.', []],
  ['de', 'Das Gebiet Osh und das Gebiet Navoi bereiten ein Memorandum vor.', []],
  ['de', 'Usbekistan und Ungarn verhandeln über ein Freihandelsabkommen.', []],
  ['de', 'Das Gebiet Osh und das Gebiet Navoi sind bereit, ein Abkommen zu unterzeichnen.', []],
  ['de', 'Das Gebiet Osh schlug vor, mit dem Gebiet Navoi ein Memorandum zu unterzeichnen.', []],

  // ru
  [
    'ru',
    'Самаркандская область и Костанайская область подписали меморандум о сотрудничестве.',
    ['Kostanay Region + Samarkand Region AGREEMENT_WITH'],
  ],
  [
    'ru',
    'Между Навоийской областью и Тверской областью подписано соглашение о сотрудничестве.',
    ['Navoi Region + Tver Region AGREEMENT_WITH'],
  ],
  [
    'ru',
    'Подписана дорожная карта между Ферганской областью и Минской областью.',
    ['Fergana Region + Minsk Region AGREEMENT_WITH'],
  ],
  [
    'ru',
    'Делегация Ошской области посетила Андижанскую область. Делегация встретилась с хокимом Андижанской области. По итогам переговоров стороны подписали дорожную карту.',
    ['Andijan Region + Osh Region AGREEMENT_WITH'],
  ],
  [
    'ru',
    'Узбекистан и Казахстан заключили соглашение о совместном использовании водных ресурсов.',
    ['Kazakhstan + Uzbekistan AGREEMENT_WITH'],
  ],
  [
    'ru',
    'Бухарская область заключила договор о партнерстве с Гродненской областью.',
    ['Bukhara Region + Grodno Region AGREEMENT_WITH'],
  ],
  [
    'ru',
    'Хокимият Ташкентской области и акимат Алматинской области подписали меморандум.',
    ['Almaty Region + Tashkent Region AGREEMENT_WITH'],
  ],
  [
    'ru',
    'Узбекистан и Туркменистан достигли договоренности о строительстве нового моста.',
    ['Turkmenistan + Uzbekistan AGREEMENT_WITH'],
  ],
  [
    'ru',
    'Состоялось подписание соглашения о сотрудничестве между Навоийской областью и Тверской областью.',
    ['Navoi Region + Tver Region AGREEMENT_WITH'],
  ],
  [
    'ru',
    'Был подписан меморандум о взаимопонимании между Джизакской областью и Согдийской областью.',
    ['Jizzakh Region + Sughd Region AGREEMENT_WITH'],
  ],
  [
    'ru',
    'Россия и Узбекистан парафировали соглашение о стратегическом партнерстве.',
    ['Russia + Uzbekistan AGREEMENT_WITH'],
  ],
  ['ru', 'Документ подписали Казахстан и Китай.', ['China + Kazakhstan AGREEMENT_WITH']],
  [
    'ru',
    'Соглашения на сумму 1 млрд долларов заключены между Узбекистаном и Венгрией.',
    ['Hungary + Uzbekistan AGREEMENT_WITH'],
  ],
  [
    'ru',
    'Наманганская область и Кызылординская область обменялись меморандумами о сотрудничестве.',
    ['Kyzylorda Region + Namangan Region AGREEMENT_WITH'],
  ],
  [
    'ru',
    'Подписанный Хорезмской областью и Дашогузским велаятом меморандум предусматривает открытие торгового дома.',
    ['Dashoguz Region + Khorezm Region AGREEMENT_WITH'],
  ],
  [
    'ru',
    'Кыргызстан и Таджикистан подписали протокол о делимитации границы.',
    ['Kyrgyzstan + Tajikistan AGREEMENT_WITH'],
  ],
  ['ru', 'Узбекистан и Германия подписали совместную декларацию.', ['Germany + Uzbekistan AGREEMENT_WITH']],
  [
    'ru',
    'Дорожная карта подписана Ферганской областью и Омской областью.',
    ['Fergana Region + Omsk Region AGREEMENT_WITH'],
  ],
  [
    'ru',
    'Самаркандская область подписала соглашение о побратимстве с Костанайской областью.',
    ['Kostanay Region + Samarkand Region AGREEMENT_WITH'],
  ],
  [
    'ru',
    'Узбекистан и Венгрия подписали межправительственное соглашение на сумму 100 млн долларов.',
    ['Hungary + Uzbekistan AGREEMENT_WITH'],
  ],
  [
    'ru',
    'Андижанская область и Ошская область утвердили совместный план действий на 2024-2025 годы.',
    ['Andijan Region + Osh Region AGREEMENT_WITH'],
  ],
  [
    'ru',
    'Между Узбекистаном и Таджикистаном заключен договор о стратегическом партнерстве.',
    ['Tajikistan + Uzbekistan AGREEMENT_WITH'],
  ],
  [
    'ru',
    'Узбекистан и Казахстан провели переговоры в Ташкенте. Стороны достигли договоренностей о создании совместного предприятия.',
    ['Kazakhstan + Uzbekistan AGREEMENT_WITH'],
  ],
  [
    'ru',
    'Губернатор Тюменской области и хоким Навоийской области подписали соглашение о сотрудничестве между регионами.',
    ['Navoi Region + Tyumen Region AGREEMENT_WITH'],
  ],
  [
    'ru',
    'По итогам встречи Узбекистан и Казахстан подписали пакет документов на сумму 500 млн долларов.',
    ['Kazakhstan + Uzbekistan AGREEMENT_WITH'],
  ],
  ['ru', 'Ошская область и Навоийская область договорились проработать вопрос подписания дорожной карты.', []],
  ['ru', 'Соглашение между Узбекистаном и Венгрией планируется подписать в мае.', []],
  ['ru', 'Ошская область и Навоийская область обсудили проект соглашения.', []],
  ['ru', 'Ошская область и Навоийская область выразили заинтересованность в заключении соглашения.', []],
  ['ru', 'Ошская область и Навоийская область намерены подписать дорожную карту.', []],
  ['ru', 'В ближайшее время будет подписан меморандум между Ошской областью и Навоийской областью.', []],
  ['ru', 'Ошская область и Навоийская область готовят соглашение о сотрудничестве.', []],
  ['ru', 'Узбекистан и Венгрия ведут переговоры о соглашении о свободной торговле.', []],
  ['ru', 'Ошская область предложила Навоийской области подписать меморандум.', []],
  ['ru', 'Ошская область и Навоийская область договорились подготовить дорожную карту.', []],
  [
    'ru',
    'Ташкентский международный инвестиционный форум прошел в Ташкенте.',
    ['Tashkentskiy mezhdunarodnyy investitsionnyy forum LOCATED_IN Tashkent'],
  ],
  // parties via titles, "with", a country and an organisation, values; thanks for agreements are no agreement
  [
    'en',
    'The khokim of the Navoi region Normat Turgunov received a delegation of the Kostanay region. Following the meeting, a memorandum of cooperation was signed.',
    ['Kostanay Region + Navoi Region AGREEMENT_WITH'],
  ],
  [
    'en',
    'The Jizzakh region signed an agreement on the construction of a textile factory with Siemens Energy.',
    ['Jizzakh Region + Siemens Energy AGREEMENT_WITH'],
  ],
  [
    'en',
    'The memorandum was signed by the governor of the Omsk region and the khokim of the Fergana region.',
    ['Fergana Region + Omsk Region AGREEMENT_WITH'],
  ],
  [
    'en',
    'Within the framework of the visit, the Samarkand region and the Kostanay region signed 5 documents worth 20 million dollars.',
    ['Kostanay Region + Samarkand Region AGREEMENT_WITH'],
  ],
  [
    'en',
    'Uzbekistan has signed a free trade agreement with the Eurasian Economic Union.',
    ['Eurasian Economic Union + Uzbekistan AGREEMENT_WITH'],
  ],
  [
    'en',
    'Agreements worth over 500 million dollars were concluded between Uzbekistan and Hungary.',
    ['Hungary + Uzbekistan AGREEMENT_WITH'],
  ],
  [
    'en',
    'The parties also signed a memorandum of understanding. Earlier, Uzbekistan and Hungary held talks in Budapest.',
    [],
  ],
  ['en', 'The sides thanked each other for the agreements reached.', []],
  [
    'de',
    'Im Rahmen des Besuchs wurde zwischen dem Gebiet Samarkand und dem Gebiet Kostanai eine Roadmap unterzeichnet.',
    ['Kostanay Region + Samarkand Region AGREEMENT_WITH'],
  ],
  [
    'de',
    'Das Gebiet Dschizak unterzeichnete eine Vereinbarung mit der Firma Siemens Energy.',
    ['Dschizak Region + Siemens Energy AGREEMENT_WITH'],
  ],
  [
    'de',
    'Usbekistan hat mit Ungarn ein Abkommen über visafreies Reisen unterzeichnet.',
    ['Hungary + Uzbekistan AGREEMENT_WITH'],
  ],
  [
    'de',
    'Unterzeichnet wurden Verträge im Wert von 200 Millionen Euro zwischen Usbekistan und Ungarn.',
    ['Hungary + Uzbekistan AGREEMENT_WITH'],
  ],
  [
    'de',
    // A signing ceremony between two districts, each named with its region.
    'Am Rande des Forums in Minsk erfolgte die Unterzeichnung eines Partnerschaftsabkommens zwischen dem Kreis Slonim des Gebiets Grodno und dem Kreis Asow des Gebiets Rostow.',
    ['Asow District + Slonim District AGREEMENT_WITH'],
  ],
  [
    'de',
    'Am Dienstag wurde ein Protokoll über die gemeinsame Arbeitsgruppe von Belarus und dem Gebiet Omsk unterzeichnet.',
    ['Belarus + Omsk Region AGREEMENT_WITH'],
  ],
  ['de', 'Ein Protokoll zwischen Belarus und dem Gebiet Omsk soll im Herbst unterzeichnet werden.', []],
  [
    'ru',
    'В рамках визита подписано соглашение о строительстве завода с компанией Siemens Energy. Визит совершила делегация Джизакской области.',
    [],
  ],
  [
    'ru',
    'Джизакская область подписала соглашение о строительстве завода с компанией Siemens Energy.',
    ['Jizzakh Region + Siemens Energy AGREEMENT_WITH'],
  ],
  [
    'ru',
    'Документ подписали губернатор Омской области и хоким Ферганской области.',
    ['Fergana Region + Omsk Region AGREEMENT_WITH'],
  ],
  ['ru', 'Узбекистан подписал с Венгрией соглашение о безвизовом режиме.', ['Hungary + Uzbekistan AGREEMENT_WITH']],
  [
    'ru',
    'Между Узбекистаном и Венгрией подписано 15 документов на сумму 2 млрд долларов.',
    ['Hungary + Uzbekistan AGREEMENT_WITH'],
  ],
  ['ru', 'Стороны поблагодарили друг друга за достигнутые договоренности.', []],
  // a place that hosts an event
  [
    'en',
    'Samarkand hosted the International Tourism Fair on Friday.',
    ['International Tourism Fair LOCATED_IN Samarkand'],
  ],
  [
    'de',
    'Taschkent war Gastgeber des Wirtschaftsforums „Usbekistan – Europa“.',
    ['Usbekistan – Europa LOCATED_IN Tashkent'],
  ],
  [
    'ru',
    'Ташкент принял Международный инвестиционный форум.',
    ['Mezhdunarodnyy investitsionnyy forum LOCATED_IN Tashkent'],
  ],
];

describe('agreement phrasings', () => {
  it.each(catalogue)('[%s] %s', (language, text, expected) => {
    const facts = found(text, language);
    expect(facts.filter((f) => f.endsWith('AGREEMENT_WITH')).sort()).toEqual(
      expected.filter((f) => f.endsWith('AGREEMENT_WITH')).sort(),
    );
    for (const fact of expected) expect(facts).toContain(fact);
  });
});

describe('agreement titles of the new phrasings', () => {
  const title = (text: string, language: Language): unknown[] =>
    toGoldShape(extractArticle(text, { language }))
      .relations.filter((r) => r.type === 'AGREEMENT_WITH')
      .map((r) => r.properties.title);

  it('ends the title at the signing verb and drops the article after "vereinbarten"', () => {
    expect(
      title(
        'Usbekistan und Ungarn haben ein Abkommen über die Zusammenarbeit in der Landwirtschaft geschlossen.',
        'de',
      ),
    ).toEqual(['Abkommen über die Zusammenarbeit in der Landwirtschaft']);
    expect(
      title(
        'Gestern erfolgte in Budapest die Unterzeichnung eines Abkommens über Partnerschaft zwischen Usbekistan und Ungarn.',
        'de',
      ),
    ).toEqual(['Abkommen über Partnerschaft']);
    // When it was signed is not part of the title.
    expect(title('Osh region and Navoi region concluded a cooperation agreement on Friday.', 'en')).toEqual([
      'cooperation agreement',
    ]);
    expect(title('Osh region and Navoi region signed an agreement on trade on 3 May.', 'en')).toEqual([
      'agreement on trade',
    ]);
    expect(title('Usbekistan und Tadschikistan vereinbarten eine strategische Partnerschaft.', 'de')).toEqual([
      'strategische Partnerschaft',
    ]);
    expect(
      title(
        'Подписанный Хорезмской областью и Дашогузским велаятом меморандум предусматривает открытие торгового дома.',
        'ru',
      ),
    ).toEqual(['меморандум']);
    expect(
      title('Kazakhstan and Uzbekistan entered into an agreement on the joint use of water resources.', 'en'),
    ).toEqual(['agreement on the joint use of water resources']);
  });
});
