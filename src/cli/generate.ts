/** `npm run generate`: writes what src/model derives (schema.graphql enums, fact constraints). */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { factConstraintsFile, generatedFactConstraints, withGeneratedEnums } from '../model/generate';
import { projectRoot } from '../paths';

const schemaPath = join(projectRoot, 'schema.graphql');
writeFileSync(schemaPath, withGeneratedEnums(readFileSync(schemaPath, 'utf8')));
writeFileSync(join(projectRoot, 'cypher', 'schema', factConstraintsFile), generatedFactConstraints());
process.stdout.write(`Wrote schema.graphql (enums) and cypher/schema/${factConstraintsFile}\n`);
