/** Starts a bench server script (./ours or ./peer) as a child process and waits for its "READY <url>". */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export interface ChildServer {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

export function spawnServer(
  script: 'ours' | 'peer',
  env: Record<string, string>,
  nodeArgs: string[] = [],
): Promise<ChildServer> {
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, join(__dirname, `${script}.js`)], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`${script} server did not start within 120 s`)), 120_000);
    child.once('exit', (code) => reject(new Error(`${script} server exited with ${code}: ${output}`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /READY (\S+)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve({
        url: match[1]!,
        pid: child.pid!,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
            setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
          }),
      });
    });
  });
}
