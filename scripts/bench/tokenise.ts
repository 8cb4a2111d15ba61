/**
 * Bare wink-nlp tokenisation rates over given texts, the yardstick the bench divides the whole
 * analysis by. Each pipe reads the texts once untimed first: wink grows its lexeme cache on unseen
 * words, and the analyser's own wink instance has already seen them by the time it is timed.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface TokenisationRates {
  /** readDoc with no pipe (tokens only) and the token values read out. */
  bare: number;
  /** The pipe the analyser uses (pos, sentiment), token values, POS and lemmas read out as it does. */
  analyserPipe: number;
  /** wink's default pipe (sentence boundaries, negation, sentiment, pos, entities, custom entities). */
  defaultPipe: number;
}

export function tokenisationRates(texts: string[], words: number): TokenisationRates {
  const rate = (read: (text: string) => unknown): number => {
    for (const t of texts) read(t);
    const t0 = performance.now();
    for (const t of texts) read(t);
    return words / ((performance.now() - t0) / 1000);
  };
  const bare = winkNLP(model, []);
  const withPos = winkNLP(model, ['pos', 'sentiment']);
  const its = withPos.its;
  const dflt = winkNLP(model);
  return {
    bare: rate((t) => bare.readDoc(t).tokens().out()),
    analyserPipe: rate((t) => {
      const tokens = withPos.readDoc(t).tokens();
      const out = tokens.out.bind(tokens) as unknown as (f: unknown) => string[];
      return [out(its.value), out(its.pos), out(its.lemma), out(its.type)];
    }),
    defaultPipe: rate((t) => dflt.readDoc(t).tokens().out()),
  };
}

export interface Tokenisers {
  bare(text: string): void;
  analyserPipe(text: string): void;
}

/** The two wink pipes of tokenisationRates as functions, for timing interleaved with the analysis. */
export function tokenisers(): Tokenisers {
  const bare = winkNLP(model, []);
  const withPos = winkNLP(model, ['pos', 'sentiment']);
  const its = withPos.its;
  return {
    bare: (t) => {
      bare.readDoc(t).tokens().out();
    },
    analyserPipe: (t) => {
      const tokens = withPos.readDoc(t).tokens();
      const out = tokens.out.bind(tokens) as unknown as (f: unknown) => string[];
      out(its.value);
      out(its.pos);
      out(its.lemma);
      out(its.type);
    },
  };
}
