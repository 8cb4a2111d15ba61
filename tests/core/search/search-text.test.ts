import { describe, expect, it } from 'vitest';
import { extractSnippet, foldForSearch, queryTerms, searchableText, tokenizeForSearch, tokenizeQuery, wordSpans } from '../../../src/core/search';

const marked = (text: string, terms: string[], length?: number) => {
  const snippet = extractSnippet(text, terms, { length });
  if (!snippet) return undefined;
  return snippet.highlights.map((h) => snippet.text.slice(h.start, h.end));
};

describe('search text', () => {
  it('folds plain ASCII words exactly as the full NFKD fold does (its fast path)', () => {
    const reference = (text: string) => text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
    const ascii = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
    for (const text of [ascii, 'Budget', 'U.S.', 'Jarrowford-199', 'MIXED case 42', '', '\t\n']) {
      expect(foldForSearch(text)).toBe(reference(text));
    }
    // Anything past ASCII still goes through NFKD: ligatures and full-width letters too.
    expect(foldForSearch('ﬁnance ＡＢＣ Ångström')).toBe('finance abc angstrom');
  });

  it('folds case and accents, and splits on spaces and punctuation', () => {
    expect(foldForSearch('Café PÉREZ Ångström')).toBe('cafe perez angstrom');
    // Words, then the compounds written without spaces.
    expect(tokenizeForSearch("The council's £4.2m plan—rushed?")).toEqual(['The', 'council', 's', '4', '2m', 'plan', 'rushed', "council's", '4.2m', 'plan—rushed']);
    // A query keeps a compound whole.
    expect(tokenizeQuery('Jarrowford-199 "council"')).toEqual(['Jarrowford-199', 'council']);
    expect(queryTerms('Jarrowford-199 Café')).toEqual(['jarrowford-199', 'cafe']);
    expect(queryTerms('  Café, cafe; CAFÉ  ')).toEqual(['cafe']);
    expect(queryTerms('...')).toEqual([]);
    expect(wordSpans('a  Café!')).toEqual([
      { start: 0, end: 1, folded: 'a' },
      { start: 3, end: 7, folded: 'cafe' },
    ]);
  });

  it('with first letters, keeps every word that folds to one of them and skips other ASCII words unfolded', () => {
    const text = 'Émile met Eve at the École; ÉCOLE, eel, Straße, ßeta, 9ers, 90s and the Ōtaki echo. Übermut, ueber.';
    const firsts = new Set(['e', '9', 's']);
    const all = wordSpans(text);
    const wanted = all.filter((span) => firsts.has(span.folded[0]));
    const kept = wordSpans(text, firsts);
    // Everything that can match is there, in order; what else is kept (non-ASCII words) was folded, not judged by its look.
    expect(kept.filter((span) => firsts.has(span.folded[0]))).toEqual(wanted);
    expect(kept.every((span) => all.some((a) => a.start === span.start && a.folded === span.folded))).toBe(true);
    expect(kept.map((span) => span.folded)).not.toContain('met');
    expect(kept.map((span) => span.folded)).toContain('ubermut');
  });

  it('searches headings and paragraphs, not debris', () => {
    const original = 'Title\n\nBody text.\n\nSubscribe now';
    const blocks = [
      { kind: 'heading' as const, start: 0, end: 5, text: 'Title' },
      { kind: 'paragraph' as const, start: 7, end: 17, text: 'Body text.' },
      { kind: 'debris' as const, start: 19, end: 32, text: 'Subscribe now', reason: 'newsletter' },
    ];
    expect(searchableText(original, blocks)).toBe('Title\nBody text.');
    expect(searchableText('Just text', [])).toBe('Just text');
  });
});

describe('extractSnippet', () => {
  const text =
    'The council met on Tuesday. Residents asked about parking near the school. ' +
    'Later that evening the council approved the budget after a long debate about the budget cuts. ' +
    'Nobody mentioned the library, which closes in May.';

  it('picks the passage where most query words occur together and marks them (prefixes, accents)', () => {
    const snippet = extractSnippet(text, ['budg', 'council'], { length: 80 })!;
    expect(snippet.text).toContain('the council approved the budget');
    expect(snippet.highlights.map((h) => snippet.text.slice(h.start, h.end))).toEqual(['council', 'budget', 'budget']);
    expect(snippet.cutBefore).toBe(true);
    expect(snippet.text.length).toBeLessThanOrEqual(100);
    expect(marked('Un café à Paris', ['cafe'])).toEqual(['café']);
  });

  it('cuts at word boundaries and collapses whitespace without moving highlights', () => {
    const snippet = extractSnippet('alpha beta\n\n   gamma delta epsilon zeta eta theta iota kappa lambda', ['gamma'], { length: 40 })!;
    expect(snippet.text.startsWith('alpha beta gamma')).toBe(true);
    expect(snippet.text.slice(snippet.highlights[0].start, snippet.highlights[0].end)).toBe('gamma');
    expect(snippet.cutBefore).toBe(false);
    expect(snippet.cutAfter).toBe(true);
    expect(snippet.text.endsWith(' ')).toBe(false);
  });

  it('returns undefined when nothing in the text matches, or there is no term', () => {
    expect(extractSnippet(text, ['zebra'])).toBeUndefined();
    expect(extractSnippet(text, [])).toBeUndefined();
    // A match must start a word.
    expect(extractSnippet(text, ['udget'])).toBeUndefined();
  });

  it('marks a compound as a whole, not its parts', () => {
    expect(marked('Jarrowford-99 paid 199 thousand; Jarrowford-199 paid less.', ['jarrowford-199'])).toEqual(['Jarrowford-199']);
    expect(marked('Jarrowford-199 paid less.', ['jarrowford'])).toEqual(['Jarrowford']);
  });

  it('handles a word longer than the window', () => {
    const long = 'x'.repeat(300);
    const snippet = extractSnippet(`start ${long} end`, ['xxx'], { length: 50 })!;
    expect(snippet.highlights).toHaveLength(1);
    expect(snippet.text).toContain(long);
  });
});
