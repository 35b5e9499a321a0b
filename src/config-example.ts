/**
 * Derives from the config schema (src/config.ts) the two places a setting is listed outside it:
 * .env.example (written by `npm run generate`) and the rows of README.md's configuration table
 * (checked by test/unit/config-example.test.ts). zod's own JSON Schema export reads each
 * setting's default and description, so nothing here walks zod's internals.
 */
import { z } from 'zod';
import { configSchema } from './config';

export interface Setting {
  name: string;
  /** undefined: unset unless given. */
  default: string | undefined;
  description: string;
}

/** The settings in schema order, each with its default (as the environment would spell it) and description. */
export function settings(schema: z.ZodObject = configSchema): Setting[] {
  // io 'input': the settings as they are read from the environment, before any transform.
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
    properties: Record<string, { default?: unknown; description?: string }>;
  };
  return Object.entries(json.properties).map(([name, property]) => {
    if (!property.description) throw new Error(`config setting ${name} has no .describe() in src/config.ts`);
    return {
      name,
      default: property.default === undefined ? undefined : String(property.default),
      description: property.description,
    };
  });
}

/** The text of .env.example: every setting with its description, set to its default (empty: unset). */
export function envExample(schema: z.ZodObject = configSchema): string {
  const header = [
    '# GENERATED FROM src/config.ts (npm run generate): do not edit by hand.',
    '# Every setting silkgraph reads, set to its default; an empty value means unset (the default).',
    '# Copy to .env and change what you need (node --env-file=.env, or your process manager).',
  ];
  const blocks = settings(schema).map((s) => `# ${s.description}\n${s.name}=${s.default ?? ''}`);
  return `${header.join('\n')}\n\n${blocks.join('\n\n')}\n`;
}

/** A setting as README.md's configuration table shows it: name, default column and meaning. */
export function readmeRow(setting: Setting): [string, string, string] {
  const shown = setting.default === undefined ? 'unset' : setting.default === '' ? 'empty' : `\`${setting.default}\``;
  return [`\`${setting.name}\``, shown, setting.description];
}
