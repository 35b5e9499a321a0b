/**
 * Cypher has no includes, so every statement that returns facts carries its own copy of the
 * evidence projection. This test keeps the copies identical to the one below (whitespace and the
 * expression that names the fact aside), so that a change to what Fact.evidence holds is made
 * everywhere or fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { cypherDir } from '../../../src/paths';

/** The projection, with FACT for the fact's id expression (r.factId, rs[i].factId). */
const canonical = `
  evidence: CASE WHEN $evidenceLimit > 0 THEN COLLECT {
    MATCH (v:Evidence {factId: FACT})-[:FROM]->(s:Sentence)-[:IN]->(d:Document)
    WHERE $evidenceAfter IS NULL OR v.id > $evidenceAfter
    RETURN v {.id, .quote, .start, .end, .extractor, .rule, .confidence,
              sentence: s {.index, .text, .start, .end}, document: d {.id, .title, .url, .publishedAt, .language}}
    ORDER BY v.id LIMIT $evidenceLimit
  } ELSE [] END,
  evidenceTotal: CASE WHEN $evidenceTotal THEN COUNT { (:Evidence {factId: FACT})-[:FROM]->(:Sentence)-[:IN]->(:Document) } END`;

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

function cypherFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? cypherFiles(join(dir, entry.name))
      : entry.name.endsWith('.cypher')
        ? [join(dir, entry.name)]
        : [],
  );
}

/** The evidence projection of a statement: from `evidence:` to the end of its `evidenceTotal:` line. */
function projectionsIn(text: string): string[] {
  return [...text.matchAll(/^\s*evidence: [\s\S]*?^\s*evidenceTotal: .*$/gm)].map((m) => m[0]);
}

const returningFacts = cypherFiles(cypherDir)
  .map((file) => ({ file: relative(cypherDir, file), text: readFileSync(file, 'utf8') }))
  .filter(({ text }) => /^\s*evidence: /m.test(text));

describe('the evidence projection', () => {
  it('is in every statement that returns facts', () => {
    expect(returningFacts.map((f) => f.file).sort()).toEqual([
      'curation/add-fact.cypher',
      'read/common-connections.cypher',
      'read/connections.cypher',
      'read/entities.cypher',
      'read/graph-view.cypher',
      'read/holders.cypher',
      'read/investments.cypher',
      'read/review-queue.cypher',
      'read/timeline.cypher',
      'review/add-correction.cypher',
      'review/record-judgement.cypher',
      'review/undo-judgement.cypher',
      'watch/drain-read.cypher',
    ]);
  });

  it.each(returningFacts.map((f) => [f.file, f.text] as const))('in %s is the canonical one', (_, text) => {
    const projections = projectionsIn(text);
    expect(projections.length).toBeGreaterThan(0);
    for (const projection of projections) {
      const fact = /\(v:Evidence \{factId: ([^}]+)\}\)/.exec(projection)?.[1] ?? 'missing';
      expect(squeeze(projection)).toBe(squeeze(canonical.replaceAll('FACT', fact)));
    }
  });
});
