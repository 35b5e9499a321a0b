// A local ESLint rule for the extraction rule files: everything particular to
// a language lives in its pack (src/ingest/languages/<code>/), so a rule file
// neither compares a language code, nor holds a regex with a word in it, nor
// a string with non-ASCII letters.

const where = 'language words belong in src/ingest/languages/<code>/';
const nonAsciiLetter = /(?![\p{ASCII}])\p{L}/u;

/** A regex source with its escapes, \p{...} classes and group names taken out: what is left is literal text. */
export function literalText(pattern) {
  return pattern
    .replace(/\\[pP]\{[^}]*\}/g, ' ')
    .replace(/\\k<[^>]*>/g, ' ')
    .replace(/\(\?<(?=[=!])/g, '(')
    .replace(/\(\?<[^>]*>/g, '(')
    .replace(/\\u\{[0-9a-fA-F]+\}|\\u[0-9a-fA-F]{4}|\\x[0-9a-fA-F]{2}|\\c[A-Za-z]/g, ' ')
    .replace(/\\./g, ' ');
}

/**
 * Whether a regex source holds a natural-language word: three letters in a row outside a character
 * class ("[IVXLC]" is a set, not a word), or any non-ASCII letter anywhere ("[ая]$").
 */
export function hasWord(pattern) {
  const text = literalText(pattern);
  const outsideClasses = text.replace(/\[(?:[^\]\\]|\\.)*\]/g, ' ');
  return /\p{L}{3,}/u.test(outsideClasses) || nonAsciiLetter.test(text);
}

const code = /^[a-z]{2}$/;

export const languageLiterals = {
  meta: {
    type: 'problem',
    docs: { description: 'Keeps language-particular words and branches out of the extraction rules.' },
    messages: {
      code: `Do not compare a language code ('{{code}}') in a rule: give the pack a flag, a pattern or a function instead (${where}).`,
      regex: `This regex holds a natural-language word: ${where}.`,
      string: `This string holds non-ASCII letters: ${where}.`,
    },
    schema: [],
  },
  create(context) {
    const isCode = (node) => node?.type === 'Literal' && typeof node.value === 'string' && code.test(node.value);
    return {
      BinaryExpression(node) {
        if (!['===', '!==', '==', '!='].includes(node.operator)) return;
        const literal = [node.left, node.right].find(isCode);
        if (literal) context.report({ node: literal, messageId: 'code', data: { code: literal.value } });
      },
      SwitchCase(node) {
        if (isCode(node.test)) context.report({ node: node.test, messageId: 'code', data: { code: node.test.value } });
      },
      Literal(node) {
        if (node.regex) {
          if (hasWord(node.regex.pattern)) context.report({ node, messageId: 'regex' });
        } else if (typeof node.value === 'string' && nonAsciiLetter.test(node.value)) {
          context.report({ node, messageId: 'string' });
        }
      },
      TemplateElement(node) {
        if (nonAsciiLetter.test(node.value.cooked ?? node.value.raw)) context.report({ node, messageId: 'string' });
      },
    };
  },
};

export default { rules: { 'language-literals': languageLiterals } };
