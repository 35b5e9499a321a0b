/**
 * Look-ahead: what the request selected below a root field, so that one
 * Cypher statement can fetch everything nested (no query per parent).
 */
import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';
import { badInput } from '../errors';

export type Tree = ResolveTree;

export function rootTree(info: GraphQLResolveInfo): Tree {
  return parseResolveInfo(info) as Tree;
}

/**
 * The selection of a child field, merged across fragments and types. Selecting
 * the same field twice with different arguments is refused: one statement
 * serves one set of arguments.
 */
export function child(tree: Tree | undefined, name: string): Tree | undefined {
  if (!tree) return undefined;
  const found = Object.values(tree.fieldsByTypeName)
    .flatMap((fields) => Object.values(fields))
    .filter((field) => field.name === name);
  if (found.length === 0) return undefined;
  const [first, ...rest] = found;
  for (const other of rest) {
    if (JSON.stringify(other.args) !== JSON.stringify(first!.args)) {
      throw badInput(name, 'is selected more than once with different arguments; use one selection per query');
    }
  }
  const merged: Tree = { ...first!, fieldsByTypeName: {} };
  for (const field of found) {
    for (const [type, fields] of Object.entries(field.fieldsByTypeName)) {
      merged.fieldsByTypeName[type] = { ...merged.fieldsByTypeName[type], ...fields };
    }
  }
  return merged;
}

/** child(child(tree, a), b)... */
export function path(tree: Tree | undefined, ...names: string[]): Tree | undefined {
  return names.reduce<Tree | undefined>((node, name) => child(node, name), tree);
}
