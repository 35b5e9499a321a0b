/** The evaluation report as text: tables per language, relation type and file, then errors if asked for. */
import type { FileErrors, RelationError } from './errors';
import type { EvalReport } from './report';
import type { PRF } from './score';

const cell = (s: PRF): string =>
  `${s.precision.toFixed(2)} ${s.recall.toFixed(2)} ${s.f1.toFixed(2)} ${`${s.tp}/${s.predicted}/${s.gold}`.padStart(12)}`;
const cellHeader = `${'P'.padEnd(5)}${'R'.padEnd(5)}${'F1'.padEnd(5)}${'tp/pred/gold'.padStart(12)}`;

function groupTable(title: string, rows: [string, { entities: PRF; relations: PRF }][], width: number): string[] {
  return [
    `${''.padEnd(width)} ${'entities'.padEnd(cellHeader.length)}   relations`,
    `${title.padEnd(width)} ${cellHeader}   ${cellHeader}`,
    ...rows.map(([name, s]) => `${name.padEnd(width)} ${cell(s.entities)}   ${cell(s.relations)}`),
  ];
}

const relation = (r: { from: string; type: string; to: string; properties?: Record<string, unknown> }) =>
  `${r.from} -${r.type}-> ${r.to}${r.properties ? ` ${JSON.stringify(r.properties)}` : ''}`;

const relationLines = (label: string, r: RelationError): string[] => [
  `  ${label} ${relation(r)}${r.rule ? ` [${r.rule}]` : ''}`,
  `      "${r.evidence}"`,
];

export function formatErrors(file: string, errors: FileErrors): string[] {
  return [
    `${file}`,
    ...errors.missedEntities.map((e) => `  missed entity    ${e.type} ${e.name}`),
    ...errors.spuriousEntities.map((e) => `  spurious entity  ${e.type} ${e.name}`),
    ...errors.missedRelations.flatMap((r) => relationLines('missed  ', r)),
    ...errors.spuriousRelations.flatMap((r) => relationLines('spurious', r)),
    ...errors.propertyMismatches.map(
      (m) =>
        `  property ${relation({ ...m, properties: undefined })} ${m.key}: gold ${JSON.stringify(m.gold)}, extracted ${JSON.stringify(m.predicted) ?? 'nothing'} [${m.rule}]`,
    ),
  ];
}

export function formatReport(report: EvalReport): string {
  const width =
    Math.max(24, ...report.files.map((f) => f.file.length), ...Object.keys(report.relationTypes).map((t) => t.length)) +
    1;
  const lines = [
    `part: ${report.part}`,
    '',
    ...groupTable('language', [...Object.entries(report.languages), ['OVERALL (micro)', report.overall]], width),
    '',
    `${'relation type'.padEnd(width)} ${cellHeader}`,
    ...Object.entries(report.relationTypes).map(([type, s]) => `${type.padEnd(width)} ${cell(s)}`),
    '',
    ...groupTable(
      'file',
      report.files.map((f) => [f.file, f]),
      width,
    ),
    `${'OVERALL (micro)'.padEnd(width)} ${cell(report.overall.entities)}   ${cell(report.overall.relations)}`,
    `property accuracy on matched relations: ${report.overall.propertyAccuracy.toFixed(2)}`,
  ];
  const errors = report.files.flatMap((f) => (f.errors ? ['', ...formatErrors(f.file, f.errors)] : []));
  return [...lines, ...(errors.length > 0 ? ['', 'errors', ...errors] : [])].join('\n');
}
