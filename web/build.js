/**
 * Builds the browser graph viewer into dist/web/ (git-ignored, and copied into
 * the service image with the rest of dist/): web/src/main.ts bundled by esbuild
 * with Cytoscape.js and fcose into one script, plus the page and its style from
 * web/static/. Nothing is loaded from a CDN: the server sends these files (and the favicon).
 * Run by `npm run build`; `node web/build.js --watch` rebuilds on change.
 */
const { cpSync, mkdirSync } = require('node:fs');
const { join } = require('node:path');
const esbuild = require('esbuild');

const root = join(__dirname, '..');
const outdir = join(root, 'dist', 'web');

const options = {
  entryPoints: [join(__dirname, 'src', 'main.ts')],
  outfile: join(outdir, 'viewer.js'),
  bundle: true,
  minify: true,
  sourcemap: true,
  format: 'iife',
  target: ['chrome110', 'firefox110', 'safari16'],
  legalComments: 'linked',
  logLevel: 'warning',
};

async function main() {
  mkdirSync(outdir, { recursive: true });
  for (const file of ['index.html', 'viewer.css', 'favicon.svg'])
    cpSync(join(__dirname, 'static', file), join(outdir, file));
  if (process.argv.includes('--watch')) {
    const context = await esbuild.context(options);
    await context.watch();
    console.log(`watching web/src, writing ${outdir}`);
  } else {
    await esbuild.build(options);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
