/**
 * Direct-quotation regions inside a block. Curly and straight double quotes are paired; single
 * curly quotes only when they open after a space (so apostrophes are not taken for quotes).
 * A quote left open at the end of a paragraph runs to the paragraph's end, as in news style
 * where a multi-paragraph quote reopens each paragraph.
 */
export interface QuoteRegion {
  /** Offset of the opening mark and just after the closing mark. */
  start: number;
  end: number;
}

export function findQuotes(original: string, start: number, end: number): QuoteRegion[] {
  const out: QuoteRegion[] = [];
  let open = -1;
  let openChar = '';
  for (let i = start; i < end; i++) {
    const c = original[i];
    if (open < 0) {
      if (c === '“' || c === '"' || c === '«') {
        open = i;
        openChar = c;
      } else if (c === '‘' && (i === start || /[\s(—–-]/.test(original[i - 1]))) {
        open = i;
        openChar = c;
      }
    } else {
      const closes =
        (openChar === '“' && c === '”') ||
        (openChar === '"' && c === '"') ||
        (openChar === '«' && c === '»') ||
        (openChar === '‘' && c === '’' && !/\p{L}/u.test(original[i + 1] ?? ''));
      if (closes) {
        out.push({ start: open, end: i + 1 });
        open = -1;
      } else if (openChar !== '‘' && (c === '“' || (c === '"' && openChar !== '"'))) {
        // A new opening mark before a close: the previous one was unbalanced; restart here.
        open = i;
        openChar = c;
      }
    }
  }
  if (open >= 0 && openChar !== '‘' && end - open > 1) out.push({ start: open, end });
  return out;
}

/** Characters of [start, end) covered by the regions. */
export function coverage(regions: QuoteRegion[], start: number, end: number): number {
  let n = 0;
  for (const q of regions) {
    const a = Math.max(q.start, start);
    const b = Math.min(q.end, end);
    if (b > a) n += b - a;
  }
  return n;
}

export function insideAny(regions: readonly { start: number; end: number }[], start: number, end: number): boolean {
  for (const q of regions) if (start >= q.start && end <= q.end) return true;
  return false;
}
