import { describe, expect, it } from 'vitest';
import { createNlp } from '../../../src/core/analysis/nlp';
import { buildLexicons } from '../../../src/core/analysis/lexicons';
import { PhraseTrie, StartIndex } from '../../../src/core/analysis/phrase-trie';

const nlp = createNlp();

describe('PhraseTrie with a StartIndex', () => {
  it('finds the same matches on marked tokens as on unmarked ones, for every lexicon trie', () => {
    const lex = buildLexicons(nlp);
    const text = 'Officials said the council slammed the plan, according to a spokesman who asked not to be named; '
      + 'prices rose by more than 3.4% in March, and critics will undoubtedly call it a so-called reform of the United Nations.';
    const plain = nlp.tokenize(text);
    const marked = nlp.tokenize(text);
    lex.starts.mark(marked);
    expect(marked.every((t) => t.startIndex === lex.starts && typeof t.starts === 'number')).toBe(true);
    expect(marked.some((t) => t.starts !== 0)).toBe(true);
    const tries = [lex.loaded, lex.neutralPhrases, lex.markers, lex.reporting, lex.framing, lex.anonymous, lex.claimCues, lex.organisations] as PhraseTrie<unknown>[];
    let found = 0;
    for (const trie of tries) {
      const a = trie.findAll(plain);
      expect(trie.findAll(marked)).toEqual(a);
      found += a.length;
      for (let i = 0; i < plain.length; i++) expect(trie.matchAt(marked, i)).toEqual(trie.matchAt(plain, i));
    }
    expect(found).toBeGreaterThan(5);
  });

  it('a phrase added after indexing is still found on tokens marked afterwards', () => {
    const trie = new PhraseTrie<string>();
    trie.addPhrase(nlp, 'red herring', 'a');
    const index = new StartIndex([trie as PhraseTrie<unknown>]);
    trie.addPhrase(nlp, 'blue moon', 'b');
    const toks = nlp.tokenize('Once in a blue moon, a red herring.');
    index.mark(toks);
    expect(trie.findAll(toks).map((m) => m.entry)).toEqual(['b', 'a']);
  });

  it('ignores marks made by another index (tokens of another analyser fall back to the root lookups)', () => {
    const a = new PhraseTrie<string>();
    a.addPhrase(nlp, 'red herring', 'a');
    const b = new PhraseTrie<string>();
    b.addPhrase(nlp, 'blue moon', 'b');
    new StartIndex([a as PhraseTrie<unknown>]);
    const other = new StartIndex([b as PhraseTrie<unknown>]);
    const toks = nlp.tokenize('A red herring.');
    other.mark(toks);
    expect(a.findAll(toks).map((m) => m.entry)).toEqual(['a']);
  });
});
