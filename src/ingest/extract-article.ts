/**
 * The one entry point of extraction: segment -> language -> mentions ->
 * resolution -> relation rules -> validation (facts the ontology rejects are
 * dropped with a warning).
 */
import { relations, validateFact, type RelationType } from '../model';
import { datelineDate, isPlaceDateLine } from './dateline';
import { findMentions, packs, referencesIn, relationRules, type ArticleContext } from './extract';
import { ruleConfidence } from './extract/confidence';
import { withoutUndatedRepeats } from './extract/dated-repeats';
import type { ArticleState, Item, SentenceView } from './extract/relations/view';
import { detectLanguage, supportedLanguages } from './language';
import { resolveArticle } from './resolve-article';
import { segment } from './segment';
import type { ExtractOptions, Extraction, ExtractedEntity, ExtractedFact, Language } from './types';

function chooseLanguage(
  text: string,
  options: ExtractOptions,
  warnings: string[],
): { language: Language; source: 'given' | 'detected' } {
  const detected = detectLanguage(text);
  if (options.language) {
    if (detected.language !== 'unknown' && detected.language !== options.language)
      warnings.push(`language given as ${options.language}, detected ${detected.language}`);
    return { language: options.language, source: 'given' };
  }
  if (detected.language === 'unknown') {
    warnings.push(`language not detected as ${supportedLanguages.join(', ')}; extracting with the English rules`);
    return { language: 'en', source: 'detected' };
  }
  return { language: detected.language, source: 'detected' };
}

function factKey(fact: Omit<ExtractedFact, 'evidence'>): string {
  const spec = relations[fact.type];
  const ends = spec.symmetric ? [fact.from, fact.to].sort() : [fact.from, fact.to];
  return [fact.type, ...ends, ...spec.keyProperties.map((p) => String(fact.properties[p] ?? ''))].join('|');
}

export function extractArticle(text: string, options: ExtractOptions = {}): Extraction {
  const warnings: string[] = [];
  const { language, source } = chooseLanguage(text, options, warnings);
  const lexicon = packs[language];
  const sentences = segment(text, language);
  const publishedAt = options.publishedAt ?? datelineDate(sentences[0]?.text ?? '', lexicon);
  const context: ArticleContext = { text, language, lexicon, sentences, publishedAt };
  const { mentions, links } = findMentions(context);
  // A first sentence that only starts with the date ("date 2024-12-24 The heads of ...") is body text, not a dateline.
  const dateline =
    publishedAt &&
    !options.publishedAt &&
    sentences[0] &&
    sentences[0].text.length <= 80 &&
    datelineDate(sentences[0].text, lexicon)
      ? 0
      : -1;
  const { entities: resolved, entityOf } = resolveArticle(context, mentions);
  // Places named only in the dateline (or a place-and-date line under the headline) are not entities.
  const datelines = new Set(
    sentences.filter((s) => s.index < 5 && isPlaceDateLine(s.text, lexicon)).map((s) => s.index),
  );
  datelines.add(dateline);
  const entities = resolved.filter((e) => e.mentions.some((m) => !datelines.has(m.sentenceIndex)));
  const state: ArticleState = {
    entities,
    links,
    complements: links.map((l) => ({ start: l.complementStart, end: l.complementEnd })),
    bodyOf: new Map(),
    headOf: new Map(),
    publishedYear: publishedAt?.slice(0, 4),
  };
  const facts: ExtractedFact[] = [];
  const seen = new Map<string, ExtractedFact>();
  const byId = new Map(entities.map((e) => [e.localId, e]));
  // Each sentence's mentions, in text order, without reading every mention for every sentence.
  const mentionsIn = new Map<number, typeof mentions>();
  for (const m of mentions) {
    const list = mentionsIn.get(m.sentenceIndex);
    if (list) list.push(m);
    else mentionsIn.set(m.sentenceIndex, [m]);
  }
  for (const sentence of sentences) {
    if (sentence.index === dateline) continue;
    const named: Item[] = (mentionsIn.get(sentence.index) ?? [])
      .filter((m) => byId.has(entityOf.get(m) ?? ''))
      .map((m) => ({
        entity: byId.get(entityOf.get(m) ?? '') as ExtractedEntity,
        start: m.start,
        end: m.end,
        ref: false,
      }));
    const items = [...named, ...referencesIn(context, state, sentence, named)].sort((a, b) => a.start - b.start);
    const view: SentenceView = {
      article: context,
      state,
      sentence,
      items,
      // The confidence a rule passes is ignored: a fact's confidence is its rule's measured precision.
      emit(type: RelationType, from, to, properties, rule) {
        if (!from || !to || from === to) return;
        const fact = {
          type,
          from: from.localId,
          to: to.localId,
          properties,
          extractor: 'rules' as const,
          rule,
          confidence: ruleConfidence(rule),
        };
        const key = factKey(fact);
        const earlier = seen.get(key);
        if (earlier) {
          // "Ambassador X ... the former ambassador": a bound stated in a later sentence joins the fact.
          for (const bound of ['validFrom', 'validTo'] as const)
            if (properties[bound] !== undefined && earlier.properties[bound] === undefined)
              earlier.properties = { ...earlier.properties, [bound]: properties[bound] };
          return;
        }
        const problems = validateFact({ type, fromKind: from.kind, toKind: to.kind, properties });
        if (problems.length > 0) {
          warnings.push(
            `dropped ${type} ${from.name} -> ${to.name} (${rule}): ${problems.map((p) => p.message).join('; ')}`,
          );
          return;
        }
        const extracted = {
          ...fact,
          evidence: { sentenceIndex: sentence.index, start: sentence.start, end: sentence.end, quote: sentence.text },
        };
        seen.set(key, extracted);
        facts.push(extracted);
      },
    };
    for (const rule of relationRules) rule(view);
  }
  return {
    language,
    languageSource: source,
    text,
    sentences,
    entities,
    facts: withoutUndatedRepeats(facts),
    publishedAt,
    warnings,
  };
}
