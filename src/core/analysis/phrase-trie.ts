/**
 * Multi-word lexicon matching over tokens. Each entry is stored under both its surface forms and
 * its lemmas, and a token may step by either its lower-cased form or its lemma, so "slammed"
 * matches "slam" and "voiced concerns" matches "voice concerns".
 */
import type { Nlp, Token } from './nlp';

interface Node<T> {
  next: Map<string, Node<T>>;
  entry?: T;
}

export interface PhraseMatch<T> {
  /** Token indices [from, to). */
  from: number;
  to: number;
  entry: T;
}

/**
 * Which of a set of tries can start a match at a token, worked out once per token instead of once
 * per trie (the analyser runs eight tries over every sentence, and most tokens start no entry in
 * any of them). `mark` stores on each token one bit per trie whose root has the token's form,
 * lemma or a guessed base form: exactly the test of matchAt's fast path.
 */
export class StartIndex {
  private firsts = new Map<string, number>();
  private count = 0;

  constructor(tries: PhraseTrie<unknown>[]) {
    for (const t of tries) t.attach(this);
  }

  /** The next free bit for a trie (at most 31 tries). */
  claimBit(): number {
    if (this.count >= 31) throw new Error('StartIndex: at most 31 tries');
    return 1 << this.count++;
  }

  /** Records that a trie with `bit` has entries starting with `key`. */
  addFirst(key: string, bit: number): void {
    this.firsts.set(key, (this.firsts.get(key) ?? 0) | bit);
  }

  mark(tokens: Token[]): void {
    const firsts = this.firsts;
    for (const t of tokens) {
      let m = (firsts.get(t.norm) ?? 0) | (firsts.get(t.lemma) ?? 0);
      if (t.alt) for (const x of t.alt) m |= firsts.get(x) ?? 0;
      t.starts = m;
      t.startIndex = this;
    }
  }
}

export class PhraseTrie<T> {
  private root: Node<T> = { next: new Map() };
  size = 0;
  private index: StartIndex | null = null;
  private bit = 0;
  private stackNodes: Node<T>[] = [];
  private stackIdx: number[] = [];

  /** Joins a StartIndex: tokens it marks skip this trie's root lookups. */
  attach(index: StartIndex): void {
    this.index = index;
    this.bit = index.claimBit();
    for (const key of this.root.next.keys()) index.addFirst(key, this.bit);
  }

  add(keys: string[], entry: T): void {
    if (!keys.length) return;
    if (this.index && !this.root.next.has(keys[0])) this.index.addFirst(keys[0], this.bit);
    let node = this.root;
    for (const k of keys) {
      let child = node.next.get(k);
      if (!child) {
        child = { next: new Map() };
        node.next.set(k, child);
      }
      node = child;
    }
    if (!node.entry) {
      node.entry = entry;
      this.size++;
    }
  }

  /** Adds a phrase under its lower-cased token forms and its lemmas. */
  addPhrase(nlp: Nlp, phrase: string, entry: T): void {
    const toks = nlp.tokenize(phrase);
    this.add(toks.map((t) => t.norm), entry);
    // Irregular lemmas (best -> good) would make the entry match unrelated words: keep only
    // lemmas that share their start with the written form.
    if (toks.every((t) => t.lemma.slice(0, 3) === t.norm.slice(0, 3))) this.add(toks.map((t) => t.lemma), entry);
  }

  /** Longest match starting at token i (within [i, limit)), or null. */
  matchAt(tokens: Token[], i: number, limit = tokens.length): PhraseMatch<T> | null {
    // Fast path: most tokens start no entry.
    const t0 = tokens[i];
    if (this.index && t0.startIndex === this.index) {
      if (!(t0.starts! & this.bit)) return null;
    } else if (!this.root.next.has(t0.norm) && !this.root.next.has(t0.lemma) && !(t0.alt && t0.alt.some((x) => this.root.next.has(x)))) return null;
    let bestTo = -1;
    let bestEntry: T | undefined;
    // Explicit stack of (node, next token index): a token may step by its form, lemma or guesses.
    // The two arrays are reused from call to call (matchAt calls nothing that could re-enter it).
    const nodes = this.stackNodes;
    const idx = this.stackIdx;
    nodes.length = 0;
    idx.length = 0;
    nodes.push(this.root);
    idx.push(i);
    while (nodes.length) {
      const node = nodes.pop()!;
      const j = idx.pop()!;
      if (node.entry && j > i && j > bestTo) {
        bestTo = j;
        bestEntry = node.entry;
      }
      if (j >= limit) continue;
      const t = tokens[j];
      const a = node.next.get(t.norm);
      if (a) {
        nodes.push(a);
        idx.push(j + 1);
      }
      if (t.lemma !== t.norm) {
        const b = node.next.get(t.lemma);
        if (b && b !== a) {
          nodes.push(b);
          idx.push(j + 1);
        }
      }
      if (t.alt) {
        for (const x of t.alt) {
          const c = node.next.get(x);
          if (c && c !== a) {
            nodes.push(c);
            idx.push(j + 1);
          }
        }
      }
    }
    return bestTo > 0 ? { from: i, to: bestTo, entry: bestEntry as T } : null;
  }

  /** Non-overlapping longest matches, left to right, within tokens [from, to). */
  findAll(tokens: Token[], from = 0, to = tokens.length, accept?: (m: PhraseMatch<T>) => boolean): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = from; i < to; ) {
      const m = this.matchAt(tokens, i, to);
      if (m && (!accept || accept(m))) {
        out.push(m);
        i = m.to;
      } else i++;
    }
    return out;
  }
}
