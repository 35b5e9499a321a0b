/**
 * A sentence cut at the mentions of a fact's two endpoints, for the review
 * page to mark them. Pure. Spans are UTF-16 offsets into the sentence text,
 * end exclusive (MentionSpan); a span outside the text, empty, or overlapping
 * one already taken (the longer first at the same start) is left unmarked, so
 * the parts always join back to the sentence.
 */
import type { MentionSpan } from './review-queries';

export interface SentencePart {
  text: string;
  /** Which endpoint the words name; absent for the words between mentions. */
  side?: 'from' | 'to';
}

export function sentenceParts(text: string, fromSpans: MentionSpan[], toSpans: MentionSpan[]): SentencePart[] {
  const spans = [
    ...fromSpans.map((span) => ({ ...span, side: 'from' as const })),
    ...toSpans.map((span) => ({ ...span, side: 'to' as const })),
  ]
    .filter((span) => span.start >= 0 && span.end <= text.length && span.start < span.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: SentencePart[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    if (span.start > at) parts.push({ text: text.slice(at, span.start) });
    parts.push({ text: text.slice(span.start, span.end), side: span.side });
    at = span.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return parts;
}
