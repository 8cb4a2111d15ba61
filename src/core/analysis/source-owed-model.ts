/**
 * Is a source owed? For a check-worthy claim the article gives no source for, the probability
 * that a careful reader needs one (docs/LABELLING.md, `sourceOwed`): an unsourced statistic, an
 * accusation, a casualty count or a forecast stated as fact — not a date of a hearing, a vote the
 * paper reported itself or the result of a match. Flagging every number as "no source given"
 * teaches cynicism rather than discernment, so the reader and the source-check exercise use this.
 *
 * A logistic regression over the check-worthiness cues (checkworthy-model.ts), hedges, certainty
 * and framing cues, and hashed lemma and character n-grams, trained by
 * `scripts/train-source-owed.ts` on the unsourced claims of our own keyed articles (out-of-fold
 * accuracy and AUC in resources/models/source-owed.json and docs/EVALUATION.md). Weights ship as
 * resources/models/source-owed.json.
 */
import bundled from '../../../resources/models/source-owed.json';
import type { Token } from './nlp';
import type { Anchor } from './claims';
import { checkWorthyFeatures, checkWorthyHashed, checkWorthyKeys, CHECKWORTHY_FEATURES } from './checkworthy-model';

export const SOURCE_OWED_FEATURE_VERSION = 1;
export const SOURCE_OWED_HASH_BITS = 12;
export const SOURCE_OWED_FEATURES = [...CHECKWORTHY_FEATURES, 'hedges', 'certainty', 'framing_cues', 'percent'] as const;

export interface SourceOwedInput {
  toks: Token[];
  anchors: Anchor[];
  /** Loaded-language spans in the sentence. */
  loaded: number;
  hedges: number;
  certainty: number;
  /** Framing cues (interpretation, motive, prediction, call to action, commentary). */
  framingCues: number;
  question: boolean;
}

/**
 * The dense feature vector, in SOURCE_OWED_FEATURES order. `checkWorthy`: checkWorthyFeatures of
 * the same tokens, anchors, loaded count and question flag, when the caller already has them.
 */
export function sourceOwedFeatures(input: SourceOwedInput, checkWorthy?: number[]): number[] {
  const percent = input.toks.some((t) => t.text === '%' || t.norm === 'percent' || t.norm === 'cent') ? 1 : 0;
  return [
    ...(checkWorthy ?? checkWorthyFeatures({ toks: input.toks, anchors: input.anchors, loaded: input.loaded, question: input.question })),
    input.hedges, input.certainty, input.framingCues, percent,
  ];
}

export function sourceOwedHashed(toks: Token[]): Map<number, number> {
  return checkWorthyHashed(toks, SOURCE_OWED_HASH_BITS);
}

export interface SourceOwedModelFile {
  kind: 'framewise-source-owed';
  version: string;
  featureVersion: number;
  hashBits: number;
  features: string[];
  mean: number[];
  scale: number[];
  dense: number[];
  /** One weight per hashed feature, rounded to 5 decimals. */
  hashed: number[];
  bias: number;
  /** P at or above which a source is more likely owed than not (reported out of fold; not used to decide). */
  threshold: number;
  /** P below which a claim surely needs no source (public record, first-hand): chosen out of fold for 90 % precision. */
  notOwedBelow: number;
  training: Record<string, unknown>;
}

export interface SourceOwedModel {
  readonly threshold: number;
  readonly notOwedBelow: number;
  /** `checkWorthy`: checkWorthyFeatures of the same sentence, when the caller already has them. */
  probability(input: SourceOwedInput, checkWorthy?: number[]): number;
}

export function sourceOwedModelFrom(file: SourceOwedModelFile): SourceOwedModel {
  if (file.kind !== 'framewise-source-owed') throw new Error('not a source-owed model file');
  if (file.featureVersion !== SOURCE_OWED_FEATURE_VERSION || file.features.join() !== SOURCE_OWED_FEATURES.join()) {
    throw new Error('source-owed model was trained on different features: run npm run train:owed');
  }
  if (file.hashed.length !== 1 << file.hashBits) throw new Error('source-owed model: hashed weights have the wrong size');
  const { mean, scale, dense, bias, hashed } = file;
  return {
    threshold: file.threshold,
    notOwedBelow: file.notOwedBelow,
    probability(input: SourceOwedInput, checkWorthy?: number[]): number {
      const f = sourceOwedFeatures(input, checkWorthy);
      let z = bias;
      for (let i = 0; i < dense.length; i++) z += dense[i] * ((f[i] - mean[i]) / scale[i]);
      // sourceOwedHashed's values, summed in its order without building the map.
      const keys = checkWorthyKeys(input.toks, SOURCE_OWED_HASH_BITS);
      const v = 1 / (Math.sqrt(keys.length) || 1);
      for (const k of keys) z += hashed[k] * v;
      return 1 / (1 + Math.exp(-z));
    },
  };
}

/** The bundled model, or null when its file does not match this code (every unsourced claim is then owed). */
export function loadSourceOwedModel(): SourceOwedModel | null {
  try {
    return sourceOwedModelFrom(bundled as unknown as SourceOwedModelFile);
  } catch {
    return null;
  }
}
