/**
 * The API benchmark's figures (bench/measure.ts): each is the median of the
 * runs, every run is kept, errors add up and the RSS is the peak; and the
 * CPU time of a process is read from /proc.
 */
import { combine, processCpuMs, type Measurement } from '../../bench/measure';
import { numberListOption } from '../../bench/support';

function run(rps: number, p50: number, p95: number, extra: Partial<Measurement> = {}): Measurement {
  return {
    requests: rps * 5,
    seconds: 5,
    rps,
    p50,
    p95,
    p99: p95 * 2,
    errors: 0,
    rssMB: 100,
    machine: {
      loadBefore: 1,
      loadAfter: 2,
      machineBusyPercent: 50,
      serverMs: rps * 10,
      serverMsPerRequest: 2,
      neo4jMs: 300,
      loadGeneratorMs: 100,
      otherCores: 0.1,
    },
    ...extra,
  };
}

describe('the bench figures', () => {
  it('are the median of each figure over the runs, each run kept', () => {
    const runs = [
      run(100, 9, 30, { errors: 1, rssMB: 120 }),
      run(400, 3, 10),
      run(200, 5, 80, { errors: 2, firstError: '500 boom' }),
    ];
    const figure = combine(runs);
    expect(figure).toMatchObject({ rps: 200, p50: 5, p95: 30, p99: 60, errors: 3, rssMB: 120, firstError: '500 boom' });
    expect(figure.machine.serverMs).toBe(2000);
    expect(figure.runs).toEqual(runs);
  });

  it('have no server figures for the floor', () => {
    const floor = { rssMB: null, machine: { ...run(1, 1, 1).machine, serverMs: null, serverMsPerRequest: null } };
    const figure = combine([run(1, 1, 1, floor), run(2, 2, 2, floor)]);
    expect(figure.rssMB).toBeNull();
    expect(figure.machine.serverMsPerRequest).toBeNull();
  });

  it('read CPU time from /proc, and nothing for a process that is not there', () => {
    expect(processCpuMs(process.pid)).toEqual(expect.any(Number));
    expect(processCpuMs(undefined)).toBeNull();
    expect(processCpuMs(2 ** 22 + 1)).toBeNull();
  });

  it('take --concurrency as a list, and name a bad one', () => {
    expect(numberListOption(['--concurrency', '4,1'], 'concurrency', [4])).toEqual([4, 1]);
    expect(numberListOption([], 'concurrency', [4, 1])).toEqual([4, 1]);
    expect(() => numberListOption(['--concurrency', '4,x'], 'concurrency', [4])).toThrow(
      '--concurrency needs positive whole numbers separated by commas, got 4,x',
    );
  });
});
