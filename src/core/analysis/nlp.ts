/**
 * Tokens with exact offsets, POS tags and lemmas from wink-nlp. The model is loaded once per
 * analyser (createNlp) because loading costs tens of milliseconds and tokenising costs microseconds.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { StartIndex } from './phrase-trie';
import { correctTags } from './tag-fixes';

export interface Token {
  /** Offsets into the text given to tokenize() plus its base offset. */
  start: number;
  end: number;
  text: string;
  /** Lower-cased surface form. */
  norm: string;
  lemma: string;
  /** Universal POS tag from wink (NOUN, VERB, PROPN, NUM, PUNCT, ...). */
  pos: string;
  /** wink token type: word, number, punctuation, symbol, currency, ... */
  type: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Whitespace between the previous token and this one. */
  spaceBefore: boolean;
  /** Extra base-form guesses for past participles tagged as adjectives ("detailed" -> detail). */
  alt?: string[];
  /**
   * Word valence from wink-eng-lite-web-model's sentiment lexicon, −1 (very negative) … +1; set
   * only on words the lexicon scores (phrases spread their score over their words).
   */
  sentiment?: number;
  /** Bits of the tries of `startIndex` that have an entry starting at this token (phrase-trie.ts). */
  starts?: number;
  startIndex?: StartIndex;
}

export interface Nlp {
  tokenize(text: string, base?: number): Token[];
  /**
   * True when the lower-case word is in wink's own lexicon with a part of speech other than a
   * proper noun ("construction", "ticket", "regional"): a capitalised form of it opening a sentence
   * is an ordinary word, not a name. Unknown words ("holm", "whitlock") are not common.
   */
  isCommonWord(lower: string): boolean;
  /** wink's part of speech for a common word read on its own, or null when it is not common. */
  commonWordPos(lower: string): string | null;
}

const UPPER = /^\p{Lu}/u;

/**
 * Letters wink's tokeniser does not know split a word ("Ostaș" → "Osta" + "ș", "Łukasz" → "Ł" +
 * "ukasz"), so a speaker's name breaks. Fold each to the plain letter it carries a mark on, one
 * UTF-16 unit for one, so offsets stay the same; tokens keep the original spelling. (Latin-1 letters
 * such as "é", "ñ", "ø" wink reads already.)
 */
const FOREIGN_LETTERS = /[\u0100-\u024f\u1e00-\u1eff]/g;
const UNDECOMPOSED: Record<string, string> = { 'ł': 'l', 'Ł': 'L', 'đ': 'd', 'Đ': 'D', 'ħ': 'h', 'Ħ': 'H', 'ı': 'i', 'ŀ': 'l', 'Ŀ': 'L', 'ŧ': 't', 'Ŧ': 'T', 'ƒ': 'f' };
function foldLetter(ch: string): string {
  const base = ch.normalize('NFD')[0];
  if (base !== ch && /^[A-Za-z]$/.test(base)) return base;
  return UNDECOMPOSED[ch] ?? ch;
}
export function foldForTokenizer(text: string): string {
  FOREIGN_LETTERS.lastIndex = 0;
  return FOREIGN_LETTERS.test(text) ? text.replace(FOREIGN_LETTERS, foldLetter) : text;
}

/** One scored stretch from wink's sentiment automaton: [first token, last token, score × 1000]. */
type SentimentHit = [number, number, number | string];

interface SentimentModel {
  machines: unknown;
  setter: (px: SentimentHit[], ...rest: unknown[]) => void;
}

export function createNlp(): Nlp {
  // wink exposes sentiment only per sentence (its.sentiment); the per-word scores pass through
  // the model's setter, so a thin wrapper keeps a copy of them for the document being read.
  let hits: SentimentHit[] = [];
  const withSentiment = model as unknown as { sa: () => SentimentModel };
  const wrapped = Object.create(model) as typeof model & { sa: () => SentimentModel };
  wrapped.sa = () => {
    const sa = withSentiment.sa();
    return {
      machines: sa.machines,
      setter: (px: SentimentHit[], ...rest: unknown[]) => {
        hits = px.map((h) => [h[0], h[1], +h[2]]);
        sa.setter(px, ...rest);
      },
    };
  };
  const nlp = winkNLP(wrapped, ['pos', 'sentiment']);
  const its = nlp.its;
  // wink numbers its own lexemes first and appends unknown words after them, so the id given to
  // a made-up word read before anything else is the size of the built-in lexicon.
  const idsOf = (d: ReturnType<typeof nlp.readDoc>): number[] => (d.tokens().out as unknown as (f: unknown) => number[])(its.uniqueId);
  const lexiconSize = idsOf(nlp.readDoc('qxzvjkwq'))[0];
  const common = new Map<string, string | null>();
  const commonWordPos = (lower: string): string | null => {
    let v = common.get(lower);
    if (v !== undefined) return v;
    const d = nlp.readDoc(lower);
    const ids = idsOf(d);
    const pos = (d.tokens().out as unknown as (f: unknown) => string[])(its.pos);
    v = ids.length === 1 && ids[0] < lexiconSize && pos[0] !== 'PROPN' ? pos[0] : null;
    if (common.size > 50_000) common.clear();
    common.set(lower, v);
    return v;
  };
  return {
    // Plurals are not all in wink's lexicon ("meteorologists"): fall back to the singular.
    isCommonWord: (lower: string): boolean => commonWordPos(lower) !== null || (lower.length > 3 && /[^s]s$/.test(lower) && commonWordPos(lower.slice(0, -1)) === 'NOUN'),
    commonWordPos,
    tokenize(text: string, base = 0): Token[] {
      if (!text) return [];
      hits = [];
      const folded = foldForTokenizer(text);
      const doc = nlp.readDoc(folded);
      const tokens = doc.tokens();
      // wink's typings reject some `its` helpers in out(); they work at run time.
      const out_ = tokens.out.bind(tokens) as unknown as (f: unknown) => string[];
      const values = out_(its.value);
      const pos = out_(its.pos);
      const lemmas = out_(its.lemma);
      const types = out_(its.type);
      let valence: number[] | null = null;
      if (hits.length) {
        valence = new Array<number>(values.length).fill(0);
        for (const [from, to, score] of hits) for (let k = from; k <= to && k < values.length; k++) valence[k] = Math.round(score as number) / 1000;
      }
      const out: Token[] = [];
      let cursor = 0;
      for (let i = 0; i < values.length; i++) {
        let v = values[i];
        // wink keeps each token's surface text, so a forward scan recovers exact offsets.
        const at = folded.startsWith(v, cursor) ? cursor : folded.indexOf(v, cursor);
        if (at < 0) continue;
        const spaceBefore = at > cursor || (i > 0 && at === cursor && /\s/.test(text[at - 1] ?? ''));
        const end = at + v.length;
        if (folded !== text) v = text.slice(at, end);
        const norm = v.toLowerCase();
        const lemma = (lemmas[i] ?? v).toLowerCase();
        let alt: string[] | undefined;
        if (lemma === norm && norm.length > 4 && norm.endsWith('ed') && pos[i] === 'ADJ') {
          alt = norm.endsWith('ied') ? [norm.slice(0, -3) + 'y'] : [norm.slice(0, -2), norm.slice(0, -1)];
        }
        const tok: Token = {
          alt,
          start: base + at,
          end: base + end,
          text: v,
          norm,
          lemma,
          pos: pos[i] ?? 'X',
          type: types[i] ?? 'word',
          cap: UPPER.test(v),
          spaceBefore,
        };
        if (valence && valence[i] !== 0) tok.sentiment = valence[i];
        out.push(tok);
        cursor = end;
      }
      return correctTags(out);
    },
  };
}
