/**
 * docker-compose.yml and the Dockerfile cannot run here (no Docker engine), so
 * this checks them against the repository: every file they copy exists, every
 * npm script they run exists, every setting they pass is a valid silkgraph
 * setting. .ci/run runs the Dockerfile's build commands (npm ci, npm run build).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { configSchema, loadConfig } from '../../src/config';
import { projectRoot } from '../../src/paths';

const read = (file: string) => readFileSync(join(projectRoot, file), 'utf8');
const packageJson = JSON.parse(read('package.json')) as { scripts: Record<string, string> };

interface ComposeService {
  image?: string;
  build?: string;
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
  volumes?: string[];
}

describe('docker-compose.yml', () => {
  const compose = parse(read('docker-compose.yml')) as {
    services: Record<string, ComposeService>;
    volumes: Record<string, unknown>;
  };
  const neo4j = compose.services.neo4j!;
  const silkgraph = compose.services.silkgraph!;

  it('runs Neo4j 5.26 community with a healthcheck and a named volume', () => {
    expect(neo4j.image).toMatch(/^neo4j:5\.26(\.\d+)?-community$/);
    expect(neo4j.healthcheck?.test.join(' ')).toMatch(/cypher-shell/);
    const [volume] = neo4j.volumes![0]!.split(':');
    expect(Object.keys(compose.volumes)).toContain(volume);
  });

  it('builds silkgraph from the Dockerfile and waits for a healthy Neo4j', () => {
    expect(silkgraph.build).toBe('.');
    expect(silkgraph.depends_on?.neo4j?.condition).toBe('service_healthy');
  });

  it('passes only settings silkgraph knows, and they validate', () => {
    const env = Object.fromEntries(
      Object.entries(silkgraph.environment!).map(([key, value]) => [
        key,
        value.replace(/\$\{[^:}]+:-([^}]*)\}/g, '$1'),
      ]),
    );
    for (const key of Object.keys(env)) expect(Object.keys(configSchema.shape)).toContain(key);
    const config = loadConfig(env);
    expect(config.NEO4J_URI).toBe('bolt://neo4j:7687');
    expect(config.HOST).toBe('0.0.0.0');
  });

  it('gives Neo4j the same password as silkgraph', () => {
    const password = silkgraph.environment!.NEO4J_PASSWORD;
    expect(neo4j.environment!.NEO4J_AUTH).toBe(`neo4j/${password}`);
  });
});

describe('Dockerfile', () => {
  const dockerfile = read('Dockerfile').replace(/\\\n/g, ' ');
  const lines = dockerfile.split('\n').map((line) => line.trim());

  it('copies only files that exist in the repository', () => {
    const sources = lines
      .filter((line) => line.startsWith('COPY ') && !line.includes('--from='))
      .flatMap((line) => line.split(/\s+/).slice(1, -1));
    expect(sources.length).toBeGreaterThan(3);
    for (const source of sources) expect(existsSync(join(projectRoot, source))).toBe(true);
  });

  it('runs only npm scripts that exist', () => {
    const scripts = [...dockerfile.matchAll(/npm run ([\w:-]+)/g)].map((match) => match[1]!);
    expect(scripts).toContain('build');
    for (const script of scripts) expect(packageJson.scripts[script]).toBeDefined();
  });

  it('starts the compiled entry point of `npm start`', () => {
    const cmd = lines.find((line) => line.startsWith('CMD '))!;
    const entry = JSON.parse(cmd.slice(4)) as string[];
    expect(packageJson.scripts.start).toContain(entry.join(' '));
    expect(existsSync(join(projectRoot, entry[1]!.replace(/^dist\//, '').replace(/\.js$/, '.ts')))).toBe(true);
  });

  it('listens on all interfaces inside the container', () => {
    expect(dockerfile).toMatch(/ENV [^\n]*HOST=0\.0\.0\.0/);
  });
});
