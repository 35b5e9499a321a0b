/**
 * The regression floor: extraction on ../shared/corpus (seeds) and
 * ../shared/corpus/dev must not fall below eval/floor.json. Raise the floor with
 * `npm run floor -- --write`. Fails, naming the folder, without ../shared.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { belowFloor, figures, floorFile, floorFrom, measure, raise, type Floor } from '../../../src/eval/floor';
import { projectRoot } from '../../../src/paths';

const floor = JSON.parse(readFileSync(join(projectRoot, floorFile), 'utf8')) as Floor;

describe('regression floor', () => {
  const measured = measure();

  it('covers every measured figure', () => {
    expect(figures(floor).map(([path]) => path)).toEqual(figures(measured).map(([path]) => path));
  });

  it('is met by every figure on the seeds and the development corpus', () => {
    expect(belowFloor(measured, floor)).toEqual([]);
  });
});

describe('floor arithmetic', () => {
  const at = (x: number): Floor => ({
    seeds: { entityF1: x, relationF1: x },
    dev: { entityF1: x, relationF1: x },
    devPerLanguageRelationF1: { en: x, de: x, ru: x },
  });

  it('sets the floor 0.03 below, rounded down to 2 decimals, never below 0', () => {
    expect(floorFrom(at(0.98)).seeds.entityF1).toBe(0.95);
    expect(floorFrom(at(0.3407)).dev.relationF1).toBe(0.31);
    expect(floorFrom(at(0.01)).devPerLanguageRelationF1.de).toBe(0);
  });

  it('names each figure below its floor', () => {
    const measuredNow = { ...at(0.5), dev: { entityF1: 0.5, relationF1: 0.2 } };
    expect(belowFloor(measuredNow, at(0.3))).toEqual(['dev.relationF1: measured 0.200, floor 0.3']);
  });

  it('raises a floor figure by figure and never lowers one', () => {
    const raised = raise({ ...at(0.5), seeds: { entityF1: 0.9, relationF1: 0.1 } }, at(0.4));
    expect(raised.seeds).toEqual({ entityF1: 0.9, relationF1: 0.4 });
    expect(raised.dev).toEqual({ entityF1: 0.5, relationF1: 0.5 });
  });
});
