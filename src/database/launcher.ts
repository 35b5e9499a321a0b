/**
 * The Node side of neo4j-local/: builds the launcher once (cached by a hash of
 * its sources), starts Neo4j Community embedded on 127.0.0.1, waits for Bolt,
 * and stops it when asked, when this process exits, or (through stdin) when
 * this process dies without a chance to clean up.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { launcherDir } from '../paths';

export class LauncherError extends Error {
  override name = 'LauncherError';
}

export interface LocalNeo4jOptions {
  port: number;
  dataDir: string;
  heap?: string;
  pagecache?: string;
  /** Called with progress lines (build, start). */
  onProgress?: (message: string) => void;
  startupTimeoutMs?: number;
}

export interface LocalNeo4j {
  uri: string;
  pid: number;
  dataDir: string;
  /** Milliseconds from spawn to the ready line. */
  startMs: number;
  /** Settles when the Java process exits, for whatever reason (stop(), a crash, kill -9). */
  exited: Promise<LocalNeo4jExit>;
  stop(): Promise<void>;
}

export interface LocalNeo4jExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

const mainClass = 'dev.silkgraph.neo4jlocal.Neo4jLocal';
const stampFile = join(launcherDir, 'target', 'silkgraph-build.json');
const jvmFlags = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '-Dfile.encoding=UTF-8',
];

function javaBinary(): string {
  return process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
}

/** Throws a LauncherError unless a Java 17+ runtime can be run. */
export function checkJava(): number {
  const result = spawnSync(javaBinary(), ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new LauncherError(
      'No Java runtime found. The local Neo4j needs a JDK 17 or newer on PATH (or JAVA_HOME); ' +
        'alternatively set NEO4J_URI to an existing Neo4j.',
    );
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(result.stderr);
  const major = match ? Number(match[1] === '1' ? match[2] : match[1]) : 0;
  if (major < 17) {
    throw new LauncherError(`Java ${major} found; the local Neo4j needs Java 17 or newer.`);
  }
  return major;
}

/** A hash of everything the build reads: the pom and the Java sources. */
export function launcherSourceHash(): string {
  const hash = createHash('sha256');
  const files = [join(launcherDir, 'pom.xml'), ...listFiles(join(launcherDir, 'src'))].sort();
  for (const file of files) {
    hash.update(relative(launcherDir, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(path) : [path];
  });
}

function isBuildCurrent(hash: string): boolean {
  if (!existsSync(stampFile) || !existsSync(join(launcherDir, 'target', 'lib'))) return false;
  try {
    return JSON.parse(readFileSync(stampFile, 'utf8')).sourceHash === hash;
  } catch {
    return false;
  }
}

function checkMaven(): void {
  const probe = spawnSync('mvn', ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new LauncherError(
      'Maven is needed once, to build the local Neo4j launcher (neo4j-local/), and was not found on PATH. ' +
        'Install Maven 3.8+ (Debian/Ubuntu: apt-get install maven; macOS: brew install maven), ' +
        'or set NEO4J_URI to an existing Neo4j.',
    );
  }
}

/** Builds neo4j-local/ unless the cached build matches its sources. Returns whether it built. */
export function ensureLauncherBuilt(onProgress: (message: string) => void = () => {}): boolean {
  const hash = launcherSourceHash();
  if (isBuildCurrent(hash)) return false;
  checkJava();
  checkMaven();
  onProgress('Building neo4j-local with Maven (the first build downloads Neo4j from Maven Central, about a minute)');
  const started = Date.now();
  rmSync(join(launcherDir, 'target'), { recursive: true, force: true });
  const result = spawnSync('mvn', ['-q', '-B', 'package'], { cwd: launcherDir, encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
    throw new LauncherError(
      `Building neo4j-local failed (mvn -q -B package in ${launcherDir}): ${result.error?.message ?? output}`,
    );
  }
  writeFileSync(
    stampFile,
    JSON.stringify({ sourceHash: hash, builtAt: new Date().toISOString(), buildMs: Date.now() - started }),
  );
  onProgress(`Built neo4j-local in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return true;
}

interface PidFile {
  pid: number;
  port: number;
}

/** Whether a process with this pid exists (EPERM: it does, owned by someone else). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readPidFile(path: string): PidFile | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as PidFile;
  } catch {
    return undefined;
  }
}

const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGTERM');
});

/** Starts Neo4j from neo4j-local/ and resolves once Bolt accepts connections. */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const progress = options.onProgress ?? (() => {});
  const dataDir = resolve(options.dataDir);
  const pidFile = join(dataDir, 'silkgraph-neo4j.pid');
  const holder = readPidFile(pidFile);
  if (holder && isAlive(holder.pid)) {
    throw new LauncherError(
      `The Neo4j data folder ${dataDir} is in use by another local Neo4j (pid ${holder.pid}, bolt://127.0.0.1:${holder.port}). ` +
        `Stop that process first, or share its database with NEO4J_URI=bolt://127.0.0.1:${holder.port}.`,
    );
  }
  checkJava();
  ensureLauncherBuilt(progress);
  mkdirSync(dataDir, { recursive: true });

  const classpath = [join(launcherDir, 'target', 'classes'), join(launcherDir, 'target', 'lib', '*')].join(':');
  const args = [
    `-Xmx${options.heap ?? '1g'}`,
    ...jvmFlags,
    '-cp',
    classpath,
    mainClass,
    '--port',
    String(options.port),
    '--data',
    dataDir,
    '--pagecache',
    options.pagecache ?? '256m',
    '--exit-on-stdin-close',
  ];
  const started = Date.now();
  progress(`Starting local Neo4j on bolt://127.0.0.1:${options.port} with data in ${dataDir}`);
  const child = spawn(javaBinary(), args, { stdio: ['pipe', 'pipe', 'pipe'] });
  running.add(child);
  const stderrTail: string[] = [];
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderrTail.push(...chunk.split('\n').filter(Boolean));
    stderrTail.splice(0, Math.max(0, stderrTail.length - 20));
  });
  const exited = new Promise<LocalNeo4jExit>((done) =>
    child.once('exit', (code, signal) => {
      running.delete(child);
      rmSync(pidFile, { force: true });
      done({ code, signal });
    }),
  );

  await new Promise<void>((ready, fail) => {
    const timeoutMs = options.startupTimeoutMs ?? 180_000;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new LauncherError(`Local Neo4j did not report ready within ${timeoutMs / 1000} s`));
    }, timeoutMs);
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      if (line.startsWith('neo4j-local ready')) {
        clearTimeout(timer);
        ready();
      } else if (line.startsWith('neo4j-local error')) {
        clearTimeout(timer);
        fail(new LauncherError(line.replace(/^neo4j-local error: /, 'Local Neo4j failed to start: ')));
      }
    });
    void exited.then(({ code }) => {
      clearTimeout(timer);
      fail(new LauncherError(`Local Neo4j exited (code ${code}) before it was ready: ${stderrTail.join(' | ')}`));
    });
  });
  writeFileSync(pidFile, JSON.stringify({ pid: child.pid ?? -1, port: options.port } satisfies PidFile));

  let stopping: Promise<void> | undefined;
  return {
    uri: `bolt://127.0.0.1:${options.port}`,
    pid: child.pid ?? -1,
    dataDir,
    startMs: Date.now() - started,
    exited,
    stop() {
      stopping ??= (async () => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        child.kill('SIGTERM');
        const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
        await exited;
        clearTimeout(killer);
      })();
      return stopping;
    },
  };
}

/** When and how fast the cached launcher was built, or undefined when it was not. */
export function launcherBuildInfo(): { builtAt: string; buildMs: number } | undefined {
  if (!existsSync(stampFile)) return undefined;
  return JSON.parse(readFileSync(stampFile, 'utf8'));
}
