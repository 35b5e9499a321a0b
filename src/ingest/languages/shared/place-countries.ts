/**
 * The country (ISO 3166 alpha-2) of each place in places.ts, by its canonical
 * name: world knowledge used only to tell the sides of a meeting apart, never to
 * state containment (PART_OF is annotated only when the text says it).
 */
const byCountry: Readonly<Record<string, readonly string[]>> = {
  UZ: [
    'Tashkent',
    'Fergana',
    'Namangan',
    'Andijan',
    'Samarkand',
    'Bukhara',
    'Khorezm',
    'Kashkadarya',
    'Surkhandarya',
    'Jizzakh',
    'Syrdarya',
    'Navoi',
    'Karakalpakstan',
    'Kokand',
    'Margilan',
    'Rishtan',
    'Urgut',
    'Kuva',
    'Nukus',
    'Termez',
  ],
  KZ: [
    'Almaty',
    'Astana',
    'Shymkent',
    'Turkistan',
    'Konaev',
    'Karaganda',
    'Aktobe',
    'Zhambyl',
    'Mangystau',
    'Kaskelen',
  ],
  KG: ['Bishkek', 'Osh', 'Chui', 'Issyk-Kul', 'Jalal-Abad'],
  TJ: ['Dushanbe', 'Sughd', 'Khatlon', 'Khujand', 'Istaravshan'],
  TM: ['Ashgabat', 'Balkan', 'Ahal', 'Lebap', 'Mary', 'Turkmenbashi'],
  RU: ['Moscow', 'Orenburg', 'Novosibirsk'],
  CN: ['Urumqi', 'Beijing'],
  TR: ['Istanbul', 'Ankara', 'Kayseri'],
  DE: [
    'Berlin',
    'Munich',
    'Hanover',
    'Chemnitz',
    'Regensburg',
    'Osnabrück',
    'Bavaria',
    'Saxony',
    'Baden-Württemberg',
    'Hesse',
    'Thuringia',
    'North Rhine-Westphalia',
    'Lower Saxony',
  ],
  IN: ['New Delhi'],
  KR: ['Seoul'],
};

export const placeCountries: ReadonlyMap<string, string> = new Map(
  Object.entries(byCountry).flatMap(([code, names]) => names.map((name) => [name, code] as const)),
);
