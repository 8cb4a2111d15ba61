/**
 * Tokens with exact offsets, POS tags and lemmas from wink-nlp. The model is loaded once per
 * analyser (createNlp) because loading costs tens of milliseconds and tokenising costs microseconds.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

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
}

export interface Nlp {
  tokenize(text: string, base?: number): Token[];
}

const UPPER = /^\p{Lu}/u;

export function createNlp(): Nlp {
  const nlp = winkNLP(model, ['pos']);
  const its = nlp.its;
  return {
    tokenize(text: string, base = 0): Token[] {
      if (!text) return [];
      const doc = nlp.readDoc(text);
      const tokens = doc.tokens();
      // wink's typings reject some `its` helpers in out(); they work at run time.
      const out_ = tokens.out.bind(tokens) as unknown as (f: unknown) => string[];
      const values = out_(its.value);
      const pos = out_(its.pos);
      const lemmas = out_(its.lemma);
      const types = out_(its.type);
      const out: Token[] = [];
      let cursor = 0;
      for (let i = 0; i < values.length; i++) {
        const v = values[i];
        // wink keeps each token's surface text, so a forward scan recovers exact offsets.
        let at = text.startsWith(v, cursor) ? cursor : text.indexOf(v, cursor);
        if (at < 0) continue;
        const spaceBefore = at > cursor || (i > 0 && at === cursor && /\s/.test(text[at - 1] ?? ''));
        const end = at + v.length;
        const norm = v.toLowerCase();
        const lemma = (lemmas[i] ?? v).toLowerCase();
        let alt: string[] | undefined;
        if (lemma === norm && norm.length > 4 && norm.endsWith('ed') && pos[i] === 'ADJ') {
          alt = norm.endsWith('ied') ? [norm.slice(0, -3) + 'y'] : [norm.slice(0, -2), norm.slice(0, -1)];
        }
        out.push({
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
        });
        cursor = end;
      }
      return out;
    },
  };
}
