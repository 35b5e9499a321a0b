/**
 * Extraction time against article size: English articles of 8 KB to 1 MB made
 * by repeating the sample corpus (bench/generate/large-article.ts), each
 * extracted a few times in this thread; the median per size is reported, with
 * the time per KB, which stays about level when extraction is linear.
 *
 *   npm run bench:extract -- [--runs 3] [--max-kb 1024]
 */
import { extractArticle } from '../src/ingest/extract-article';
import { largeArticle } from './generate/large-article';
import { machine, median, numberOption, writeResults } from './support';

const sizesKb = [8, 32, 64, 256, 1024];

function main(): void {
  const args = process.argv.slice(2);
  const runs = numberOption(args, 'runs', 3);
  const maxKb = numberOption(args, 'max-kb', 1024);
  extractArticle(largeArticle(8 * 1024)); // warm-up: module data and the regular expressions' first runs
  const sizes = sizesKb
    .filter((kb) => kb <= maxKb)
    .map((kb) => {
      const text = largeArticle(kb * 1024);
      const seconds: number[] = [];
      let mentions = 0;
      for (let run = 1; run <= runs; run++) {
        const started = performance.now();
        const extraction = extractArticle(text);
        seconds.push((performance.now() - started) / 1000);
        mentions = extraction.entities.reduce((sum, e) => sum + e.mentions.length, 0);
      }
      const result = { kb, bytes: Buffer.byteLength(text), mentions, seconds, medianSeconds: median(seconds) };
      process.stderr.write(`${kb} KB: median ${result.medianSeconds.toFixed(2)} s of ${runs} runs\n`);
      return result;
    });
  const result = { benchmark: 'extract', runs, sizes, machine: machine(), at: new Date().toISOString() };
  const markdown =
    `# Extraction time against article size\n\nEnglish sample articles repeated to each size, ${runs} runs per size, median; ` +
    `commit ${result.machine.commit}, ${result.machine.cpus} cores, Node ${result.machine.node}.\n\n` +
    `| size | mentions | median s | ms per KB |\n|---:|---:|---:|---:|\n` +
    sizes
      .map(
        (s) =>
          `| ${s.kb} KB | ${s.mentions} | ${s.medianSeconds.toFixed(2)} | ${((s.medianSeconds * 1000) / s.kb).toFixed(1)} |`,
      )
      .join('\n') +
    '\n';
  writeResults('extract', result, markdown);
  process.stdout.write(markdown);
}

main();
