/**
 * `npm run build`, but only when dist/ is out of date: when an output that every
 * build writes is missing, or the newest source dist/ is built from is newer
 * than the oldest of those outputs. Prints nothing when dist/ is up to date;
 * otherwise the reason and the build's own output go to stderr, so that
 * `npm run --silent extract ... | jq` still gets only JSON on stdout.
 *
 * Sources: src/**, web/src/**, web/static/**, web/build.js, web/tsconfig.json,
 * tsconfig.json, tsconfig.build.json, package.json, package-lock.json.
 * Outputs: dist/src/**.js for each src/**.ts, dist/web/viewer.js and review.js plus a
 * copy of each web/static file. Plain Node, no dependency.
 */
const { existsSync, readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');
const { spawnSync } = require('node:child_process');

const root = join(__dirname, '..');
const sourceTrees = ['src', 'web/src', 'web/static'];
const sourceFiles = [
  'web/build.js',
  'web/tsconfig.json',
  'tsconfig.json',
  'tsconfig.build.json',
  'package.json',
  'package-lock.json',
];

/** Every file under a folder, as paths relative to root with forward slashes. */
function filesUnder(dir) {
  if (!existsSync(join(root, dir))) return [];
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return filesUnder(path);
    return entry.isFile() ? [path] : [];
  });
}

/** The outputs every build writes, for these source paths. */
function expectedOutputs(sources) {
  const compiled = sources
    .filter((path) => path.startsWith('src/') && path.endsWith('.ts') && !path.endsWith('.d.ts'))
    .map((path) => `dist/${path.slice(0, -'.ts'.length)}.js`);
  const copied = sources
    .filter((path) => path.startsWith('web/static/'))
    .map((path) => `dist/web/${path.slice('web/static/'.length)}`);
  return [...compiled, 'dist/web/viewer.js', 'dist/web/review.js', ...copied];
}

/**
 * Why dist/ must be rebuilt, or undefined when it is up to date.
 * sources: [{ path, mtimeMs }]; outputs: [{ path, mtimeMs }] with mtimeMs undefined when missing.
 */
function staleReason(sources, outputs) {
  const missing = outputs.find((o) => o.mtimeMs === undefined);
  if (missing) return `${missing.path} is missing`;
  if (sources.length === 0 || outputs.length === 0) return undefined;
  const newest = sources.reduce((a, b) => (b.mtimeMs > a.mtimeMs ? b : a));
  const oldest = outputs.reduce((a, b) => (b.mtimeMs < a.mtimeMs ? b : a));
  return newest.mtimeMs > oldest.mtimeMs ? `${newest.path} is newer than ${oldest.path}` : undefined;
}

function mtime(path) {
  const full = join(root, path);
  return existsSync(full) ? statSync(full).mtimeMs : undefined;
}

function main() {
  const paths = [...sourceTrees.flatMap(filesUnder), ...sourceFiles.filter((path) => existsSync(join(root, path)))];
  const reason = staleReason(
    paths.map((path) => ({ path, mtimeMs: mtime(path) })),
    expectedOutputs(paths).map((path) => ({ path, mtimeMs: mtime(path) })),
  );
  if (!reason) return 0;
  process.stderr.write(`building: ${reason}\n`);
  const npm = process.env.npm_execpath;
  const [command, args] = npm
    ? [process.execPath, [npm, 'run', 'build', '--silent']]
    : ['npm', ['run', 'build', '--silent']];
  const result = spawnSync(command, args, { cwd: root, stdio: [0, 2, 2], shell: !npm && process.platform === 'win32' });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

module.exports = { expectedOutputs, staleReason };

if (require.main === module) process.exitCode = main();
