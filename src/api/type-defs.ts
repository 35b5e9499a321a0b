import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../paths';

/** schema.graphql is the public contract; the server serves exactly this text. */
export const typeDefs = readFileSync(join(projectRoot, 'schema.graphql'), 'utf8');
