/**
 * silkgraph itself, started as in production (src/cli/start.ts) against the
 * bench database (NEO4J_URI), in a process of its own so that its RSS is its
 * own. Prints "READY <url>" when it listens; stops on SIGTERM.
 */
import { configSchema } from '../../src/config';
import { start } from '../../src/cli/start';
import { createLogger } from '../../src/log';
import { benchApiKey } from './key';

async function main(): Promise<void> {
  const config = configSchema.parse({
    ...process.env,
    PORT: process.env.PORT ?? 0,
    LOAD_SAMPLE_CORPUS: 'false',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    NODE_ENV: 'production',
    API_KEYS: `bench:${benchApiKey}:editor`,
  });
  const app = await start(config, createLogger(config.LOG_LEVEL));
  process.stdout.write(`READY ${app.url}\n`);
  process.once('SIGTERM', () => void app.stop().then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  process.stderr.write(`bench server: ${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
