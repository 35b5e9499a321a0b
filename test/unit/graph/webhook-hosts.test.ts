/**
 * Which webhook URLs a watch may have: http(s) on a host (or host:port) listed in WEBHOOK_HOSTS,
 * nothing else, with the reason named.
 */
import { parseWebhookHosts, webhookRefusal } from '../../../src/graph/watch/webhook-hosts';

describe('webhook hosts', () => {
  const allowed = parseWebhookHosts(' hooks.example.org , 127.0.0.1:8080,,Alerts.Example.net');

  it('parses WEBHOOK_HOSTS into lower-cased hosts, empty entries dropped', () => {
    expect(allowed).toEqual(['hooks.example.org', '127.0.0.1:8080', 'alerts.example.net']);
    expect(parseWebhookHosts(undefined)).toEqual([]);
  });

  it('allows a listed host on any port, and a listed host:port on that port only', () => {
    expect(webhookRefusal('https://hooks.example.org/silkgraph', allowed)).toBeUndefined();
    expect(webhookRefusal('http://HOOKS.example.org:9000/x', allowed)).toBeUndefined();
    expect(webhookRefusal('http://127.0.0.1:8080/x', allowed)).toBeUndefined();
    expect(webhookRefusal('http://127.0.0.1:8081/x', allowed)).toBe(
      'the host "127.0.0.1:8081" is not allowed for webhooks (WEBHOOK_HOSTS: hooks.example.org, 127.0.0.1:8080, alerts.example.net)',
    );
  });

  it('refuses other hosts, other schemes, credentials and text that is no URL', () => {
    expect(webhookRefusal('http://169.254.169.254/latest', allowed)).toMatch(
      /^the host "169.254.169.254" is not allowed/,
    );
    expect(webhookRefusal('http://hooks.example.org.evil.test/', allowed)).toMatch(/is not allowed/);
    expect(webhookRefusal('file:///etc/passwd', allowed)).toBe('must be an http(s) URL, got "file:"');
    expect(webhookRefusal('https://user:pw@hooks.example.org/', allowed)).toBe(
      'must not contain a user name or password',
    );
    expect(webhookRefusal('hooks.example.org/x', allowed)).toBe(
      'must be an absolute http(s) URL, got "hooks.example.org/x"',
    );
    expect(webhookRefusal('https://hooks.example.org/', [])).toMatch(/\(WEBHOOK_HOSTS: none\)$/);
  });
});
