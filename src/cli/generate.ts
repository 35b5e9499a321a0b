/**
 * `npm run generate`: writes what src/model derives (schema.graphql's generated regions, cypher/schema/generated/)
 * and what src/config.ts derives (.env.example).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedSchemaFiles, generatedSchemaFolder, withGenerated, writeGeneratedSchema } from '../model/generate';
import { envExample } from '../config-example';
import { projectRoot } from '../paths';

const schemaPath = join(projectRoot, 'schema.graphql');
writeFileSync(schemaPath, withGenerated(readFileSync(schemaPath, 'utf8')));
const files = generatedSchemaFiles();
writeGeneratedSchema(join(projectRoot, 'cypher', 'schema'), files);
writeFileSync(join(projectRoot, '.env.example'), envExample());
process.stdout.write(
  `Wrote schema.graphql (entity types, fact properties, enums), cypher/schema/${generatedSchemaFolder}/ (${Object.keys(files).join(', ')}) and .env.example\n`,
);
