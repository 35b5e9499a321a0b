/**
 * Builds the browser graph viewer into dist/web/ (git-ignored, and copied into
 * the service image with the rest of dist/): web/src/main.ts bundled by esbuild
 * with Cytoscape.js and fcose into one script (viewer.js), web/src/review.ts
 * into the review page's (review.js), plus the pages and their style from
 * web/static/. Nothing is loaded from a CDN: the server sends these files (and the favicon).
 * Run by `npm run build`; `node web/build.js --watch` rebuilds on change.
 */
const { cpSync, mkdirSync } = require('node:fs');
const { join } = require('node:path');
const esbuild = require('esbuild');

const root = join(__dirname, '..');
const outdir = join(root, 'dist', 'web');

const options = {
  // The graph viewer (at /) and the review page (at /review), one script each.
  entryPoints: { viewer: join(__dirname, 'src', 'main.ts'), review: join(__dirname, 'src', 'review.ts') },
  outdir,
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
  for (const file of ['index.html', 'review.html', 'viewer.css', 'favicon.svg'])
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
