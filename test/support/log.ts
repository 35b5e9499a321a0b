/** A logger that keeps its lines in memory, so a test can assert what the server logged (or did not). */
import { pino } from 'pino';
import type { Logger } from '../../src/log';

export interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

export function recordingLog(): { log: Logger; lines: LogLine[]; errors: () => LogLine[] } {
  const lines: LogLine[] = [];
  const log = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line) as LogLine) });
  // pino's error level is 50; fatal 60.
  return { log, lines, errors: () => lines.filter((line) => line.level >= 50) };
}
