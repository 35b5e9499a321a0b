/**
 * The request sent to the model: annotation guidelines in brief, the ontology
 * (kinds, roles, relations with their endpoints and properties, all read from
 * src/model), and the article. PROMPT_VERSION ends in a fingerprint of the
 * prompt and schema, so any change to either, including an ontology edit,
 * gives new cache keys and a new provenance rule name.
 */
import { createHash } from 'node:crypto';
import { entityKinds, relations, roles } from '../../model';
import { packs } from '../languages';
import type { Language } from '../types';
import { llmJsonSchema } from './schema';

const list = (lines: string[]): string => lines.map((line) => `- ${line}`).join('\n');

const kindLines = Object.entries(entityKinds).map(([kind, spec]) => `${kind}: ${spec.description}`);
const roleLines = Object.entries(roles).map(
  ([role, spec]) => `${role} (${spec.kinds.join(', ')}): ${spec.description}`,
);
const relationLines = Object.entries(relations).map(([type, spec]) => {
  const properties = Object.entries(spec.properties).map(([name, property]) => `${name} (${property.description})`);
  return [
    `${type}: ${spec.from.join(' | ')} -> ${spec.to.join(' | ')}${spec.symmetric ? ' (symmetric, give it once)' : ''}. ${spec.description}`,
    properties.length > 0 ? ` Properties: ${properties.join('; ')}` : '',
  ].join('');
});

export const systemPrompt = `You build a knowledge graph from one news article about diplomacy and economic cooperation.
Answer with a single JSON object that follows the given JSON schema, and nothing else.

ENTITIES
Include every named entity of the kinds below that the article mentions, except:
the news agency, outlet or press service given as the source; bylines and photo credits;
places that appear only in the dateline; macro-regions such as "Central Asia";
nationality adjectives (an "Uzbek minister" creates no Country); people without a name.
- name: the canonical name. Places and organisations in their English, Latin-script form,
  whatever the article's language; administrative regions as "<Name> Region"; people in the
  fullest form the article gives, transliterated to Latin script when written in Cyrillic.
- aliases: every other form of the same entity that occurs in the article (surname alone,
  inflected forms, other spellings), each copied character for character. Descriptions such
  as "the plant" or "the delegation" are not aliases. The name or an alias must occur in the text.
- roles: the roles, allowed for its kind, that the article supports; possibly none.

Kinds:
${list(kindLines)}

Roles:
${list(roleLines)}

RELATIONS
- from and to: entity names exactly as in your entities list, in the direction shown.
- evidence: the one sentence of the article that states the relation (two adjacent sentences
  only when needed), copied character for character. When the sentence uses a reference such
  as "the sides" or "the delegation", resolve the endpoints from context but quote that sentence.
  Relations whose evidence is not found verbatim in the article are discarded.
- Only what the article states. Leave out wishes or offers to sign or to invest, invitations,
  targets and forecasts, thanks, and containment known only from world knowledge; but announced
  visits, meetings and events are kept, with status "planned".
- A delegation of an embassy, region or city hall acts as that body; a delegation led by a
  named person acts as that person. A meeting with the unnamed head of an organisation is a
  meeting with the organisation. An organisation invests only when called the investor.
  Host countries of diplomats only when the article names them. One TRADE_WITH per figure.
- properties: a value only when the article gives it, otherwise null. Dates as YYYY-MM-DD or
  YYYY-MM, taking the year from the dateline when the text gives only day and month; do not
  resolve weekdays. Amounts in full units (2.5 million is 2500000), currency as ISO 4217 code.
  status "planned" for future, intended or announced facts, otherwise null. Titles as written.
- confidence: how sure you are, from 0 to 1.

Relation types (from kinds -> to kinds):
${list(relationLines)}`;

export const PROMPT_VERSION = `1.${createHash('sha256')
  .update(systemPrompt)
  .update(JSON.stringify(llmJsonSchema))
  .digest('hex')
  .slice(0, 8)}`;

export function userPrompt(article: { text: string; language: Language }): string {
  return `Article (${packs[article.language].name}), between the markers:\n<<<\n${article.text}\n>>>`;
}

/** The chat-completions request body: temperature 0 and the output schema as response_format. */
export function chatRequest(model: string, article: { text: string; language: Language }): Record<string, unknown> {
  return {
    model,
    temperature: 0,
    messages: [
      { role: 'system', content: systemPrompt },
      { role: 'user', content: userPrompt(article) },
    ],
    response_format: {
      type: 'json_schema',
      json_schema: { name: 'silkgraph_extraction', strict: true, schema: llmJsonSchema },
    },
  };
}
