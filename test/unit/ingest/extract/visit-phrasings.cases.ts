/**
 * A catalogue of ways news reports phrase a visit (and the meetings a visit sentence
 * carries), in English, German and Russian. Every sentence is invented for this table.
 * `facts` must all be extracted ("A VISITED B", "A VISITED B planned", "A MET_WITH B");
 * `absent` must not be ("VISITED" alone: no visit at all).
 */
export interface PhrasingCase {
  text: string;
  facts: string[];
  absent?: string[];
}

export const englishVisits: PhrasingCase[] = [
  {
    text: 'Ambassador of Kazakhstan Arman Tokbayev met the Mayor of Busan, Park Min-su, during his working visit to this city.',
    facts: ['Arman Tokbayev VISITED Busan', 'Arman Tokbayev MET_WITH Park Min-su'],
  },
  {
    text: 'Ambassador of Kazakhstan to Uzbekistan Yerlan Kubashev visited the Namangan region on 12 March 2024.',
    facts: ['Yerlan Kubashev VISITED Namangan Region'],
  },
  {
    text: 'The Fergana region was visited by Ambassador of Latvia Janis Berzins.',
    facts: ['Janis Berzins VISITED Fergana Region'],
  },
  {
    text: 'Consul General of Turkmenistan in Mashhad Annamurad Orazov paid a visit to the city of Nishapur.',
    facts: ['Annamurad Orazov VISITED Nishapur'],
  },
  {
    text: 'Deputy Minister of Foreign Affairs of Uzbekistan Bakhrom Aloyev was on a working trip to the Khatlon region.',
    facts: ['Bakhrom Aloyev VISITED Khatlon Region'],
  },
  {
    text: 'Ambassador of Kazakhstan Nurgali Arystanov is on an official visit to Poland.',
    facts: ['Nurgali Arystanov VISITED Poland'],
  },
  {
    text: 'During his stay in Bukhara, Ambassador of India Smita Rao toured the Bukhara Textile plant.',
    facts: ['Smita Rao VISITED Bukhara'],
  },
  {
    text: 'A delegation of the Tashkent region arrived in Khujand on 5 June.',
    facts: ['Tashkent Region VISITED Khujand'],
  },
  {
    text: 'The delegation of the Kashkadarya region, headed by khokim Zoyir Mirzaev, is in China on a working visit.',
    facts: ['Kashkadarya Region VISITED China', 'Zoyir Mirzaev VISITED China'],
  },
  {
    text: 'Prime Minister of Kyrgyzstan Adylbek Kasymaliev arrived in Astana on an official visit.',
    facts: ['Adylbek Kasymaliev VISITED Astana'],
  },
  {
    text: 'Governor of the Leningrad region Alexander Drozdenko will visit the Chui region in May.',
    facts: ['Alexander Drozdenko VISITED Chui Region planned'],
  },
  {
    text: 'Governor of the Omsk region Vitaly Khotsenko is expected to pay a visit to the Pavlodar region next month.',
    facts: ['Vitaly Khotsenko VISITED Pavlodar Region planned'],
  },
  {
    text: 'Khokim of the Fergana region Khayrullo Bozarov invited Ambassador of Latvia Janis Berzins to visit the Fergana region.',
    facts: [],
    absent: ['VISITED'],
  },
  {
    text: 'Ambassador of Latvia Janis Berzins expressed interest in visiting the Andijan region.',
    facts: [],
    absent: ['VISITED'],
  },
  {
    text: 'Governor of the Leningrad region Alexander Drozdenko discussed the possibility of a visit to the Chui region.',
    facts: [],
    absent: ['VISITED'],
  },
  {
    text: 'Ambassador of Japan Hiroshi Tanaka visited the Uzbekneftegaz company.',
    facts: ['Hiroshi Tanaka VISITED Uzbekneftegaz'],
  },
  {
    text:
      'Ambassador of Korea Kim Min-soo, who is on a working visit to the Surkhandarya region, was received by ' +
      'Khokim of the Surkhandarya region Ulugbek Kasimov.',
    facts: ['Kim Min-soo VISITED Surkhandarya Region', 'Kim Min-soo MET_WITH Ulugbek Kasimov'],
  },
  {
    text:
      'Ambassador of Kazakhstan Nurgali Arystanov visited the Busan city. ' +
      'During the visit, Nurgali Arystanov met with Mayor of Busan Park Jae-ho.',
    facts: ['Nurgali Arystanov VISITED Busan', 'Nurgali Arystanov MET_WITH Park Jae-ho'],
  },
  {
    text:
      'Ambassador of Kazakhstan Yermek Kosherbayev arrived in the Astrakhan region on 3 May. ' +
      'As part of the visit, the ambassador held a meeting with Governor of the Astrakhan region Igor Babkin.',
    facts: ['Yermek Kosherbayev VISITED Astrakhan Region', 'Yermek Kosherbayev MET_WITH Igor Babkin'],
  },
  {
    text: 'A delegation of the Embassy of Uzbekistan in Kazakhstan visited the Turkistan region.',
    facts: ['Embassy of Uzbekistan in Kazakhstan VISITED Turkistan Region'],
  },
  {
    text:
      'A delegation of the Osh region visited the Andijan region on 2 April. ' +
      'The delegation included Deputy Governor Asan Turgunov and Director Bakyt Asanov.',
    facts: [
      'Osh Region VISITED Andijan Region',
      'Asan Turgunov VISITED Andijan Region',
      'Bakyt Asanov VISITED Andijan Region',
    ],
  },
  {
    text: 'Prime Minister of Kyrgyzstan Adylbek Kasymaliev made an official visit to Uzbekistan.',
    facts: ['Adylbek Kasymaliev VISITED Uzbekistan'],
  },
  {
    text: 'Governor of the Shaanxi Province Zhao Gang led a delegation to Samarkand.',
    facts: ['Zhao Gang VISITED Samarkand'],
  },
  {
    text: 'The visit of Governor of the Ryazan region Pavel Malkov to the Jizzakh region took place on 4 April.',
    facts: ['Pavel Malkov VISITED Jizzakh Region'],
  },
  {
    text: 'While in Urgench, Ambassador of Turkey Olgan Bekar met with Khokim of the Khorezm region Farhod Ermanov.',
    facts: ['Olgan Bekar VISITED Urgench', 'Olgan Bekar MET_WITH Farhod Ermanov'],
  },
  {
    text: 'Minister of Trade of Belarus Alexei Bogdan travelled to Mogilev on a working trip.',
    facts: ['Alexei Bogdan VISITED Mogilev'],
  },
  {
    text: 'Ambassador of Kazakhstan Alim Kirabayev headed to the Subcarpathian Voivodeship for talks.',
    facts: ['Alim Kirabayev VISITED Subcarpathian Voivodeship'],
  },
  {
    text:
      'A delegation of the Jalal-Abad region led by Governor Absattar Syrgabaev arrived in the Namangan region. ' +
      'The guests were received by Khokim of the Namangan region Shavkat Abdurazakov.',
    facts: [
      'Absattar Syrgabaev VISITED Namangan Region',
      'Jalal-Abad Region VISITED Namangan Region',
      'Shavkat Abdurazakov MET_WITH Absattar Syrgabaev',
    ],
  },
  {
    text: 'Ambassador of Latvia Janis Berzins thanked Khokim of the Fergana region Khayrullo Bozarov for the warm welcome.',
    facts: [],
    absent: ['VISITED', 'Janis Berzins MET_WITH Khayrullo Bozarov'],
  },
  {
    text: 'Ambassador of Germany Tobias Weber stayed in the Samarkand region from 7 to 9 October.',
    facts: ['Tobias Weber VISITED Samarkand Region'],
  },
  {
    text: 'Ambassador of Kazakhstan Nurgali Arystanov was in the Khorezm region on a working visit on 14 May.',
    facts: ['Nurgali Arystanov VISITED Khorezm Region'],
  },
  {
    text: 'Ambassador of Kazakhstan Nurgali Arystanov was received in Tashkent by Minister of Foreign Trade of Uzbekistan Laziz Kudratov.',
    facts: ['Nurgali Arystanov VISITED Tashkent', 'Laziz Kudratov MET_WITH Nurgali Arystanov'],
  },
  {
    text: 'Khokim of the Fergana region Khayrullo Bozarov is persuading Ambassador of Latvia Janis Berzins to visit the Kokand city.',
    facts: [],
    absent: ['VISITED'],
  },
  {
    text: 'Governor of the Omsk region Vitaly Khotsenko asked Ambassador of Latvia Janis Berzins to visit Omsk in the autumn.',
    facts: [],
    absent: ['VISITED'],
  },
  {
    text: 'Ambassador of Kazakhstan Nurgali Arystanov, currently on a working trip to the Bukhara region, met with Khokim of the Bukhara region Botir Zaripov.',
    facts: ['Nurgali Arystanov VISITED Bukhara Region', 'Nurgali Arystanov MET_WITH Botir Zaripov'],
  },
  {
    text: 'On 14 May, a delegation of the Osh region arrived in the Andijan region on a two-day visit.',
    facts: ['Osh Region VISITED Andijan Region'],
  },
  {
    text: 'The Samarkand region was visited on 3 June by a delegation of the Shaanxi Province.',
    facts: ['Shaanxi Province VISITED Samarkand Region'],
  },
  {
    text:
      'A delegation of the Atyrau region visited the Astrakhan region. ' +
      'The guests were shown the port of Olya and the Astrakhan shipyard.',
    facts: ['Atyrau Region VISITED Astrakhan Region'],
  },
  {
    text: 'Welcoming Ambassador of Kazakhstan Nurlan Zhalgas to Maharashtra, Governor Ramesh Bais recalled the old trade ties.',
    facts: ['Nurlan Zhalgas VISITED Maharashtra'],
    absent: ['Ramesh Bais VISITED Maharashtra'],
  },
  {
    text: 'Khokim of the Bukhara region Botir Zaripov welcomed the delegation of the Omsk region to the Bukhara region.',
    facts: ['Omsk Region VISITED Bukhara Region'],
  },
  {
    text: 'The warm welcome of Governor Ramesh Bais in Mumbai impressed Ambassador of Kazakhstan Nurlan Zhalgas.',
    facts: [],
    absent: ['Ramesh Bais VISITED Mumbai'],
  },
  {
    text: 'Talks were held between the khokim of Andijan Region Rustam Aliyev and the Ambassador of Korea Kim Jae-won.',
    facts: ['Rustam Aliyev MET_WITH Kim Jae-won'],
  },
  {
    // A region has one head: a second governor in the sentence heads some other place.
    text: 'The governor of Navoi Region, Bekzod Nurov, met with Governor Thomas Brandt.',
    facts: ['Bekzod Nurov GOVERNS Navoi Region', 'Bekzod Nurov MET_WITH Thomas Brandt'],
    absent: ['Thomas Brandt GOVERNS Navoi Region'],
  },
  {
    // Two people who sign one document together met.
    text: 'The memorandum was signed by Governor of Omsk region Ivan Petrov and Hokim of Bukhara region Anvar Salimov.',
    facts: ['Ivan Petrov MET_WITH Anvar Salimov'],
  },
  {
    text: 'Governor Ivan Petrov said that the agreement signed by Minister Anvar Salimov was important.',
    facts: [],
    absent: ['MET_WITH'],
  },
  // A district named with the region it lies in.
  {
    text: 'Ambassador of Japan Takashi Hatori visited the Uchkuprik district of the Fergana region.',
    facts: ['Takashi Hatori VISITED Uchkuprik District', 'Uchkuprik District PART_OF Fergana Region'],
  },
  {
    text: 'The Bykhov District of the Mogilev Region signed an agreement with the Tsimlyansk District of the Rostov Region.',
    facts: ['Bykhov District PART_OF Mogilev Region', 'Tsimlyansk District PART_OF Rostov Region'],
  },
  {
    text: 'A delegation of the Fergana region visited the Namangan region.',
    facts: ['Fergana Region VISITED Namangan Region'],
    absent: ['PART_OF'],
  },
  {
    text: 'The governor toured a new plant in the city of Chirchiq of the Tashkent region.',
    facts: ['Chirchiq PART_OF Tashkent Region'],
  },
  // Embassy staff below the head of mission; the embassy's seat ends before the holder's name.
  {
    text: 'Counsellor of the Embassy of Kyrgyzstan in Kazakhstan Azamat Usenov visited the Turkistan region.',
    facts: [
      'Azamat Usenov VISITED Turkistan Region',
      'Azamat Usenov REPRESENTS Kyrgyzstan',
      'Azamat Usenov HOLDS_POSITION Embassy of Kyrgyzstan in Kazakhstan',
    ],
  },
  {
    text: 'First Secretary of the Embassy of Kazakhstan in Austria Dana Bekova met with the Mayor of Linz Klaus Luger.',
    facts: ['Dana Bekova MET_WITH Klaus Luger', 'Dana Bekova HOLDS_POSITION Embassy of Kazakhstan in Austria'],
  },
  // A head who received a delegation: the delegation came to the head's territory.
  {
    text: 'On 5 May, the Governor of the Kostanay region Kumar Aksakalov received a delegation of the Chelyabinsk region led by Deputy Governor Ivan Petrov.',
    facts: [
      'Kumar Aksakalov MET_WITH Ivan Petrov',
      'Chelyabinsk Region VISITED Kostanay Region',
      'Ivan Petrov VISITED Kostanay Region',
    ],
  },
  {
    text: 'Mayor of Kazan Ilsur Metshin received a delegation led by Ambassador of Uzbekistan Botirjon Asadov.',
    facts: ['Ilsur Metshin MET_WITH Botirjon Asadov', 'Botirjon Asadov VISITED Kazan'],
  },
  {
    text: 'The Governor of the Kostanay region Kumar Aksakalov will receive a delegation of the Chelyabinsk region led by Ivan Petrov next month.',
    facts: [],
    absent: ['Chelyabinsk Region VISITED Kostanay Region', 'Ivan Petrov VISITED Kostanay Region'],
  },
  {
    text: 'Minister of Economy Alibek Kuantyrov received a delegation of the Chelyabinsk region led by Deputy Governor Ivan Petrov.',
    facts: ['Alibek Kuantyrov MET_WITH Ivan Petrov'],
    absent: ['VISITED'],
  },
  // A meeting at a distance: a videoconference or a phone call with someone.
  {
    text: 'Deputy Minister of Foreign Affairs Bakhrom Aloyev held a videoconference with the Ambassador of Uzbekistan to Japan Mukhsinkhuja Abdurakhmonov and the Consul General of Uzbekistan in Almaty Jamoliddin Rakhmatov.',
    facts: ['Bakhrom Aloyev MET_WITH Mukhsinkhuja Abdurakhmonov', 'Bakhrom Aloyev MET_WITH Jamoliddin Rakhmatov'],
    absent: ['VISITED'],
  },
  {
    text: 'Khokim of the Samarkand region Erkinjon Turdimov had a phone call with the Ambassador of India Smita Rao.',
    facts: ['Erkinjon Turdimov MET_WITH Smita Rao'],
    absent: ['VISITED'],
  },
  // The chairman of a regional executive committee heads the region, when the region is named; a deputy holds a post.
  {
    text: 'The Gomel region and Fergana signed a plan. The Chairman of the Gomel Regional Executive Committee Ivan Krupko met with the khokim of the Fergana region Khayrullo Bozorov.',
    facts: ['Ivan Krupko GOVERNS Gomel Region', 'Ivan Krupko MET_WITH Khayrullo Bozorov'],
    absent: ['Ivan Krupko HOLDS_POSITION Gomel Regional Executive Committee'],
  },
  {
    text: 'Deputy Chairman of the Gomel Regional Executive Committee Oleg Kravchenko visited the Gomel region fair.',
    facts: ['Oleg Kravchenko HOLDS_POSITION Gomel Regional Executive Committee'],
    absent: ['Oleg Kravchenko GOVERNS Gomel Region'],
  },
  // One plural title shared by a list of holders; two governors who sign together have met.
  {
    text: 'Ambassadors of Kazakhstan to Germany Nurlan Onzhanov and to the Kingdom of Spain Gulsara Arystankulova took part in the session.',
    facts: [
      'Nurlan Onzhanov REPRESENTS Kazakhstan',
      'Nurlan Onzhanov ACCREDITED_TO Germany',
      'Gulsara Arystankulova REPRESENTS Kazakhstan',
      'Gulsara Arystankulova ACCREDITED_TO Spain',
    ],
  },
  {
    text: 'The governors of the Pavlodar and Omsk regions, Asain Baikhanov and Vitaly Khotsenko, signed a memorandum of cooperation.',
    facts: [
      'Asain Baikhanov GOVERNS Pavlodar Region',
      'Vitaly Khotsenko GOVERNS Omsk Region',
      'Asain Baikhanov MET_WITH Vitaly Khotsenko',
    ],
  },
  {
    text: 'After the ceremony the akims of Akmola and South Kazakhstan regions – Erlan Nurov and Bolat Tulegenov – inked an agreement on trade.',
    facts: [
      'Erlan Nurov GOVERNS Akmola Region',
      'Bolat Tulegenov GOVERNS South Kazakhstan Region',
      'Erlan Nurov MET_WITH Bolat Tulegenov',
    ],
  },
  {
    text: 'The agreement was signed by Governor of the Omsk region Vitaly Khotsenko and akim of the Pavlodar region Asain Baikhanov.',
    facts: ['Vitaly Khotsenko MET_WITH Asain Baikhanov'],
  },
  {
    text: 'The governors of the Pavlodar and Omsk regions, Asain Baikhanov and Vitaly Khotsenko, plan to sign a memorandum next year.',
    facts: ['Asain Baikhanov GOVERNS Pavlodar Region'],
    absent: ['MET_WITH'],
  },
  {
    text: 'Minister of Economy of Kazakhstan Alibek Kuantyrov and his deputy Asset Nussupov signed the order.',
    facts: [],
    absent: ['MET_WITH'],
  },
];

export const germanVisits: PhrasingCase[] = [
  {
    text: 'Die Stadt Busan empfing Botschafter Arman Tokbayev. Während seines Arbeitsbesuchs in dieser Stadt besichtigte er den Hafen.',
    facts: ['Arman Tokbayev VISITED Busan'],
  },
  {
    text: 'Der Botschafter Kasachstans in Usbekistan, Yerlan Kubashev, besuchte am 12. März 2024 das Gebiet Namangan.',
    facts: ['Yerlan Kubashev VISITED Namangan Region'],
  },
  {
    text: 'Eine Delegation des Gebiets Taschkent unter Leitung von Hokim Zoyir Mirzaev weilte zu einem Arbeitsbesuch in der Region Sughd.',
    facts: ['Zoyir Mirzaev VISITED Sughd Region'],
  },
  {
    text: 'Ministerpräsident Markus Weber hielt sich vom 3. bis 5. Mai in Usbekistan auf.',
    facts: ['Markus Weber VISITED Uzbekistan'],
  },
  {
    text: 'Botschafter Usbekistans Nabijon Kasimov war zu Gast in Sachsen.',
    facts: ['Nabijon Kasimov VISITED Saxony'],
  },
  {
    text: 'Der Botschafter Kasachstans Nurlan Onzhanov stattete dem Gebiet Samarkand einen Besuch ab.',
    facts: ['Nurlan Onzhanov VISITED Samarkand Region'],
  },
  {
    text: 'Der Botschafter Kasachstans Nurlan Onzhanov war zu Besuch in Thüringen.',
    facts: ['Nurlan Onzhanov VISITED Thuringia'],
  },
  {
    text: 'Der Botschafter Kasachstans Nurlan Onzhanov reiste nach Taschkent.',
    facts: ['Nurlan Onzhanov VISITED Tashkent'],
  },
  {
    text: 'Der Botschafter Kasachstans Nurlan Onzhanov traf am Montag in Samarkand ein.',
    facts: ['Nurlan Onzhanov VISITED Samarkand'],
  },
  {
    text: 'Der Botschafter Kasachstans Nurlan Onzhanov ist in Buchara eingetroffen.',
    facts: ['Nurlan Onzhanov VISITED Bukhara'],
  },
  {
    text: 'Der Gouverneur des Gebiets Almaty Marat Sultangaziev wird im Mai Bayern besuchen.',
    facts: ['Marat Sultangaziev VISITED Bavaria planned'],
  },
  {
    text:
      'Der Botschafter Kasachstans Nurlan Onzhanov besuchte Stuttgart. Im Rahmen des Besuchs traf Nurlan Onzhanov ' +
      'mit Oberbürgermeister Frank Nopper zusammen.',
    facts: ['Nurlan Onzhanov VISITED Stuttgart', 'Nurlan Onzhanov MET_WITH Frank Nopper'],
  },
  {
    text: 'Der Botschafter Kasachstans Nurlan Onzhanov wurde in Erfurt von Ministerpräsident Bodo Ramelow empfangen.',
    facts: ['Nurlan Onzhanov VISITED Erfurt', 'Bodo Ramelow MET_WITH Nurlan Onzhanov'],
  },
  {
    text: 'Eine Delegation der Botschaft der Republik Usbekistan besuchte das Gebiet Buchara.',
    facts: ['Embassy of Uzbekistan VISITED Bukhara Region'],
  },
  {
    text: 'Während ihres Aufenthalts in Namangan besichtigte die Botschafterin Kasachstans Aigul Nurova eine Textilfabrik.',
    facts: ['Aigul Nurova VISITED Namangan'],
  },
  {
    text: 'Der Hokim des Gebiets Fergana Khayrullo Bozarov lud den Botschafter Kasachstans Nurlan Onzhanov zu einem Besuch in Fergana ein.',
    facts: [],
    absent: ['VISITED'],
  },
  {
    text: 'Der Botschafter Kasachstans Nurlan Onzhanov zeigte Interesse an einem Besuch im Gebiet Andijan.',
    facts: [],
    absent: ['VISITED'],
  },
  {
    text: 'Der Besuch des Botschafters Kasachstans Nurlan Onzhanov in Sachsen dauerte drei Tage.',
    facts: ['Nurlan Onzhanov VISITED Saxony'],
  },
  {
    text: 'Der Ministerpräsident von Sachsen Michael Kretschmer besuchte Kasachstan.',
    facts: ['Michael Kretschmer VISITED Kazakhstan'],
  },
  {
    text: 'Bei seinem Besuch in Stuttgart traf Botschafter Nurlan Onzhanov den Oberbürgermeister Frank Nopper.',
    facts: ['Nurlan Onzhanov VISITED Stuttgart', 'Nurlan Onzhanov MET_WITH Frank Nopper'],
  },
  {
    text:
      'Eine Delegation des Gebiets Namangan besuchte Berlin. ' +
      'Zu der Delegation gehörten der stellvertretende Hokim Bakhtiyor Usmonov und der Unternehmer Anvar Tursunov.',
    facts: ['Namangan Region VISITED Berlin', 'Bakhtiyor Usmonov VISITED Berlin'],
  },
  {
    text: 'Der Botschafter Kasachstans Nurlan Onzhanov kam nach Leipzig.',
    facts: ['Nurlan Onzhanov VISITED Leipzig'],
  },
  {
    text: 'Der Botschafter Kasachstans Nurlan Onzhanov fuhr nach Dresden, um die Stadt kennenzulernen.',
    facts: ['Nurlan Onzhanov VISITED Dresden'],
  },
  {
    text: 'Der Ministerpräsident von Sachsen Michael Kretschmer will im Herbst Usbekistan besuchen.',
    facts: ['Michael Kretschmer VISITED Uzbekistan planned'],
  },
  {
    text: 'Das Gebiet Samarkand besuchte der Botschafter Kasachstans Nurlan Onzhanov am 4. Mai.',
    facts: ['Nurlan Onzhanov VISITED Samarkand Region'],
  },
  {
    text: 'Der Botschafter Kasachstans Nurlan Onzhanov bedankte sich bei Hokim Khayrullo Bozarov für die Gastfreundschaft.',
    facts: [],
    absent: ['VISITED', 'Nurlan Onzhanov MET_WITH Khayrullo Bozarov'],
  },
  {
    text: 'Der Botschafter Kasachstans Nurlan Onzhanov hielt sich zu einem Arbeitsbesuch im Gebiet Choresm auf.',
    facts: ['Nurlan Onzhanov VISITED Khorezm Region'],
  },
  {
    text: 'Der Hokim des Gebiets Fergana Khayrullo Bozarov bat den Botschafter Kasachstans Nurlan Onzhanov, das Gebiet Fergana zu besuchen.',
    facts: [],
    absent: ['VISITED'],
  },
  {
    text: 'Am 5. Mai ist eine Delegation des Gebiets Namangan in Stuttgart eingetroffen.',
    facts: ['Namangan Region VISITED Stuttgart'],
  },
  {
    text: 'Der Botschafter Kasachstans Nurlan Onzhanov hat am Dienstag das Gebiet Samarkand besucht.',
    facts: ['Nurlan Onzhanov VISITED Samarkand Region'],
  },
  {
    text: 'Im Rahmen seiner Reise nach Sachsen besuchte der Botschafter Kasachstans Nurlan Onzhanov Leipzig.',
    facts: ['Nurlan Onzhanov VISITED Leipzig'],
  },
  {
    text: 'Oberbürgermeister Frank Nopper hieß den Botschafter Kasachstans Nurlan Onzhanov in Stuttgart willkommen.',
    facts: ['Nurlan Onzhanov VISITED Stuttgart'],
    absent: ['Frank Nopper VISITED Stuttgart'],
  },
  {
    // ", das Joint Venture X" and ", die Textilfabrik Y" go on with the list; they are no relative clauses.
    text: 'Die Delegation unter Leitung von Botschafter Klaus Weber besuchte die Unternehmen Navoi Copper LLC, das Joint Venture Samarkand Motors und die Textilfabrik Silk Road Textiles.',
    facts: [
      'Klaus Weber VISITED Navoi Copper LLC',
      'Klaus Weber VISITED Samarkand Motors',
      'Klaus Weber VISITED Silk Road Textiles',
    ],
    absent: ['Klaus Weber VISITED Samarkand'],
  },
  {
    text: 'In Taschkent führte Staatssekretär Jan Nolte Gespräche mit dem Minister Laziz Kudratow.',
    facts: ['Jan Nolte MET_WITH Laziz Kudratow'],
  },
  {
    text: 'Ministerpräsident Reiner Haas empfing den Botschafter der Republik Usbekistan, S. E. Bakhtiyor Rakhimov, in Magdeburg.',
    facts: ['Reiner Haas MET_WITH Bakhtiyor Rakhimov', 'Bakhtiyor Rakhimov REPRESENTS Uzbekistan'],
  },
  {
    text: 'Der Gouverneur der Region Navoi, Bekzod Nurov, traf sich mit Ministerpräsident Hendrik Brandt.',
    facts: ['Bekzod Nurov GOVERNS Navoi Region', 'Bekzod Nurov MET_WITH Hendrik Brandt'],
    absent: ['Hendrik Brandt GOVERNS Navoi Region'],
  },
  {
    // A welcome to an inaugural visit: the guest visited the place, the host met the guest and visited nothing.
    text: 'Ministerpräsident Jan Roth hat am 5. Mai den Botschafter der Republik Kasachstan, S. E. Timur Abenov, zum Antrittsbesuch in der Staatskanzlei begrüßt.',
    facts: ['Jan Roth MET_WITH Timur Abenov', 'Timur Abenov VISITED Staatskanzlei'],
    absent: ['Jan Roth VISITED Staatskanzlei'],
  },
  {
    text: 'Ministerpräsidentin Ute Lang empfing den Botschafter Kirgisistans Aibek Osmonov zu einem Antrittsbesuch in der Staatskanzlei.',
    facts: ['Ute Lang MET_WITH Aibek Osmonov', 'Aibek Osmonov VISITED Staatskanzlei'],
    absent: ['Ute Lang VISITED Staatskanzlei'],
  },
  {
    text: 'Der Botschafter Kasachstans Timur Abenov kam am 4. April mit dem Oberbürgermeister der Stadt Gera, Paul Kranz, zusammen.',
    facts: ['Timur Abenov MET_WITH Paul Kranz'],
  },
  {
    // A meeting at a named firm: the guest visited the firm and the town it lies in.
    text: 'Wirtschaftsminister Sven Kohl traf sich bei der Firma Weber GmbH in Chemnitz mit dem usbekischen Botschafter Otabek Akbarov.',
    facts: [
      'Sven Kohl MET_WITH Otabek Akbarov',
      'Otabek Akbarov VISITED Weber GmbH',
      'Otabek Akbarov VISITED Chemnitz',
    ],
    absent: ['Sven Kohl VISITED Weber GmbH'],
  },
  {
    // A welcome to a forum's audience is no meeting.
    text: 'Landrat Peter Kraus begrüßte die Teilnehmer des Forums, darunter den Botschafter Otabek Akbarov.',
    facts: [],
    absent: ['MET_WITH', 'VISITED'],
  },
  {
    text: 'Ministerpräsident Jan Roth dankte dem Botschafter Otabek Akbarov für die Einladung nach Taschkent.',
    facts: [],
    absent: ['VISITED', 'MET_WITH'],
  },
  {
    text: 'Der Botschafter Otabek Akbarov brachte sein Interesse an einem Besuch in Thüringen zum Ausdruck.',
    facts: [],
    absent: ['VISITED'],
  },
  {
    // Two people who sign one document together met.
    text: 'Das Memorandum wurde seitens Belarus vom Vorsitzenden des Gebietsexekutivkomitees von Brest, Oleg Sidorow, und seitens des Gebiets Omsk vom Gouverneur Iwan Petrow unterzeichnet.',
    facts: ['Oleg Sidorow MET_WITH Iwan Petrow'],
  },
  {
    text: 'Ein Abkommen über den Bau einer Schule soll vom Hokim Anvar Salimov und vom Gouverneur Iwan Petrow unterzeichnet werden.',
    facts: [],
    absent: ['MET_WITH'],
  },
];

export const russianVisits: PhrasingCase[] = [
  {
    text: 'Пусан является крупнейшим портом страны. Посол Казахстана Арман Токбаев в рамках рабочего визита в этот город осмотрел порт.',
    facts: ['Arman Tokbaev VISITED Busan'],
  },
  {
    text: 'Переговоры прошли в рамках визита делегации Казахстана в Оренбургскую область во главе с г-ном Ахметовым.',
    facts: ['Akhmetov VISITED Orenburg Region'],
    absent: ['Akhmetov VISITED Kazakhstan'],
  },
  {
    text: 'Посол Казахстана в Узбекистане Ерлан Кубашев посетил Наманганскую область.',
    facts: ['Erlan Kubashev VISITED Namangan Region'],
  },
  {
    text: 'Делегация Ташкентской области находится с рабочим визитом в Согдийской области.',
    facts: ['Tashkent Region VISITED Sughd Region'],
  },
  {
    text: 'Посол Казахстана Ерлан Кубашев прибыл с визитом в Самарканд.',
    facts: ['Erlan Kubashev VISITED Samarkand'],
  },
  {
    text: 'Губернатор Курганской области Вадим Шумков совершил поездку в Костанайскую область.',
    facts: ['Vadim Shumkov VISITED Kostanay Region'],
  },
  {
    text: 'Посол Казахстана Ерлан Кубашев побывал в Бухаре.',
    facts: ['Erlan Kubashev VISITED Bukhara'],
  },
  {
    text:
      'Посол Казахстана Ерлан Кубашев посетил Наманганскую область. ' +
      'В ходе визита посол встретился с хокимом области Шавкатом Абдуразаковым.',
    facts: ['Erlan Kubashev VISITED Namangan Region', 'Erlan Kubashev MET_WITH Shavkat Abdurazakov'],
  },
  {
    text: 'Посол Казахстана Ерлан Кубашев был принят хокимом Ферганской области Хайрулло Бозаровым.',
    facts: ['Khayrullo Bozarov MET_WITH Erlan Kubashev'],
  },
  {
    text: 'Наманганскую область посетила делегация Свердловской области.',
    facts: ['Sverdlovsk Region VISITED Namangan Region'],
  },
  {
    text: 'В мае состоится визит делегации Оренбургской области в Западно-Казахстанскую область.',
    facts: ['Orenburg Region VISITED West Kazakhstan Region planned'],
  },
  {
    text: 'Губернатор Курганской области Вадим Шумков находился с официальным визитом в Казахстане.',
    facts: ['Vadim Shumkov VISITED Kazakhstan'],
  },
  {
    text: 'Губернатор Курганской области Вадим Шумков посетит Костанайскую область в мае.',
    facts: ['Vadim Shumkov VISITED Kostanay Region planned'],
  },
  {
    text: 'Губернатор Курганской области Вадим Шумков приехал в Петропавловск.',
    facts: ['Vadim Shumkov VISITED Petropavl'],
  },
  {
    text: 'Посол Казахстана Ерлан Кубашев прилетел в Ташкент.',
    facts: ['Erlan Kubashev VISITED Tashkent'],
  },
  {
    text: 'Хоким Ферганской области Хайрулло Бозаров пригласил посла Казахстана Ерлана Кубашева посетить Фергану.',
    facts: [],
    absent: ['VISITED'],
  },
  {
    text: 'Посол Казахстана Ерлан Кубашев выразил желание посетить Андижанскую область.',
    facts: [],
    absent: ['VISITED'],
  },
  {
    text: 'Губернатор Курганской области Вадим Шумков планирует посетить Костанайскую область.',
    facts: ['Vadim Shumkov VISITED Kostanay Region planned'],
  },
  {
    text: 'Делегация Свердловской области во главе с губернатором Денисом Паслером посетила Наманганскую область.',
    facts: ['Sverdlovsk Region VISITED Namangan Region', 'Denis Pasler VISITED Namangan Region'],
  },
  {
    text: 'Посол Казахстана Ерлан Кубашев ознакомился с работой АО «Узметкомбинат».',
    facts: ['Erlan Kubashev VISITED Uzmetkombinat'],
  },
  {
    text: 'Губернатор Курганской области Вадим Шумков съездил в Костанай.',
    facts: ['Vadim Shumkov VISITED Kostanay'],
  },
  {
    text: 'В Самарканде побывал посол Казахстана Ерлан Кубашев.',
    facts: ['Erlan Kubashev VISITED Samarkand'],
  },
  {
    text: 'Губернатор Курганской области Вадим Шумков поблагодарил хокима Хайрулло Бозарова за теплый прием.',
    facts: [],
    absent: ['VISITED', 'Vadim Shumkov MET_WITH Khayrullo Bozarov'],
  },
  {
    text: 'Посол Казахстана Ерлан Кубашев находился в Наманганской области с рабочей поездкой.',
    facts: ['Erlan Kubashev VISITED Namangan Region'],
  },
  {
    text: 'Стороны обсудили возможность визита делегации Костанайской области в Курганскую область.',
    facts: [],
    absent: ['VISITED'],
  },
  {
    text: 'Делегацию Костанайской области принял губернатор Курганской области Вадим Шумков.',
    facts: [],
    absent: ['Vadim Shumkov VISITED Kostanay Region'],
  },
  {
    text: 'Посол Казахстана Ерлан Кубашев отправился в Хорезмскую область.',
    facts: ['Erlan Kubashev VISITED Khorezm Region'],
  },
  {
    text: 'Посол Казахстана Ерлан Кубашев был принят в Бухаре хокимом Бухарской области Ботиром Зарипововым.',
    facts: ['Erlan Kubashev VISITED Bukhara'],
  },
  {
    text: 'Губернатор Курганской области Вадим Шумков попросил посла Казахстана Ерлана Кубашева посетить Курган.',
    facts: [],
    absent: ['VISITED'],
  },
  {
    text: 'С рабочим визитом в Наманганской области находится посол Казахстана Ерлан Кубашев.',
    facts: ['Erlan Kubashev VISITED Namangan Region'],
  },
  {
    text: 'Делегация Свердловской области прибыла в Наманган. Гости посетили Наманганский текстильный кластер.',
    facts: ['Sverdlovsk Region VISITED Namangan'],
  },
  {
    text: 'Посол Казахстана Ерлан Кубашев 12 мая побывал в Самарканде и встретился с хокимом Самаркандской области Эркинжоном Турдимовым.',
    facts: ['Erlan Kubashev VISITED Samarkand', 'Erlan Kubashev MET_WITH Erkinzhon Turdimov'],
  },
  // Round 5: embassy delegations, diplomatic ranks, executive committees, civic bodies (each failed before).
  {
    text: 'Делегация посольства Узбекистана посетила Томскую область.',
    facts: ['Embassy of Uzbekistan VISITED Tomsk Region'],
  },
  {
    text: 'Посол Казахстана Даурен Абаев прибудет в Самарскую область в июне.',
    facts: ['Dauren Abaev VISITED Samara Region planned'],
  },
  {
    text: 'Советник-посланник посольства Казахстана в России Ерлан Сапаров посетил Омск.',
    facts: [
      'Erlan Saparov VISITED Omsk',
      'Erlan Saparov HOLDS_POSITION Embassy of Kazakhstan',
      'Erlan Saparov REPRESENTS Kazakhstan',
    ],
  },
  {
    text: 'Глава Оренбургской области Денис Паслер провел встречу с генеральным консулом Казахстана в Оренбурге Ерболом Сарсенбаевым.',
    facts: ['Denis Pasler GOVERNS Orenburg Region', 'Denis Pasler MET_WITH Erbol Sarsenbaev'],
  },
  {
    text: 'Посол Казахстана Ербол Сарсенбаев встретился с главой Оренбургской области Денисом Паслером.',
    facts: ['Denis Pasler GOVERNS Orenburg Region', 'Erbol Sarsenbaev MET_WITH Denis Pasler'],
  },
  {
    text: 'Первый заместитель председателя Витебского облисполкома Олег Громов встретился с хокимом Ферганской области Хайрулло Бозаровым.',
    facts: [
      'Oleg Gromov HOLDS_POSITION Vitebsk Regional Executive Committee',
      'Oleg Gromov MET_WITH Khayrullo Bozarov',
    ],
  },
  {
    text: 'Заместитель председателя Гомельского областного исполнительного комитета Игорь Бурлаков посетил Павлодарскую область.',
    facts: ['Igor Burlakov HOLDS_POSITION Gomel Regional Executive Committee', 'Igor Burlakov VISITED Pavlodar Region'],
  },
  {
    text: 'Делегация Гомельского райисполкома посетила Хорезмскую область.',
    facts: ['Gomel District Executive Committee VISITED Khorezm Region'],
  },
  {
    text: 'Посол Узбекистана Ботир Рахимов посетил «Дом дружбы» в Оренбурге.',
    facts: ['Botir Rakhimov VISITED Dom druzhby', 'Botir Rakhimov VISITED Orenburg'],
  },
  {
    text: 'Посол Узбекистана Ботир Рахимов встретился с представителями общества «Дустлик».',
    facts: ['Botir Rakhimov MET_WITH Dustlik'],
  },
  {
    text: 'Губернатор Омской области Иван Смирнов поблагодарил посла Казахстана Даурена Абаева за поддержку.',
    facts: ['Ivan Smirnov GOVERNS Omsk Region'],
    absent: ['MET_WITH', 'VISITED'],
  },
  {
    text: 'Генеральный консул Казахстана Асет Жумабаев хотел бы в будущем поговорить о торговле с губернатором.',
    facts: ['Aset Zhumabaev REPRESENTS Kazakhstan'],
    absent: ['MET_WITH', 'VISITED'],
  },
  {
    text: 'Хоким Бухарской области Ботир Зарипов пригласил посла Латвии Яниса Берзиньша посетить регион.',
    facts: [],
    absent: ['VISITED'],
  },
  {
    text: 'Посол Таджикистана в России Давлат Рахимзода прибыл в Тверскую область с рабочим визитом. В состав делегации также вошли генеральный консул Таджикистана в Казани Бахтиёр Назаров и советник посольства Азиз Каримов.',
    facts: [
      'Davlat Rakhimzoda VISITED Tver Region',
      'Bakhtiyor Nazarov VISITED Tver Region',
      'Aziz Karimov VISITED Tver Region',
    ],
  },
  {
    text: 'Посол Таджикистана Давлат Рахимзода прибыл в Тверскую область. В состав делегации вошли генеральный консул Таджикистана в Казани Бахтиёр Назаров. Делегация Таджикистана ознакомится с работой предприятий региона, в том числе с особой экономической зоной «Алабуга».',
    facts: [
      'Davlat Rakhimzoda VISITED Alabuga Special Economic Zone planned',
      'Bakhtiyor Nazarov VISITED Alabuga Special Economic Zone planned',
    ],
    absent: ['Tajikistan VISITED'],
  },
  {
    text: 'Посол Таджикистана Давлат Рахимзода выразил желание ознакомиться с работой особой экономической зоны «Алабуга».',
    facts: [],
    absent: ['VISITED'],
  },
  {
    text: 'Губернатор Омской области Иван Смирнов принял делегацию посольства Республики Казахстан. Советник-посланник посольства Казахстана в России Ерлан Сапаров отметил рост торговли.',
    facts: ['Ivan Smirnov MET_WITH Erlan Saparov', 'Erlan Saparov HOLDS_POSITION Embassy of Kazakhstan'],
    absent: ['Ivan Smirnov MET_WITH Embassy of Kazakhstan'],
  },
  {
    text: 'В Томске побывала делегация иностранного посольства. Губернатор Томской области Иван Смирнов принял делегацию посольства Республики Казахстан. Советник-посланник посольства Казахстана Ерлан Сапаров отметил рост торговли.',
    facts: [
      'Embassy of Kazakhstan VISITED Tomsk',
      'Erlan Saparov VISITED Tomsk',
      'Ivan Smirnov MET_WITH Erlan Saparov',
    ],
  },
  {
    // A delegation named only three sentences after the unnamed one's visit is not taken to be it.
    text: 'Делегация посетила Томск. Губернатор Томской области Иван Смирнов обсудил итоги года. Аким Павлодарской области Асаин Байханов рассказал о планах. Губернатор принял делегацию посольства Республики Казахстан.',
    facts: [],
    absent: ['Embassy of Kazakhstan VISITED Tomsk', 'Embassy of Kazakhstan VISITED Tomsk Region'],
  },
  {
    text: 'Губернатор Пензенской области Олег Мельников принял делегацию Самаркандской области. С руководителем делегации – заместителем хокима Фарходом Рахимовым обсудили планы.',
    facts: ['Farkhod Rakhimov HOLDS_POSITION Samarkand Region', 'Oleg Melnikov MET_WITH Farkhod Rakhimov'],
  },
  {
    // A person the text does not place in the delegation holds no post in its region.
    text: 'Делегация Самаркандской области прибыла в Пензу. Заместитель министра Фарход Рахимов рассказал о планах.',
    facts: ['Samarkand Region VISITED Penza'],
    absent: ['Farkhod Rakhimov HOLDS_POSITION Samarkand Region'],
  },
  {
    text: 'Делегация Гомельской области прибыла в Павлодар. Аким Павлодарской области Асаин Байханов встретился с гостями. Об этом говорит участие в делегации заместителя председателя Гомельского облисполкома Игоря Бурлакова.',
    facts: [
      'Igor Burlakov HOLDS_POSITION Gomel Regional Executive Committee',
      'Asain Baykhanov MET_WITH Igor Burlakov',
    ],
  },
];
