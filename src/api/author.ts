/**
 * Who the audit log records as making a write: the name of the caller's API key. A mutation
 * only runs with an editor key (plugins/auth.ts), so "system" is left for the CLI and the
 * sample corpus, which write without one.
 */
import { systemAuthor } from '../graph/audit/record-change';
import type { Caller } from './auth';

export const changeAuthor = (caller: Caller): string => (caller.kind === 'key' ? caller.name : systemAuthor);
