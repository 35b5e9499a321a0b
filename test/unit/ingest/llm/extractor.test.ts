import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configSchema, type Config } from '../../../../src/config';
import { createLlmExtractor, LlmError, PROMPT_VERSION } from '../../../../src/ingest/llm';
import { llmJsonSchema } from '../../../../src/ingest/llm/schema';
import { createLogger } from '../../../../src/log';
import { entityKindNames, relationTypes } from '../../../../src/model';
import { chatReply, goodOutput, sampleArticle, sampleText, startFakeLlm, type FakeLlm } from './fake-llm';

const log = createLogger('silent');
let cacheDir: string;
let fake: FakeLlm | undefined;

function configFor(url: string, extra: Partial<Record<string, string>> = {}): Config {
  return configSchema.parse({ LLM_BASE_URL: url, LLM_MODEL: 'test-model', LLM_CACHE_DIR: cacheDir, ...extra });
}

beforeEach(() => {
  cacheDir = mkdtempSync(join(tmpdir(), 'silkgraph-llm-cache-'));
});
afterEach(async () => {
  await fake?.close();
  fake = undefined;
  rmSync(cacheDir, { recursive: true, force: true });
});

describe('createLlmExtractor', () => {
  it('is undefined unless both LLM_BASE_URL and LLM_MODEL are set', () => {
    expect(createLlmExtractor(configSchema.parse({}), log)).toBeUndefined();
    expect(createLlmExtractor(configSchema.parse({ LLM_BASE_URL: 'http://127.0.0.1:1/v1' }), log)).toBeUndefined();
    expect(createLlmExtractor(configSchema.parse({ LLM_MODEL: 'm' }), log)).toBeUndefined();
  });

  it('maps a good answer onto entities and facts with offsets into the article', async () => {
    fake = await startFakeLlm(() => chatReply(goodOutput));
    const result = await createLlmExtractor(configFor(fake.url), log)!.extract(sampleArticle);

    expect(result.cached).toBe(false);
    expect(result.dropped).toEqual({ evidence: 0, invalid: 0, unknownEntity: 0, entityNotInText: 0 });
    expect(result.entities.map((e) => e.name)).toEqual(goodOutput.entities.map((e) => e.name));

    const huber = result.entities.find((e) => e.name === 'Maria Huber')!;
    expect(huber).toMatchObject({
      kind: 'Person',
      roles: ['Diplomat'],
      aliases: ['Huber'],
      extractor: 'llm',
      rule: `llm:${PROMPT_VERSION}`,
    });
    expect(huber.mentions.map((m) => [m.surface, m.start, m.sentenceIndex])).toEqual([
      ['Maria Huber', sampleText.indexOf('Maria Huber'), 1],
      ['Huber', sampleText.indexOf('Huber met'), 2],
    ]);
    for (const mention of result.entities.flatMap((e) => e.mentions)) {
      expect(sampleText.slice(mention.start, mention.end)).toBe(mention.surface);
    }
    const region = result.entities.find((e) => e.name === 'Karaganda Region')!;
    expect(region.aliases).toEqual(['Karaganda region']);

    const governs = result.facts.find((f) => f.type === 'GOVERNS')!;
    const quote = 'Huber met with the akim of the region, Daniyar Serikov.';
    expect(governs).toMatchObject({
      from: result.entities.find((e) => e.name === 'Daniyar Serikov')!.localId,
      to: region.localId,
      properties: { title: 'akim' },
      confidence: 0.9,
      extractor: 'llm',
      evidence: {
        sentenceIndex: 2,
        start: sampleText.indexOf(quote),
        end: sampleText.indexOf(quote) + quote.length,
        quote,
      },
    });
    const visited = result.facts.find((f) => f.type === 'VISITED')!;
    expect(visited.properties).toEqual({});
    expect(visited.confidence).toBe(0.7);
  });

  it('sends temperature 0, the model, the prompt and the JSON schema, with the API key as Bearer token', async () => {
    fake = await startFakeLlm(() => chatReply(goodOutput));
    await createLlmExtractor(configFor(fake.url, { LLM_API_KEY: 'sk-test' }), log)!.extract(sampleArticle);

    const [{ body, headers }] = fake.requests as [FakeLlm['requests'][number]];
    expect(headers.authorization).toBe('Bearer sk-test');
    expect(body).toMatchObject({ model: 'test-model', temperature: 0 });
    expect(body.response_format).toEqual({
      type: 'json_schema',
      json_schema: { name: 'silkgraph_extraction', strict: true, schema: llmJsonSchema },
    });
    const messages = body.messages as Array<{ role: string; content: string }>;
    expect(messages.map((m) => m.role)).toEqual(['system', 'user']);
    expect(messages[1]!.content).toContain(sampleText);
    for (const name of [...entityKindNames, ...relationTypes]) expect(messages[0]!.content).toContain(name);
  });

  it('derives the schema from the ontology: every kind, and one variant per relation type', () => {
    const schema = llmJsonSchema as {
      properties: {
        entities: { items: { properties: { kind: { enum: string[] } } } };
        relations: { items: { anyOf: unknown[] } };
      };
    };
    expect(schema.properties.entities.items.properties.kind.enum).toEqual(entityKindNames);
    expect(schema.properties.relations.items.anyOf).toHaveLength(relationTypes.length);
  });

  it('answers a repeated article from the cache without a second request', async () => {
    fake = await startFakeLlm(() => chatReply(goodOutput));
    const extractor = createLlmExtractor(configFor(fake.url), log)!;
    const first = await extractor.extract(sampleArticle);
    const second = await createLlmExtractor(configFor(fake.url), log)!.extract(sampleArticle);

    expect(fake.requests).toHaveLength(1);
    expect(second.cached).toBe(true);
    expect(second.facts).toEqual(first.facts);
    await extractor.extract({ ...sampleArticle, text: `${sampleText} ` });
    expect(fake.requests).toHaveLength(2);
  });

  it('rejects malformed JSON content with an LlmError naming the model, and caches nothing', async () => {
    fake = await startFakeLlm(() => chatReply('{"entities": [ {"name": "Maria Huber", '));
    const extract = createLlmExtractor(configFor(fake.url), log)!.extract(sampleArticle);

    await expect(extract).rejects.toThrow(LlmError);
    await expect(extract).rejects.toThrow(/Model "test-model" answered with malformed JSON/);
    expect(readdirSync(cacheDir)).toEqual([]);
  });

  it('rejects JSON without the entities and relations arrays', async () => {
    fake = await startFakeLlm(() => chatReply({ entities: 'none' }));
    await expect(createLlmExtractor(configFor(fake.url), log)!.extract(sampleArticle)).rejects.toThrow(
      /Model "test-model" answered JSON without "entities" and "relations" arrays/,
    );
  });
});
