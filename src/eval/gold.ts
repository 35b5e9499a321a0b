/** Reading a folder of NAME.txt + NAME.gold.json pairs; malformed gold fails with the file's name. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { languages } from '../ingest/languages';

const goldSchema = z.object({
  source: z.string().optional(),
  language: z.enum(languages),
  entities: z.array(
    z.object({
      name: z.string().min(1),
      type: z.string().min(1),
      roles: z.array(z.string()).default([]),
      aliases: z.array(z.string()).default([]),
    }),
  ),
  relations: z.array(
    z.object({
      from: z.string().min(1),
      type: z.string().min(1),
      to: z.string().min(1),
      properties: z.record(z.string(), z.unknown()).default({}),
      evidence: z.string().default(''),
    }),
  ),
});

export type Gold = z.infer<typeof goldSchema>;

export interface GoldPair {
  file: string;
  text: string;
  gold: Gold;
}

export class GoldError extends Error {}

export function parseGold(file: string, raw: string): Gold {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new GoldError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = goldSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new GoldError(
      `${file}: malformed gold at ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`,
    );
  }
  return parsed.data;
}

export function readGoldFolder(folder: string): GoldPair[] {
  const names = readdirSync(folder)
    .filter((name) => name.endsWith('.gold.json'))
    .sort();
  return names.map((name) => {
    const base = name.slice(0, -'.gold.json'.length);
    const goldPath = join(folder, name);
    return {
      file: base,
      text: readFileSync(join(folder, `${base}.txt`), 'utf8'),
      gold: parseGold(goldPath, readFileSync(goldPath, 'utf8')),
    };
  });
}
