/**
 * Central Asian (and a few partner) regions and cities with their spelling
 * variants. `name` is the canonical English form; `variants` are other Latin,
 * German and Cyrillic spellings of the bare name; `ruAdjective` is the stem of
 * the Russian adjective ("Ферганская область" → "Ферганск"). `region` and
 * `city` say which kinds of place carry the name.
 */
export interface PlaceEntry {
  name: string;
  variants: readonly string[];
  ruAdjective?: string;
  region?: boolean;
  city?: boolean;
  /** A federal state, named bare ("Bavaria", not "Bavaria Region"). */
  state?: boolean;
}

export const places: readonly PlaceEntry[] = [
  // Uzbekistan
  {
    name: 'Tashkent',
    variants: ['Toshkent', 'Taschkent', 'Ташкент'],
    ruAdjective: 'Ташкентск',
    region: true,
    city: true,
  },
  {
    name: 'Fergana',
    variants: ['Ferghana', 'Farghona', "Farg'ona", 'Fargona', 'Фергана', 'Фарғона'],
    ruAdjective: 'Ферганск',
    region: true,
    city: true,
  },
  { name: 'Namangan', variants: ['Наманган'], ruAdjective: 'Наманганск', region: true, city: true },
  {
    name: 'Andijan',
    variants: ['Andijon', 'Andischan', 'Андижан'],
    ruAdjective: 'Андижанск',
    region: true,
    city: true,
  },
  { name: 'Samarkand', variants: ['Samarqand', 'Самарканд'], ruAdjective: 'Самаркандск', region: true, city: true },
  { name: 'Bukhara', variants: ['Buxoro', 'Buchara', 'Бухара'], ruAdjective: 'Бухарск', region: true, city: true },
  { name: 'Khorezm', variants: ['Xorazm', 'Choresm', 'Хорезм'], ruAdjective: 'Хорезмск', region: true },
  {
    name: 'Kashkadarya',
    variants: ['Qashqadaryo', 'Kaschkadarja', 'Кашкадарья'],
    ruAdjective: 'Кашкадарьинск',
    region: true,
  },
  { name: 'Surkhandarya', variants: ['Surxondaryo', 'Сурхандарья'], ruAdjective: 'Сурхандарьинск', region: true },
  { name: 'Jizzakh', variants: ['Jizzax', 'Dschisak', 'Джизак'], ruAdjective: 'Джизакск', region: true, city: true },
  { name: 'Syrdarya', variants: ['Sirdaryo', 'Сырдарья'], ruAdjective: 'Сырдарьинск', region: true },
  { name: 'Navoi', variants: ['Navoiy', 'Навои'], ruAdjective: 'Навоийск', region: true, city: true },
  { name: 'Karakalpakstan', variants: ['Qoraqalpogʻiston', 'Каракалпакстан'], region: true },
  { name: 'Kokand', variants: ['Qoʻqon', "Qo'qon", 'Kokan', 'Коканд'], city: true },
  { name: 'Margilan', variants: ['Marg‘ilon', "Marg'ilon", 'Margilon', 'Маргилан'], city: true },
  { name: 'Rishtan', variants: ['Rishton', 'Риштан'], city: true },
  { name: 'Urgut', variants: ['Ургут'], city: true },
  { name: 'Kuva', variants: ['Quva', 'Кува'], ruAdjective: 'Кувинск', city: true },
  { name: 'Nukus', variants: ['Нукус'], city: true },
  { name: 'Termez', variants: ['Termiz', 'Термез'], city: true },
  // Kazakhstan
  { name: 'Almaty', variants: ['Alma-Ata', 'Алматы', 'Алма-Ата'], ruAdjective: 'Алматинск', region: true, city: true },
  { name: 'Astana', variants: ['Астана'], city: true },
  { name: 'Shymkent', variants: ['Schymkent', 'Chimkent', 'Шымкент'], city: true },
  {
    name: 'Turkistan',
    variants: ['Turkestan', 'Türkistan', 'Туркестан'],
    ruAdjective: 'Туркестанск',
    region: true,
    city: true,
  },
  { name: 'Konaev', variants: ['Qonaev', 'Kunaev', 'Конаев', 'Қонаев'], city: true },
  { name: 'Karaganda', variants: ['Qaragandy', 'Караганда'], ruAdjective: 'Карагандинск', region: true, city: true },
  { name: 'Aktobe', variants: ['Aqtobe', 'Актобе'], ruAdjective: 'Актюбинск', region: true, city: true },
  { name: 'Zhambyl', variants: ['Jambyl', 'Жамбыл'], ruAdjective: 'Жамбылск', region: true },
  { name: 'Mangystau', variants: ['Mangistau', 'Мангистау'], ruAdjective: 'Мангистауск', region: true },
  { name: 'Kaskelen', variants: ['Qaskelen', 'Каскелен'], city: true },
  // Kyrgyzstan
  { name: 'Bishkek', variants: ['Bischkek', 'Бишкек'], city: true },
  { name: 'Osh', variants: ['Ош'], ruAdjective: 'Ошск', region: true, city: true },
  { name: 'Chui', variants: ['Chuy', 'Tschui', 'Чуй'], ruAdjective: 'Чуйск', region: true },
  { name: 'Issyk-Kul', variants: ['Issyk Kul', 'Yssyk-Köl', 'Иссык-Куль'], ruAdjective: 'Иссык-Кульск', region: true },
  {
    name: 'Jalal-Abad',
    variants: ['Djalal-Abad', 'Джалал-Абад'],
    ruAdjective: 'Джалал-Абадск',
    region: true,
    city: true,
  },
  // Tajikistan
  { name: 'Dushanbe', variants: ['Duschanbe', 'Душанбе'], city: true },
  { name: 'Sughd', variants: ['Sogd', 'Soghd', 'Sugd', 'Согд', 'Сугд'], ruAdjective: 'Согдийск', region: true },
  { name: 'Khatlon', variants: ['Chatlon', 'Хатлон'], ruAdjective: 'Хатлонск', region: true },
  { name: 'Khujand', variants: ['Khodjent', 'Chudschand', 'Худжанд'], city: true },
  { name: 'Istaravshan', variants: ['Истаравшан'], city: true },
  // Turkmenistan
  { name: 'Ashgabat', variants: ['Aschgabat', 'Ashkhabad', 'Ашхабад'], city: true },
  { name: 'Balkan', variants: ['Балкан'], ruAdjective: 'Балканск', region: true },
  { name: 'Ahal', variants: ['Akhal', 'Ахал'], ruAdjective: 'Ахалск', region: true },
  { name: 'Lebap', variants: ['Лебап'], ruAdjective: 'Лебапск', region: true },
  { name: 'Mary', variants: ['Мары'], ruAdjective: 'Марыйск', region: true, city: true },
  { name: 'Turkmenbashi', variants: ['Türkmenbaşy', 'Туркменбаши'], city: true },
  // Russia, China, Turkey, Germany and other partners often named in this news
  { name: 'Moscow', variants: ['Moskau', 'Москва'], ruAdjective: 'Московск', region: true, city: true },
  { name: 'Orenburg', variants: ['Оренбург'], ruAdjective: 'Оренбургск', region: true, city: true },
  { name: 'Novosibirsk', variants: ['Новосибирск'], ruAdjective: 'Новосибирск', region: true, city: true },
  { name: 'Urumqi', variants: ['Ürümqi', 'Urumchi', 'Урумчи'], city: true },
  { name: 'Beijing', variants: ['Peking', 'Пекин'], city: true },
  { name: 'Istanbul', variants: ['Стамбул'], city: true },
  { name: 'Ankara', variants: ['Анкара'], city: true },
  { name: 'Kayseri', variants: ['Кайсери'], region: true, city: true },
  { name: 'Berlin', variants: ['Берлин'], city: true },
  { name: 'Munich', variants: ['München', 'Мюнхен'], city: true },
  { name: 'Hanover', variants: ['Hannover', 'Ганновер'], city: true },
  { name: 'Chemnitz', variants: ['Хемниц'], city: true },
  { name: 'Regensburg', variants: ['Регенсбург'], city: true },
  { name: 'Osnabrück', variants: ['Osnabrueck', 'Оснабрюк'], city: true },
  { name: 'Bavaria', variants: ['Bayern', 'Бавария'], region: true, state: true },
  { name: 'Saxony', variants: ['Sachsen', 'Саксония'], region: true, state: true },
  { name: 'Baden-Württemberg', variants: ['Баден-Вюртемберг'], region: true, state: true },
  { name: 'Hesse', variants: ['Hessen', 'Гессен'], region: true, state: true },
  { name: 'Thuringia', variants: ['Thüringen', 'Тюрингия'], region: true, state: true },
  {
    name: 'North Rhine-Westphalia',
    variants: ['Nordrhein-Westfalen', 'Северный Рейн-Вестфалия'],
    region: true,
    state: true,
  },
  { name: 'Lower Saxony', variants: ['Niedersachsen', 'Нижняя Саксония'], region: true, state: true },
  { name: 'New Delhi', variants: ['Neu-Delhi', 'Нью-Дели'], city: true },
  { name: 'Seoul', variants: ['Сеул'], city: true },
];
