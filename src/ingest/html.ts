/**
 * HTML to plain text with node-html-parser: block elements become paragraph
 * breaks, <br> a line break, and script/style/navigation chrome is dropped.
 */
import { HTMLElement, NodeType, parse, type Node } from 'node-html-parser';

const dropped = new Set([
  'script',
  'style',
  'nav',
  'header',
  'footer',
  'aside',
  'noscript',
  'template',
  'form',
  'iframe',
  'svg',
  'head',
]);
const blocks = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'table',
  'tr',
  'blockquote',
  'pre',
  'figure',
  'figcaption',
  'dl',
  'dt',
  'dd',
  'address',
  'body',
]);

function collect(node: Node, out: string[]): void {
  if (node.nodeType === NodeType.TEXT_NODE) {
    out.push(node.text.replace(/\s+/g, ' '));
    return;
  }
  if (!(node instanceof HTMLElement)) return;
  const tag = node.rawTagName?.toLowerCase() ?? '';
  if (dropped.has(tag)) return;
  if (tag === 'br') {
    out.push('\n');
    return;
  }
  const block = blocks.has(tag);
  if (block) out.push('\n\n');
  for (const child of node.childNodes) collect(child, out);
  if (block) out.push('\n\n');
}

export function htmlToText(html: string): string {
  const root = parse(html, {
    comment: false,
    blockTextElements: { script: false, style: false, noscript: false, pre: true },
  });
  const parts: string[] = [];
  collect(root, parts);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
