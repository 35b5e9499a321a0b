/**
 * Cypher INTEGER parameters. Its own module so that the statement registry (statements.ts) and the
 * shapes it declares can name the type without importing the driver that imports them.
 */
import neo4j, { type Integer } from 'neo4j-driver';

export type { Integer };

/** A whole number as Cypher INTEGER (JavaScript numbers travel as FLOAT, which LIMIT refuses). */
export const int = (value: number): Integer => neo4j.int(value);
