/**
 * The regression floor (eval/floor.json): extraction F1 figures on the seed
 * articles and the development corpus that `npm test` requires. The floor is
 * set from measured figures minus a margin (0.03), rounded down to 2 decimals.
 */
import { byLanguage, micro } from './aggregate';
import { devCorpus, requireCorpus, seedCorpus } from './corpora';
import { evaluateFolder } from './run';

export interface F1s {
  entityF1: number;
  relationF1: number;
}

export interface Floor {
  seeds: F1s;
  dev: F1s;
  devPerLanguageRelationF1: { en: number; de: number; ru: number };
}

export const floorFile = 'eval/floor.json';
export const margin = 0.03;

const f1s = (results: Parameters<typeof micro>[0]): F1s => {
  const { entities, relations } = micro(results);
  return { entityF1: entities.f1, relationF1: relations.f1 };
};

/** The figures the floor constrains, measured now on ../shared/corpus and ../shared/corpus/dev. */
export function measure(): Floor {
  const seeds = evaluateFolder(requireCorpus(seedCorpus));
  const dev = evaluateFolder(requireCorpus(devCorpus));
  const languages = byLanguage(dev);
  const relationF1 = (language: string) => languages[language]?.relations.f1 ?? 0;
  return {
    seeds: f1s(seeds),
    dev: f1s(dev),
    devPerLanguageRelationF1: { en: relationF1('en'), de: relationF1('de'), ru: relationF1('ru') },
  };
}

/** Every figure, as [dotted path, value]. */
export function figures(floor: Floor): [string, number][] {
  return Object.entries(floor).flatMap(([group, values]) =>
    Object.entries(values as Record<string, number>).map(([name, value]): [string, number] => [
      `${group}.${name}`,
      value,
    ]),
  );
}

function mapFigures(floor: Floor, f: (value: number, path: string) => number): Floor {
  const group = <T extends object>(name: string, values: T): T =>
    Object.fromEntries(Object.entries(values).map(([key, value]) => [key, f(value as number, `${name}.${key}`)])) as T;
  return {
    seeds: group('seeds', floor.seeds),
    dev: group('dev', floor.dev),
    devPerLanguageRelationF1: group('devPerLanguageRelationF1', floor.devPerLanguageRelationF1),
  };
}

/** The floor these measured figures support: each minus the margin, rounded down to 2 decimals, not below 0. */
export function floorFrom(measured: Floor): Floor {
  return mapFigures(measured, (value) => Math.max(0, Math.floor((value - margin) * 100 + 1e-9) / 100));
}

/** A floor that is never lower than the current one, figure by figure. */
export function raise(current: Floor, proposed: Floor): Floor {
  const byPath = new Map(figures(current));
  return mapFigures(proposed, (value, path) => Math.max(value, byPath.get(path) ?? 0));
}

/** One line per figure measured below its floor; empty when none is. */
export function belowFloor(measured: Floor, floor: Floor): string[] {
  const value = new Map(figures(measured));
  return figures(floor).flatMap(([path, minimum]) => {
    const actual = value.get(path) ?? 0;
    return actual >= minimum ? [] : [`${path}: measured ${actual.toFixed(3)}, floor ${minimum}`];
  });
}
