/**
 * API keys and roles, from API_KEYS ("name:key:role,..."; role editor or
 * reader). A request presents its key as "Authorization: Bearer <key>" or
 * "X-API-Key: <key>". Keys are compared in constant time.
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export const apiRoles = ['reader', 'editor'] as const;
export type ApiRole = (typeof apiRoles)[number];

export interface ApiKey {
  name: string;
  key: string;
  role: ApiRole;
}

/** Who is calling: a known key, no key, or a key that matches none. */
export type Caller = { kind: 'key'; name: string; role: ApiRole } | { kind: 'anonymous' } | { kind: 'invalid' };

/** Parses API_KEYS; throws naming the bad entry. */
export function parseApiKeys(text: string | undefined): ApiKey[] {
  if (!text?.trim()) return [];
  return text.split(',').map((entry, index) => {
    const [name, key, role, ...rest] = entry.trim().split(':');
    if (!name || !key || !role || rest.length > 0) throw new Error(`entry ${index + 1} must be name:key:role`);
    if (!(apiRoles as readonly string[]).includes(role))
      throw new Error(`entry ${index + 1} (${name}) has role ${JSON.stringify(role)}; use reader or editor`);
    if (key.length < 12) throw new Error(`entry ${index + 1} (${name}) has a key shorter than 12 characters`);
    return { name, key, role: role as ApiRole };
  });
}

function presentedKey(headers: IncomingHttpHeaders): string | undefined {
  const authorization = headers.authorization;
  if (authorization?.toLowerCase().startsWith('bearer ')) return authorization.slice(7).trim();
  const header = headers['x-api-key'];
  return Array.isArray(header) ? header[0] : header;
}

const sameKey = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

export function identify(headers: IncomingHttpHeaders, keys: ApiKey[]): Caller {
  const presented = presentedKey(headers);
  if (!presented) return { kind: 'anonymous' };
  const match = keys.find((candidate) => sameKey(candidate.key, presented));
  return match ? { kind: 'key', name: match.name, role: match.role } : { kind: 'invalid' };
}

/** Why a caller may not do this, or undefined when it may. */
export function refusal(
  caller: Caller,
  action: 'read' | 'write',
  readsRequireKey: boolean,
): { code: 'UNAUTHENTICATED' | 'FORBIDDEN'; message: string } | undefined {
  if (caller.kind === 'invalid') return { code: 'UNAUTHENTICATED', message: 'The API key is not valid.' };
  if (action === 'read' && !readsRequireKey) return undefined;
  if (caller.kind === 'anonymous') {
    return {
      code: 'UNAUTHENTICATED',
      message: `${action === 'write' ? 'Writes' : 'Reads'} need an API key: send "Authorization: Bearer <key>" (keys are configured in API_KEYS).`,
    };
  }
  if (action === 'write' && caller.role !== 'editor') {
    return {
      code: 'FORBIDDEN',
      message: `The API key "${caller.name}" has the role ${caller.role}; writes need the editor role.`,
    };
  }
  return undefined;
}
