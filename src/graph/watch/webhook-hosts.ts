/**
 * Which webhook URLs a watch may have: http(s) URLs whose host (or host:port) is listed in
 * WEBHOOK_HOSTS. The list is the only way out of the service, so a watch cannot make it send
 * requests to an arbitrary internal address; the sender checks it again before every attempt
 * (the list may have changed since the watch was made).
 */
import { badInput } from '../../errors';

/** Parses WEBHOOK_HOSTS ("host,host:port,..."), lower-cased. */
export const parseWebhookHosts = (text: string | undefined): string[] =>
  (text ?? '')
    .split(',')
    .map((host) => host.trim().toLowerCase())
    .filter((host) => host !== '');

/** Why the URL may not be used, or undefined when it may. */
export function webhookRefusal(url: string, allowedHosts: readonly string[]): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `must be an absolute http(s) URL, got ${JSON.stringify(url)}`;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    return `must be an http(s) URL, got ${JSON.stringify(parsed.protocol)}`;
  if (parsed.username || parsed.password) return 'must not contain a user name or password';
  const host = parsed.hostname.toLowerCase();
  if (allowedHosts.includes(host) || allowedHosts.includes(parsed.host.toLowerCase())) return undefined;
  return `the host ${JSON.stringify(parsed.host)} is not allowed for webhooks (WEBHOOK_HOSTS: ${
    allowedHosts.length ? allowedHosts.join(', ') : 'none'
  })`;
}

export function checkedWebhookUrl(argument: string, url: string, allowedHosts: readonly string[]): string {
  const refused = webhookRefusal(url, allowedHosts);
  if (refused) throw badInput(argument, refused);
  return url;
}
