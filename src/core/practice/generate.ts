import type { ArticleAnalysis } from '../analysis/types';
import type { AnswerKey } from '../samples/answer-key';
import { analysisFromAnswerKey, keyNotes } from './from-answer-key';
import { generateClassify } from './generators/classify';
import { createContext } from './generators/context';
import { generateHedgeCertainty } from './generators/hedge-certainty';
import { generateLoadedWords } from './generators/loaded-words';
import { generateMissingVoices } from './generators/missing-voices';
import { generateNeutralRewrite } from './generators/neutral-rewrite';
import { generateSourceCheck } from './generators/source-check';
import { generateWhoSays } from './generators/who-says';
import { SKILLS, type PracticeItem, type Skill } from './types';
import { CONFIDENCE_CUTOFFS, VOICE_CUTOFF, calibrateItemConfidence, calibrateVoiceConfidence } from './confidence';
import { itemSignals } from './item-signals';
import { formatMessage, msg } from './messages';

export interface PracticeArticle {
  /** The stored article's id (Dexie), carried into items and attempts; null before storage. */
  id?: number | null;
  /** SHA-256 hex of the cleaned text (ImportedArticle.hash): item ids and seeds derive from it. */
  hash: string;
  original: string;
}

export interface GenerateOptions {
  /** Only these skills (default: all seven). */
  skills?: readonly Skill[];
  /** Per-article upper bounds per skill (see DEFAULT_LIMITS). */
  limits?: Partial<Record<Skill, number>>;
  /** Override confidence cut-offs (see CONFIDENCE_CUTOFFS). */
  cutoffs?: Partial<Record<Skill, number>>;
  /** Keep the generators' raw confidences (only for fitting the calibration, scripts/train-item-confidence.ts). */
  rawConfidence?: boolean;
  /**
   * Draw another sample of sentences than the app does (only for fitting the calibration: the
   * per-article limits sample sentences at random, and one sample decides a cut-off too much).
   */
  sampleSalt?: string;
  /** Override the cut-off of writer's-voice grading of classify items (VOICE_CUTOFF; > 1: never). */
  voiceCutoff?: number;
}

const GENERATORS = {
  classify: generateClassify,
  'loaded-words': generateLoadedWords,
  'who-says': generateWhoSays,
  'hedge-certainty': generateHedgeCertainty,
  'source-check': generateSourceCheck,
  'neutral-rewrite': generateNeutralRewrite,
  'missing-voices': generateMissingVoices,
} as const;

/**
 * All practice items for one article. With a hand answer key the key is the answer source
 * (every item graded); otherwise the analyser's output is, and only confident items are graded.
 * Deterministic for (article hash, analyser version or key id, options).
 */
export function generateItems(
  article: PracticeArticle,
  analysis: ArticleAnalysis | null,
  key?: AnswerKey | null,
  options: GenerateOptions = {},
): PracticeItem[] {
  const source = key ? analysisFromAnswerKey(article.original, key) : analysis;
  if (!source) throw new Error('generateItems needs an analysis or an answer key');
  const ctx = createContext({
    original: article.original,
    analysis: source,
    articleId: article.id ?? null,
    articleHash: article.hash,
    answerSource: key ? 'key' : 'analyser',
    cutoffs: options.cutoffs,
    limits: options.limits,
    notes: key ? keyNotes(key) : undefined,
    rawConfidence: options.rawConfidence,
    sampleSalt: options.sampleSalt,
  });
  const skills = options.skills ?? SKILLS;
  const items: PracticeItem[] = [];
  for (const skill of SKILLS) {
    if (skills.includes(skill)) items.push(...GENERATORS[skill](ctx));
  }
  if (key || options.rawConfidence) return items;
  // Analyser items: the generators' raw scores become calibrated confidences (confidence.ts).
  const cutoffs = { ...CONFIDENCE_CUTOFFS, ...options.cutoffs };
  const voiceCutoff = options.voiceCutoff ?? VOICE_CUTOFF;
  return items.map((item) => {
    const signals = itemSignals(item, source, item.confidence);
    const confidence = calibrateItemConfidence(item.skill, signals);
    // "The writer" as the answer on a sentence that may carry on the report before it is no surer than
    // grading its voice (below): the keys split on continued paraphrase.
    const graded = confidence >= cutoffs[item.skill] && !(item.skill === 'who-says' && item.key.kind === 'writer' && signals.backshift);
    const why = item.explanation.why.filter((m) => m.key !== 'why.discuss');
    // A sentence that may carry on the report before it ("She said the plan was sound. It would cut
    // queues by half.") is not graded on its voice: the training keys split on such sentences
    // (LABELLING.md now keys them attributed; on training batches the models had not seen, 1 of 7 graded
    // on the voice agreed; on older keys, 50 of 51).
    if (!graded && item.skill === 'classify' && item.key.label !== 'attributed' && !signals.backshift) {
      // Unsure between fact and framing, perhaps, but sure nobody is reported saying it: graded on that.
      const voice = calibrateVoiceConfidence(signals);
      if (voice >= voiceCutoff) {
        return { ...item, confidence, graded: true, voiceOnly: { confidence: voice }, explanation: { ...item.explanation, why: [msg('why.classify.voice'), msg('why.discuss-fact-framing', { label: formatMessage(msg(`label.${item.key.label}`)) })] } };
      }
    }
    return { ...item, confidence, graded, explanation: { ...item.explanation, why: graded ? why : [...why, msg('why.discuss')] } } as PracticeItem;
  });
}

export interface ItemCounts {
  total: number;
  graded: number;
}

/** Items and graded items per skill (for reports and the article's practice summary). */
export function countItems(items: readonly PracticeItem[]): Record<Skill, ItemCounts> {
  const counts = Object.fromEntries(SKILLS.map((s) => [s, { total: 0, graded: 0 }])) as Record<Skill, ItemCounts>;
  for (const item of items) {
    counts[item.skill].total++;
    if (item.graded) counts[item.skill].graded++;
  }
  return counts;
}
