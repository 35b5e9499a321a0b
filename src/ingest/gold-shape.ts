/** An Extraction in the gold-file shape (names instead of local ids), with each item's rule and confidence. */
import type { Extraction } from './types';

export function toGoldShape(extraction: Extraction) {
  const nameOf = new Map(extraction.entities.map((e) => [e.localId, e.name]));
  return {
    language: extraction.language,
    languageSource: extraction.languageSource,
    entities: extraction.entities.map((e) => ({
      name: e.name,
      type: e.kind,
      roles: e.roles,
      aliases: e.aliases,
      rule: e.rule,
      confidence: e.confidence,
      mentions: e.mentions.map((m) => ({ surface: m.surface, start: m.start, end: m.end, rule: m.rule })),
    })),
    relations: extraction.facts.map((f) => ({
      from: nameOf.get(f.from) ?? f.from,
      type: f.type,
      to: nameOf.get(f.to) ?? f.to,
      properties: f.properties,
      evidence: f.evidence.quote,
      evidenceStart: f.evidence.start,
      evidenceEnd: f.evidence.end,
      rule: f.rule,
      confidence: f.confidence,
    })),
    warnings: extraction.warnings,
  };
}
