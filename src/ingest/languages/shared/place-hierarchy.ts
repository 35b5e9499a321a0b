/**
 * Which gazetteer places lie inside a region or a country: reference data that
 * lets a filter by place ("investments in Namangan Region", "in Tajikistan")
 * find a plant whose stated facts stop at a city ("in Namangan", "in Khujand").
 * It never becomes a fact: PART_OF is stored only when a text states it.
 *
 * A city lies in the region of its own name when the gazetteer knows both
 * (Namangan in Namangan Region), except the cities below that are their own
 * units; other cities name their region here.
 */
import { foldKey } from '../../../model/fold';
import { countryCodeOf } from './countries';
import { placeCountries } from './place-countries';
import { places, type PlaceEntry } from './places';

/** Cities of republican (or federal) significance: not part of the region that shares their name. */
const separateCities = new Set(['Tashkent', 'Almaty', 'Osh', 'Moscow', 'Minsk']);

/** The region of each city not named like it (canonical gazetteer names). */
export const cityRegion: Readonly<Record<string, string>> = {
  // Uzbekistan
  Kokand: 'Fergana',
  Margilan: 'Fergana',
  Rishtan: 'Fergana',
  Kuva: 'Fergana',
  Urgut: 'Samarkand',
  Nukus: 'Karakalpakstan',
  Termez: 'Surkhandarya',
  Guliston: 'Syrdarya',
  Qarshi: 'Kashkadarya',
  Urgench: 'Khorezm',
  Chirchiq: 'Tashkent',
  // Kazakhstan
  Konaev: 'Almaty',
  Kaskelen: 'Almaty',
  Taldykorgan: 'Zhetysu',
  Uralsk: 'West Kazakhstan',
  Aktau: 'Mangystau',
  Taraz: 'Zhambyl',
  Petropavl: 'North Kazakhstan',
  Kokshetau: 'Akmola',
  Oskemen: 'East Kazakhstan',
  Semey: 'Abai',
  Zhezkazgan: 'Ulytau',
  // Kyrgyzstan
  Karakol: 'Issyk-Kul',
  // Tajikistan
  Khujand: 'Sughd',
  Istaravshan: 'Sughd',
  Bokhtar: 'Khatlon',
  Kulob: 'Khatlon',
  Khorog: 'Gorno-Badakhshan',
  // Turkmenistan
  Turkmenbashi: 'Balkan',
  Balkanabat: 'Balkan',
  Turkmenabat: 'Lebap',
  Arkadag: 'Ahal',
  // Germany
  Munich: 'Bavaria',
  Regensburg: 'Bavaria',
  Chemnitz: 'Saxony',
  Hanover: 'Lower Saxony',
  Osnabrück: 'Lower Saxony',
};

/** A place as the extractor names its entity: kind and folded key. */
export interface PlaceKey {
  kind: 'City' | 'Region';
  key: string;
}

const byName = new Map(places.map((place) => [place.name, place]));

function regionOf(city: PlaceEntry): PlaceEntry | undefined {
  const named = cityRegion[city.name];
  if (named) return byName.get(named);
  return city.region && !separateCities.has(city.name) ? city : undefined;
}

const cityKey = (place: PlaceEntry): PlaceKey => ({ kind: 'City', key: foldKey(place.name) });
const regionKey = (place: PlaceEntry): PlaceKey => ({
  kind: 'Region',
  key: foldKey(place.state ? place.name : `${place.name} Region`),
});

/**
 * The gazetteer places inside the place an entity names: a region's cities; a
 * country's regions and cities. Empty when the gazetteer does not know it.
 */
export function placesWithin(entity: { kind: string; name: string }): PlaceKey[] {
  if (entity.kind === 'Country') {
    const code = countryCodeOf(entity.name);
    if (!code) return [];
    return places.flatMap((place) =>
      placeCountries.get(place.name) === code
        ? [...(place.region ? [regionKey(place)] : []), ...(place.city ? [cityKey(place)] : [])]
        : [],
    );
  }
  if (entity.kind === 'Region') {
    const key = foldKey(entity.name);
    const region = places.find((place) => place.region && regionKey(place).key === key);
    if (!region) return [];
    return places.filter((place) => place.city && regionOf(place) === region).map(cityKey);
  }
  return [];
}
