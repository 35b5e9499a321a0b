/**
 * Spans (start..end, end exclusive) indexed by position, so that "does
 * anything overlap this span?" looks at the spans near it instead of every
 * span of the article. Positions are grouped in buckets of a fixed width; a
 * span is listed in every bucket it covers. Mentions are short, so a span
 * touches one or two buckets and a query reads a handful of spans.
 */
export interface Span {
  start: number;
  end: number;
}

const bucketWidth = 64;

export class SpanIndex<T extends Span> {
  private readonly buckets = new Map<number, T[]>();

  constructor(spans: Iterable<T> = []) {
    for (const span of spans) this.add(span);
  }

  add(span: T): void {
    for (
      let b = Math.floor(span.start / bucketWidth);
      b <= Math.floor(Math.max(span.start, span.end - 1) / bucketWidth);
      b++
    ) {
      const bucket = this.buckets.get(b);
      if (bucket) bucket.push(span);
      else this.buckets.set(b, [span]);
    }
  }

  /** Whether some indexed span overlaps start..end and passes `test` (every span when no test is given). */
  overlaps(start: number, end: number, test?: (span: T) => boolean): boolean {
    for (let b = Math.floor(start / bucketWidth); b <= Math.floor(Math.max(start, end - 1) / bucketWidth); b++) {
      for (const span of this.buckets.get(b) ?? []) {
        if (start < span.end && end > span.start && (!test || test(span))) return true;
      }
    }
    return false;
  }
}
