/** Small gold folders written into a temporary directory, from the project's own invented sentences. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../../support/temp-dir';

export interface GoldFile {
  language: 'en' | 'de' | 'ru';
  text: string;
  entities: { name: string; type: string; aliases?: string[] }[];
  relations: { from: string; type: string; to: string; properties?: Record<string, unknown>; evidence?: string }[];
}

export function writeGoldFolder(files: Record<string, GoldFile>): string {
  const dir = tempDir('gold');
  for (const [name, { text, ...gold }] of Object.entries(files)) {
    writeFileSync(join(dir, `${name}.txt`), text);
    writeFileSync(join(dir, `${name}.gold.json`), JSON.stringify(gold));
  }
  return dir;
}

/**
 * An English visit: the extractor finds the ambassador's REPRESENTS and
 * ACCREDITED_TO, the visit and the khokim. The gold deliberately gives the
 * ambassador's title as "Envoy" (a property mismatch), leaves Uzbekistan out
 * (a spurious entity; ACCREDITED_TO becomes spurious too) and names a city the
 * text never mentions (always missed).
 */
export function englishVisit(ambassador: string, region: string, khokim: string): GoldFile {
  const first = `The Ambassador of Kazakhstan to Uzbekistan, ${ambassador}, visited the ${region} region on 12 March 2024.`;
  const second = `The khokim of the ${region} region, ${khokim}, received the guest.`;
  return {
    language: 'en',
    text: `${first} ${second}\n`,
    entities: [
      { name: 'Kazakhstan', type: 'Country' },
      { name: ambassador, type: 'Person' },
      { name: `${region} Region`, type: 'Region', aliases: [`${region} region`] },
      { name: khokim, type: 'Person' },
      { name: 'Samarkand', type: 'City' },
    ],
    relations: [
      { from: ambassador, type: 'REPRESENTS', to: 'Kazakhstan', properties: { title: 'Envoy' }, evidence: first },
      {
        from: ambassador,
        type: 'VISITED',
        to: `${region} Region`,
        properties: { date: '2024-03-12' },
        evidence: first,
      },
      { from: khokim, type: 'GOVERNS', to: `${region} Region`, properties: { title: 'khokim' }, evidence: second },
    ],
  };
}

export const germanMeeting: GoldFile = {
  language: 'de',
  text: 'Der Botschafter Kasachstans in Deutschland, Marat Ospanov, traf am 3. Mai 2023 den Oberbürgermeister von Leipzig, Jens Albrecht.\n',
  entities: [
    { name: 'Kazakhstan', type: 'Country', aliases: ['Kasachstans'] },
    { name: 'Germany', type: 'Country', aliases: ['Deutschland'] },
    { name: 'Marat Ospanov', type: 'Person' },
    { name: 'Jens Albrecht', type: 'Person' },
    { name: 'Leipzig', type: 'City' },
  ],
  relations: [
    { from: 'Marat Ospanov', type: 'REPRESENTS', to: 'Kazakhstan', properties: { title: 'Botschafter' } },
    { from: 'Marat Ospanov', type: 'ACCREDITED_TO', to: 'Germany' },
    { from: 'Jens Albrecht', type: 'GOVERNS', to: 'Leipzig', properties: { title: 'Oberbürgermeister' } },
    { from: 'Marat Ospanov', type: 'MET_WITH', to: 'Jens Albrecht', properties: { date: '2023-05-03' } },
  ],
};
