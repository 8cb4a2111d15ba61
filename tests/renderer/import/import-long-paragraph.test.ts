/**
 * Issue 9, defect 7: spreading a paragraph's lines into `Math.max(...)` overflowed the
 * stack at ~130,000 lines, so a 520 KB .txt of short lines was refused as damaged.
 */
import { describe, expect, it } from 'vitest';
import { importTextFile } from '../../../src/renderer/src/import/import-text';

describe('a paragraph of very many short lines', () => {
  it('a 520 KB .txt of 130,000 short lines imports', async () => {
    const text = 'a b\n'.repeat(130_000);
    const bytes = new TextEncoder().encode(text);
    expect(bytes.byteLength).toBe(520_000);
    const article = await importTextFile(bytes, 'lines.txt', 'txt');
    expect(article.wordCount).toBe(260_000);
  });

  it('and so does the same in Markdown, with a heading line above the paragraph', async () => {
    const text = `Short heading\n${'a b\n'.repeat(130_000)}`;
    const article = await importTextFile(new TextEncoder().encode(text), 'lines.md', 'md');
    expect(article.wordCount).toBeGreaterThan(260_000);
  });
});
