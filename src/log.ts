import { pino, type Logger } from 'pino';

export type { Logger };

/** JSON lines on stdout; level from LOG_LEVEL. Values are never logged, only names and keys. */
export function createLogger(level: string, name = 'silkgraph'): Logger {
  return pino({ name, level, base: { service: name } });
}
