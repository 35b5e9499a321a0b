/**
 * The one XML text helper the exporters share: escaping for text and attribute
 * values. Characters XML 1.0 cannot carry at all (C0 controls other than tab,
 * line feed and carriage return, lone surrogates, U+FFFE and U+FFFF) are removed,
 * because no escape makes them legal and yEd, Gephi and libxml2 reject them.
 */

const notXmlChar =
  // eslint-disable-next-line no-control-regex -- matching the controls XML forbids is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // Kept as references so that an attribute value keeps its line breaks and tabs.
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** Escapes a value for XML text or a double- or single-quoted attribute. */
export function escapeXml(value: string | number | boolean): string {
  return String(value)
    .replace(notXmlChar, '')
    .replace(/[&<>"'\t\n\r]/g, (c) => entities[c] ?? c);
}

/** ` name="value"` for each defined entry, in order; undefined values are left out. */
export function xmlAttributes(attributes: Record<string, string | number | boolean | undefined>): string {
  return Object.entries(attributes)
    .filter((entry): entry is [string, string | number | boolean] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
    .join('');
}
