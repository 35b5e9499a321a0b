import { EventEmitter } from 'node:events';
import { exitOnTerminationSignals, inOrder, type ShutdownStep } from '../../../src/cli/shutdown';
import { restartDelayMs } from '../../../src/database/supervisor';

function recordingLog() {
  const lines: { level: string; msg: string; fields: Record<string, unknown> }[] = [];
  const at =
    (level: string) =>
    (fieldsOrMsg: unknown, msg?: string): void => {
      if (typeof fieldsOrMsg === 'string') lines.push({ level, msg: fieldsOrMsg, fields: {} });
      else lines.push({ level, msg: msg ?? '', fields: fieldsOrMsg as Record<string, unknown> });
    };
  return { lines, log: { info: at('info'), warn: at('warn'), error: at('error') } as never };
}

const never = () => new Promise<void>(() => {});

describe('inOrder', () => {
  it('closes the steps one after the other and knows which are still open', async () => {
    const closed: string[] = [];
    let releaseDriver!: () => void;
    const steps: ShutdownStep[] = [
      { name: 'HTTP server', close: async () => void closed.push('HTTP server') },
      { name: 'Neo4j driver', close: () => new Promise<void>((resolve) => (releaseDriver = resolve)) },
      { name: 'local Neo4j', close: async () => void closed.push('local Neo4j') },
    ];
    const shutdown = inOrder(steps);
    const done = shutdown.run();
    await new Promise(setImmediate);
    expect(closed).toEqual(['HTTP server']);
    expect(shutdown.stillOpen()).toEqual(['Neo4j driver', 'local Neo4j']);
    releaseDriver();
    await done;
    expect(closed).toEqual(['HTTP server', 'local Neo4j']);
    expect(shutdown.stillOpen()).toEqual([]);
    expect(shutdown.run()).toBe(done);
  });

  it('still closes the later steps when one fails, then reports the failure', async () => {
    const closed: string[] = [];
    const shutdown = inOrder([
      { name: 'HTTP server', close: () => Promise.reject(new Error('drain failed')) },
      { name: 'local Neo4j', close: async () => void closed.push('local Neo4j') },
    ]);
    await expect(shutdown.run()).rejects.toThrow('drain failed');
    expect(closed).toEqual(['local Neo4j']);
    expect(shutdown.stillOpen()).toEqual(['HTTP server']);
  });
});

describe('exitOnTerminationSignals', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  function setUp(steps: ShutdownStep[], timeoutMs = 10_000) {
    const signals = new EventEmitter();
    const exit = jest.fn<void, [number]>();
    const { lines, log } = recordingLog();
    exitOnTerminationSignals({ shutdown: inOrder(steps), timeoutMs, log, exit, signals: signals as never });
    return { signals, exit, lines };
  }

  it('shuts down on SIGTERM, logs stopped and exits 0', async () => {
    const closed: string[] = [];
    const { signals, exit, lines } = setUp([{ name: 'HTTP server', close: async () => void closed.push('http') }]);
    signals.emit('SIGTERM', 'SIGTERM');
    await jest.advanceTimersByTimeAsync(0);
    expect(closed).toEqual(['http']);
    expect(lines.map((line) => line.msg)).toEqual(['shutting down', 'stopped']);
    expect(exit).toHaveBeenCalledWith(0);
  });

  it('past the time bound, logs what is still open and exits 1', async () => {
    const { signals, exit, lines } = setUp(
      [
        { name: 'HTTP server', close: async () => {} },
        { name: 'Neo4j driver', close: never },
        { name: 'local Neo4j', close: async () => {} },
      ],
      5_000,
    );
    signals.emit('SIGINT', 'SIGINT');
    await jest.advanceTimersByTimeAsync(4_999);
    expect(exit).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(1);
    expect(exit).toHaveBeenCalledWith(1);
    const timedOut = lines.find((line) => line.level === 'error')!;
    expect(timedOut.msg).toBe('shutdown did not finish within 5000 ms');
    expect(timedOut.fields.stillOpen).toEqual(['Neo4j driver', 'local Neo4j']);
    expect(lines.some((line) => line.msg === 'stopped')).toBe(false);
  });

  it('exits at once on a second signal while stopping', async () => {
    const { signals, exit, lines } = setUp([{ name: 'local Neo4j', close: never }]);
    signals.emit('SIGTERM', 'SIGTERM');
    await jest.advanceTimersByTimeAsync(100);
    expect(exit).not.toHaveBeenCalled();
    signals.emit('SIGINT', 'SIGINT');
    expect(exit).toHaveBeenCalledWith(130);
    expect(lines.at(-1)).toMatchObject({ level: 'warn', fields: { stillOpen: ['local Neo4j'] } });
  });

  it('exits 1 and says so when closing fails', async () => {
    const { signals, exit, lines } = setUp([{ name: 'Neo4j driver', close: () => Promise.reject(new Error('boom')) }]);
    signals.emit('SIGTERM', 'SIGTERM');
    await jest.advanceTimersByTimeAsync(0);
    expect(exit).toHaveBeenCalledWith(1);
    expect(lines.at(-1)).toMatchObject({ level: 'error', msg: 'shutdown failed' });
  });
});

describe('restartDelayMs', () => {
  it('doubles from one second and stops growing at thirty', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map((attempt) => restartDelayMs(attempt))).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000,
    ]);
  });
});
