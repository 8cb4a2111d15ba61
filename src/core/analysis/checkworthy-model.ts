/**
 * Check-worthiness: does a sentence state a factual claim the public would want verified
 * (statistics, quantities, past actions of named actors, comparisons, laws and policies,
 * records, causal facts) rather than an opinion, question, promise, hypothetical or trivial
 * personal remark? A logistic regression over 28 dense linguistic cues (the anchors from
 * claims.ts, tense, modality, person, question, comparison, domain nouns, loaded words) plus
 * hashed lemma unigrams, bigrams and character 3-4-grams, trained by scripts/train-checkworthy.ts
 * on sentences the Framewise team wrote (scripts/data/checkworthy-sentences.tsv). Weights ship
 * as resources/models/checkworthy.json.
 *
 * Decision: check-worthy when P >= `threshold`, or when the sentence has a checkable anchor
 * (number, date, comparison, named event, verifiable action; not a question) and
 * P >= `anchorThreshold`. The anchors carry most of the signal; the model mainly vetoes them in
 * promises, hypotheticals and opinions, and adds confident claims that have no anchor.
 */
import bundled from '../../../resources/models/checkworthy.json';
import type { Token } from './nlp';
import type { Anchor } from './claims';

export const CHECKWORTHY_FEATURE_VERSION = 2;
/** log2 of the hashed feature space. */
export const CHECKWORTHY_HASH_BITS = 16;

export const CHECKWORTHY_FEATURES = [
  'numbers', 'dates', 'comparisons', 'actions', 'past_verbs', 'perfect', 'future', 'modal', 'desire',
  'opinion_frame', 'first_singular', 'first_plural', 'second_person', 'first_singular_past', 'question',
  'imperative', 'conditional', 'superlative', 'comparative', 'proper_nouns', 'domain_nouns', 'loaded',
  'negation', 'log_length', 'short', 'reported', 'present_be', 'let_me',
] as const;

export type CheckWorthyFeatureName = (typeof CHECKWORTHY_FEATURES)[number];

// Word lists written for this model (lower case).
const FIRST_SINGULAR = new Set(['i', 'me', 'my', 'mine', 'myself']);
const FIRST_PLURAL = new Set(['we', 'us', 'our', 'ours', 'ourselves']);
const SECOND = new Set(['you', 'your', 'yours', 'yourself', 'yourselves']);
const FUTURE = new Set(['will', "'ll", 'shall', 'gonna']);
const MODAL = new Set(['would', "'d", 'could', 'should', 'must', 'might', 'may', 'can', 'ought']);
const DESIRE = new Set(['want', 'wants', 'need', 'needs', 'hope', 'hopes', 'wish', 'intend', 'plan', 'promise', 'pledge', 'deserve', 'deserves']);
const OPINION_VERBS = new Set(['think', 'believe', 'feel', 'guess', 'suppose', 'hope', 'trust', 'doubt', 'suspect', 'imagine', 'expect', 'say', 'know', 'agree', 'disagree', 'respect', 'love', 'like']);
const NEGATION = new Set(['not', "n't", 'no', 'never', 'nor', 'neither', 'nobody', 'nothing', 'none']);
const CONDITIONAL = new Set(['if', 'unless', 'whether', 'suppose', 'imagine']);
const BE_PRESENT = new Set(['is', 'are', "'s", "'re", 'am', "'m"]);
const PAST_AUX = new Set(['was', 'were', 'did', 'had', "'d"]);
const PERFECT_AUX = new Set(['has', 'have', 'had', "'ve", "'s"]);
const REPORTED = new Set(['said', 'says', 'told', 'reported', 'found', 'showed', 'shows', 'according', 'announced', 'admitted', 'wrote', 'testified', 'estimated', 'estimates', 'concluded', 'ruled']);
/**
 * Nouns of public fact: economy, government, law, security, society. A sentence about these is
 * more often a checkable claim than one about feelings or intentions.
 */
const DOMAIN = new Set([
  'tax', 'taxes', 'budget', 'deficit', 'debt', 'spending', 'economy', 'unemployment', 'inflation', 'wages', 'wage', 'income', 'jobs',
  'job', 'prices', 'price', 'rate', 'rates', 'interest', 'trade', 'tariff', 'tariffs', 'exports', 'imports', 'growth', 'gdp', 'recession',
  'law', 'laws', 'bill', 'bills', 'act', 'treaty', 'agreement', 'amendment', 'constitution', 'court', 'ruling', 'vote', 'votes', 'election',
  'program', 'programme', 'policy', 'funding', 'funds', 'subsidy', 'subsidies', 'insurance', 'medicare', 'medicaid', 'pension', 'pensions',
  'security', 'welfare', 'benefits', 'troops', 'military', 'army', 'navy', 'weapons', 'missiles', 'warheads', 'war', 'sanctions', 'oil',
  'gas', 'energy', 'coal', 'emissions', 'crime', 'prison', 'prisons', 'police', 'schools', 'teachers', 'students', 'college', 'tuition',
  'hospital', 'hospitals', 'health', 'population', 'percent', 'percentage', 'million', 'billion', 'trillion', 'dollars', 'record',
  'administration', 'congress', 'senate', 'parliament', 'government', 'legislature', 'council', 'agency', 'department', 'ministry',
  'veterans', 'immigrants', 'immigration', 'border', 'refugees', 'nuclear', 'farmers', 'workers', 'companies', 'corporations', 'banks',
]);

export interface CheckWorthyInput {
  toks: Token[];
  anchors: Anchor[];
  /** Loaded-language spans in the sentence (any voice). */
  loaded: number;
  /** The sentence ends with a question mark outside quotations. */
  question: boolean;
}

function isPastVerb(t: Token): boolean {
  if (t.pos !== 'VERB') return false;
  if (t.norm.endsWith('ing') || t.norm === t.lemma) return false;
  return !t.norm.endsWith('s') || t.norm.endsWith('ss');
}

/** The dense feature vector, in CHECKWORTHY_FEATURES order. */
export function checkWorthyFeatures(input: CheckWorthyInput): number[] {
  const { toks, anchors } = input;
  let words = 0, past = 0, perfect = 0, future = 0, modal = 0, desire = 0, opinion = 0, s1 = 0, p1 = 0, s2 = 0;
  let cond = 0, sup = 0, comp = 0, propn = 0, domain = 0, neg = 0, reported = 0, be = 0, letMe = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.pos === 'PUNCT' || t.pos === 'SYM') continue;
    words++;
    const n = t.norm;
    const next = toks[i + 1];
    if (isPastVerb(t)) past++;
    else if (t.pos === 'AUX' && PAST_AUX.has(n) && n !== "'d") past++;
    if (PERFECT_AUX.has(n) && next && (isPastVerb(next) || (toks[i + 2] && next.pos === 'ADV' && isPastVerb(toks[i + 2])))) perfect++;
    if (FUTURE.has(n) && (t.pos === 'AUX' || t.pos === 'VERB')) future++;
    if (n === 'going' && next && next.norm === 'to' && toks[i + 2] && toks[i + 2].pos === 'VERB') future++;
    if (MODAL.has(n) && t.pos === 'AUX') modal++;
    if (DESIRE.has(n) && t.pos === 'VERB') desire++;
    if ((n === 'have' || n === 'got' || n === 'has') && next && next.norm === 'to') desire++;
    if (FIRST_SINGULAR.has(n)) {
      s1++;
      // "I think", "I don't believe", "I'd say", "I know".
      let k = i + 1;
      while (k < toks.length && k < i + 4 && (toks[k].pos === 'AUX' || toks[k].pos === 'PART' || toks[k].pos === 'ADV')) k++;
      if (toks[k] && OPINION_VERBS.has(toks[k].lemma)) opinion++;
    }
    if (n === 'in' && next && (next.norm === 'my' || next.norm === 'our') && toks[i + 2] && ['view', 'opinion', 'judgment', 'judgement'].includes(toks[i + 2].norm)) opinion++;
    if (FIRST_PLURAL.has(n)) p1++;
    if (SECOND.has(n)) s2++;
    if (CONDITIONAL.has(n)) cond++;
    if ((t.pos === 'ADJ' || t.pos === 'ADV') && n.length > 4 && n.endsWith('est')) sup++;
    if ((n === 'most' || n === 'least') && next && next.pos === 'ADJ') sup++;
    if (n === 'than') comp++;
    if (t.pos === 'PROPN') propn++;
    if (DOMAIN.has(n)) domain++;
    if (NEGATION.has(n)) neg++;
    if (REPORTED.has(n)) reported++;
    if (BE_PRESENT.has(n) && t.pos === 'AUX') be++;
    if (n === 'let' && next && (next.norm === 'me' || next.norm === 'us' || next.norm === "'s")) letMe++;
  }
  const first = toks.find((t) => t.pos !== 'PUNCT');
  // "Join me", "Give me one more minute": a sentence opening with a bare verb asks, it does not state.
  const imperative = first && first.pos === 'VERB' && first.norm === first.lemma ? 1 : 0;
  const count = (k: Anchor['kind']): number => anchors.filter((a) => a.kind === k).length;
  const cap = (x: number, c: number): number => Math.min(x, c);
  const f: Record<CheckWorthyFeatureName, number> = {
    numbers: cap(count('number'), 2),
    dates: cap(count('date'), 2),
    comparisons: cap(count('comparison') + count('event'), 2),
    actions: cap(count('action'), 2),
    past_verbs: cap(past, 3),
    perfect: cap(perfect, 2),
    future: cap(future, 2),
    modal: cap(modal, 2),
    desire: cap(desire, 2),
    opinion_frame: cap(opinion, 2),
    first_singular: cap(s1, 3),
    first_plural: cap(p1, 3),
    second_person: cap(s2, 2),
    first_singular_past: s1 > 0 && past > 0 ? 1 : 0,
    question: input.question ? 1 : 0,
    imperative,
    conditional: cap(cond, 2),
    superlative: cap(sup, 2),
    comparative: cap(comp, 2),
    proper_nouns: cap(propn, 4),
    domain_nouns: cap(domain, 3),
    loaded: cap(input.loaded, 2),
    negation: cap(neg, 2),
    log_length: Math.log1p(words),
    short: words < 7 ? 1 : 0,
    reported: cap(reported, 2),
    present_be: cap(be, 2),
    let_me: letMe ? 1 : 0,
  };
  return CHECKWORTHY_FEATURES.map((k) => f[k]);
}

/** FNV-1a state `h` continued over s[from, to): hashing "c:" + a slice without building the string. */
function fnvMore(h: number, s: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/** The FNV-1a state after the character n-gram prefix "c:". */
const FNV_CHAR_PREFIX = fnvMore(0x811c9dc5, 'c:', 0, 2);

/**
 * Hashed lexical features: lemma unigrams and bigrams (numbers collapse to one token, sentence
 * edges marked) and character 3-4-grams of each word. Binary, L2-normalised as one group.
 */
export function checkWorthyHashed(toks: Token[], bits = CHECKWORTHY_HASH_BITS): Map<number, number> {
  const keys = checkWorthyKeys(toks, bits);
  const value = 1 / (Math.sqrt(keys.length) || 1);
  const out = new Map<number, number>();
  for (const k of keys) out.set(k, value);
  return out;
}

/** FNV-1a states after the prefixes "u:" and "b:" (unigram and bigram keys hashed without building strings). */
const FNV_UNI_PREFIX = fnvMore(0x811c9dc5, 'u:', 0, 2);
const FNV_BI_PREFIX = fnvMore(0x811c9dc5, 'b:', 0, 2);
const FNV_SPACE = 0x20;

/**
 * Which indices of each hash size the current sentence has already taken: index k is taken when
 * its entry equals the sentence's stamp. A Set per sentence cost more than the hashing itself.
 */
const takenBySize = new Map<number, Uint32Array>();
let stamp = 0;

/** A lemma's unigram hash and the FNV-1a state of a bigram it starts ("b:" + lemma + " "). */
interface LemmaHashes {
  uni: number;
  biPrefix: number;
}

/**
 * Hashes that depend on one word alone, worked out once per distinct lemma or lower-cased form
 * instead of at every occurrence (the character n-grams were most of the hashing). Unmasked, so
 * both hash sizes (this model's and the source-owed model's) read the same entries.
 */
const lemmaHashes = new Map<string, LemmaHashes>();
const charHashes = new Map<string, Uint32Array>();

function lemmaHashesOf(w: string): LemmaHashes {
  let e = lemmaHashes.get(w);
  if (e === undefined) {
    e = {
      uni: fnvMore(FNV_UNI_PREFIX, w, 0, w.length) >>> 0, // fnv1a('u:' + w)
      biPrefix: Math.imul(fnvMore(FNV_BI_PREFIX, w, 0, w.length) ^ FNV_SPACE, 0x01000193),
    };
    if (lemmaHashes.size > 50_000) lemmaHashes.clear();
    lemmaHashes.set(w, e);
  }
  return e;
}

/** fnv1a('c:' + g) of each character 3- and 4-gram g of ' ' + norm + ' ', in order. */
function charHashesOf(norm: string): Uint32Array {
  let e = charHashes.get(norm);
  if (e === undefined) {
    const padded = ' ' + norm + ' ';
    const hs: number[] = [];
    for (let n = 3; n <= 4; n++) for (let i = 0; i + n <= padded.length; i++) hs.push(fnvMore(FNV_CHAR_PREFIX, padded, i, i + n) >>> 0);
    e = Uint32Array.from(hs);
    if (charHashes.size > 50_000) charHashes.clear();
    charHashes.set(norm, e);
  }
  return e;
}

/** The bigram state before the first word: "b:<s> ". */
const FNV_BI_START = Math.imul(fnvMore(FNV_BI_PREFIX, '<s>', 0, 3) ^ FNV_SPACE, 0x01000193);

/**
 * The hashed feature indices that are on, unique, in first-seen order (each has the value 1/√count):
 * checkWorthyHashed's keys without the map, for models that only sum their weights.
 */
export function checkWorthyKeys(toks: Token[], bits: number): number[] {
  const mask = (1 << bits) - 1;
  let taken = takenBySize.get(bits);
  if (!taken) takenBySize.set(bits, (taken = new Uint32Array(1 << bits)));
  if (stamp === 0xffffffff) {
    for (const t of takenBySize.values()) t.fill(0);
    stamp = 0;
  }
  const now = ++stamp;
  const out: number[] = [];
  const add = (h: number): void => {
    const k = h & mask;
    if (taken[k] !== now) {
      taken[k] = now;
      out.push(k);
    }
  };
  const words: string[] = [];
  const prefixes: number[] = [];
  for (const t of toks) {
    if (t.pos === 'PUNCT' || t.pos === 'SYM') continue;
    const isNumber = t.type === 'number' || /^\d/.test(t.text);
    const w = isNumber ? '<num>' : t.lemma;
    const e = lemmaHashesOf(w);
    words.push(w);
    prefixes.push(e.biPrefix);
    add(e.uni);
    if (isNumber) continue;
    const chars = charHashesOf(t.norm);
    for (let k = 0; k < chars.length; k++) add(chars[k]);
  }
  for (let i = 0; i <= words.length; i++) {
    // fnv1a('b:' + previous + ' ' + current)
    const h = i > 0 ? prefixes[i - 1] : FNV_BI_START;
    const b = words[i] ?? '</s>';
    add(fnvMore(h, b, 0, b.length) >>> 0);
  }
  return out;
}

export interface CheckWorthyModelFile {
  kind: 'framewise-checkworthy';
  version: string;
  featureVersion: number;
  hashBits: number;
  /** Multiplier on the hashed feature values (as in training). */
  hashScale: number;
  features: string[];
  mean: number[];
  scale: number[];
  dense: number[];
  /** Little-endian int16 hashed weights, base64, times hashWeightScale. */
  hashed: string;
  hashWeightScale: number;
  bias: number;
  /** P at or above which a sentence is check-worthy on the model alone. */
  threshold: number;
  /** P at or above which a sentence with a checkable anchor is check-worthy. */
  anchorThreshold: number;
  training: Record<string, unknown>;
}

export interface CheckWorthyModel {
  readonly threshold: number;
  readonly anchorThreshold: number;
  readonly info: { version: string };
  /**
   * P(check-worthy) for a sentence's tokens and anchors. `dense`: checkWorthyFeatures(input), when
   * the caller already has it (the source-owed model starts from the same cues).
   */
  probability(input: CheckWorthyInput, dense?: number[]): number;
  /** The decision rule described at the top of this file. */
  decide(p: number, hasAnchor: boolean): boolean;
}

function decodeInt16(b64: string, scale: number): Float32Array {
  const bin = atob(b64);
  const out = new Float32Array(bin.length / 2);
  for (let i = 0; i < out.length; i++) {
    const v = bin.charCodeAt(2 * i) | (bin.charCodeAt(2 * i + 1) << 8);
    out[i] = (v >= 0x8000 ? v - 0x10000 : v) * scale;
  }
  return out;
}

export function checkWorthyModelFrom(file: CheckWorthyModelFile): CheckWorthyModel {
  if (file.kind !== 'framewise-checkworthy') throw new Error('not a check-worthiness model file');
  if (file.featureVersion !== CHECKWORTHY_FEATURE_VERSION || file.features.join() !== CHECKWORTHY_FEATURES.join()) {
    throw new Error('check-worthiness model was trained on different features: run npm run train:checkworthy');
  }
  const { mean, scale, dense, bias, hashScale, hashBits } = file;
  const hashed = decodeInt16(file.hashed, file.hashWeightScale);
  if (hashed.length !== 1 << hashBits) throw new Error('check-worthiness model: hashed weights have the wrong size');
  return {
    threshold: file.threshold,
    anchorThreshold: file.anchorThreshold,
    info: { version: file.version },
    probability(input: CheckWorthyInput, dense_?: number[]): number {
      const f = dense_ ?? checkWorthyFeatures(input);
      let z = bias;
      for (let i = 0; i < dense.length; i++) z += dense[i] * ((f[i] - mean[i]) / scale[i]);
      // checkWorthyHashed's values, summed in its order without building the map.
      const keys = checkWorthyKeys(input.toks, hashBits);
      const v = 1 / (Math.sqrt(keys.length) || 1);
      for (const k of keys) z += hashed[k] * v * hashScale;
      return 1 / (1 + Math.exp(-z));
    },
    decide(p: number, hasAnchor: boolean): boolean {
      return p >= file.threshold || (hasAnchor && p >= file.anchorThreshold);
    },
  };
}

/** The bundled model, or null when its file does not match this code (the anchor rule is used then). */
export function loadCheckWorthyModel(): CheckWorthyModel | null {
  try {
    return checkWorthyModelFrom(bundled as unknown as CheckWorthyModelFile);
  } catch {
    return null;
  }
}
