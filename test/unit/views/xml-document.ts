/**
 * Reading exported XML back as a real consumer would: libxml2 (xmllint-wasm)
 * judges well-formedness strictly, and xmldom gives a namespace-aware DOM to
 * inspect. Any parser error or warning fails the test.
 */
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { validateXML } from 'xmllint-wasm';

/** libxml2's complaints about the document (empty when it is well-formed XML). */
export async function wellFormednessErrors(xml: string): Promise<string[]> {
  const result = await validateXML({ xml: { fileName: 'export.xml', contents: xml }, normalization: 'format' });
  return result.errors.map((error) => error.rawMessage);
}

export function parseXml(xml: string): Document {
  const problems: string[] = [];
  const document = new DOMParser({
    onError: (level, message) => void problems.push(`${level}: ${message}`),
  }).parseFromString(xml, 'application/xml');
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return document;
}

export function elements(root: Document | Element, namespace: string, name: string): Element[] {
  return [...root.getElementsByTagNameNS(namespace, name)];
}

export function children(parent: Element, namespace: string, name: string): Element[] {
  return [...parent.childNodes].filter(
    (node): node is Element =>
      node.nodeType === 1 && (node as Element).namespaceURI === namespace && (node as Element).localName === name,
  );
}

/** The attribute, failing the test when it is missing. */
export function attribute(element: Element, name: string): string {
  const value = element.getAttribute(name);
  if (value === null) throw new Error(`<${element.tagName}> has no ${name}`);
  return value;
}

/** Whether a value's text fits the declared type (GraphML and GEXF spellings). */
export function fitsType(type: string, text: string): boolean {
  switch (type) {
    case 'string':
      return true;
    case 'int':
    case 'integer':
      return /^-?\d+$/.test(text);
    case 'double':
      return text.trim() !== '' && Number.isFinite(Number(text));
    case 'boolean':
      return text === 'true' || text === 'false';
    default:
      return false;
  }
}
