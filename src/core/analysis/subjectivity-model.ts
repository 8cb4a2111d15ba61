/**
 * A small subjectivity classifier: logistic regression over hashed word / bigram /
 * character n-gram features plus a handful of dense cue features (pronouns, modals,
 * hedges, evaluative words, quotes, numbers…). Trained on NewsSD-ENG (CC BY 4.0) by
 * scripts/train-subjectivity.ts; weights ship as resources/models/subjectivity.json.
 *
 * Pure TypeScript with a static JSON import, so it runs unchanged in Node, the renderer
 * and a Web Worker. P(subjective) is Platt-calibrated on 5-fold out-of-fold scores over
 * NewsSD-ENG train+val, and `threshold` is the macro-F1-optimal cut found there
 * (see docs/EVALUATION.md for why not on val alone).
 */
import bundledModel from '../../../resources/models/subjectivity.json';
import bundledVectors from '../../../resources/models/word-vectors.json';
import { decodeBase64 } from './base64';
import { createWordVectors, type WordVectors, type WordVectorsFile } from './word-vectors';

// ---------------------------------------------------------------------------------------
// Feature extraction (shared by training and inference: the model file records the
// feature version and config, and loading refuses a mismatch).

export const FEATURE_VERSION = 6;

export interface FeatureConfig {
  /** log2 of the hashed feature space. */
  hashBits: number;
  unigrams: boolean;
  bigrams: boolean;
  /** Character n-gram range inside words (padded with spaces), or null for none. */
  charNgrams: [number, number] | null;
  /** Also emit a light suffix-stripped stem for every word. */
  stems: boolean;
  /**
   * Multipliers: the n-gram groups are L2-normalised first, the dense cues standardised. `vec`: the
   * sentence's mean word vector (word-vectors.ts, not normalised), a block after the dense cues;
   * absent or 0 for none.
   */
  groupScale: { uni: number; bi: number; char: number; stem: number; dense: number; vec?: number };
}

let vectors: WordVectors | null = null;

/** The word vectors shipped in resources/models/word-vectors.json (decoded once). */
export function loadWordVectors(): WordVectors {
  if (!vectors) vectors = createWordVectors(bundledVectors as unknown as WordVectorsFile);
  return vectors;
}

// The subjectivity and label models ask for the same sentence's vector one after the other.
let lastVectorText: string | null = null;
let lastVector: Float32Array = new Float32Array(0);

/**
 * The sentence's mean word vector (word-vectors.ts), remembered for the last sentence asked.
 * `groups`: the sentence's ngramGroups, when the caller has them: each distinct token's vector
 * row is then remembered with its hashes instead of looked up at every occurrence.
 */
export function sentenceVectorOf(text: string, tokens?: readonly string[], groups?: NgramGroups): Float32Array {
  if (text !== lastVectorText) {
    const vecs = loadWordVectors();
    if (groups) {
      const rows: number[] = new Array(groups.all.length);
      for (let i = 0; i < rows.length; i++) {
        const e = groups.all[i];
        if (e.vecRow === -2) e.vecRow = vecs.contentRow(e.token);
        rows[i] = e.vecRow;
      }
      lastVector = vecs.sentenceVectorOfRows(rows);
    } else lastVector = vecs.sentenceVector(tokens ?? tokenize(text));
    lastVectorText = text;
  }
  return lastVector;
}

/** Width of the word-vector block of a config (0 when it has none). */
export function vectorBlockSize(cfg: FeatureConfig): number {
  // Read from the file's header: loading a model must not decode every vector before the first sentence.
  return cfg.groupScale.vec ? (bundledVectors as unknown as WordVectorsFile).dimensions : 0;
}

export const DEFAULT_FEATURE_CONFIG: FeatureConfig = {
  hashBits: 16,
  unigrams: true,
  bigrams: true,
  charNgrams: [3, 5],
  stems: true,
  groupScale: { uni: 1, bi: 0.7, char: 1, stem: 0.5, dense: 1 },
};

// Cue word lists written for this model (not copied from any lexicon). Lower case.
const FIRST_SINGULAR = new Set(['i', 'me', 'my', 'mine', 'myself', "i'm", "i've", "i'd", "i'll"]);
const FIRST_PLURAL = new Set(['we', 'us', 'our', 'ours', 'ourselves', "we're", "we've", "we'd", "we'll", "let's"]);
const SECOND_PERSON = new Set(['you', 'your', 'yours', 'yourself', 'yourselves', "you're", "you've", "you'd", "you'll"]);
const OBLIGATION = new Set(['should', 'must', 'ought', 'shouldn\'t', 'mustn\'t', 'needs', 'need', 'deserve', 'deserves']);
const POSSIBILITY = new Set(['could', 'might', 'may', 'would', 'perhaps', 'maybe', 'possibly', 'probably', 'likely', 'unlikely', 'seems', 'seem', 'seemed', 'appears', 'arguably', 'presumably', 'supposedly', 'purportedly', 'allegedly', 'apparently', 'potentially', 'conceivably']);
const CERTAINTY = new Set(['clearly', 'obviously', 'undoubtedly', 'certainly', 'surely', 'indeed', 'definitely', 'undeniably', 'unquestionably', 'plainly', 'evidently', 'inevitably', 'simply', 'absolutely', 'fact']);
const INTENSIFIERS = new Set(['very', 'extremely', 'deeply', 'utterly', 'truly', 'really', 'so', 'too', 'incredibly', 'totally', 'completely', 'entirely', 'highly', 'remarkably', 'hugely', 'enormously', 'terribly', 'awfully', 'profoundly', 'thoroughly', 'wildly', 'vastly', 'exceedingly', 'insanely', 'particularly', 'especially', 'even', 'just', 'quite', 'rather', 'pretty', 'such', 'whatsoever', 'ever']);
const GENERALISERS = new Set(['all', 'every', 'everyone', 'everybody', 'everything', 'always', 'never', 'nobody', 'nothing', 'none', 'no-one', 'anyone', 'anything', 'forever', 'whatever', 'whoever']);
const NEGATIONS = new Set(['not', "n't", 'no', 'never', 'nor', 'neither', 'cannot', "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "won't", "can't", "couldn't", "wouldn't", "shouldn't", "hasn't", "haven't", "hadn't"]);
const CONTRAST = new Set(['but', 'however', 'yet', 'though', 'although', 'nevertheless', 'nonetheless', 'instead', 'rather', 'still', 'despite', 'whereas', 'unfortunately', 'fortunately', 'sadly', 'ironically', 'frankly', 'honestly', 'admittedly', 'thankfully', 'hopefully', 'regrettably', 'alas']);
const REPORTING = new Set(['said', 'says', 'say', 'told', 'tells', 'according', 'announced', 'announces', 'stated', 'states', 'reported', 'reports', 'added', 'adds', 'explained', 'noted', 'wrote', 'writes', 'claimed', 'claims', 'argued', 'argues', 'insisted', 'warned', 'confirmed', 'denied', 'acknowledged', 'asked', 'replied', 'testified', 'tweeted', 'posted', 'statement', 'spokesperson', 'spokesman', 'spokeswoman', 'interview', 'press']);
const FACTUAL_CONTEXT = new Set(['percent', 'per', 'cent', 'million', 'billion', 'thousand', 'hundred', 'year', 'years', 'month', 'months', 'week', 'weeks', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'department', 'court', 'agency', 'officials', 'official', 'police', 'data', 'survey', 'report', 'study', 'census', 'filed', 'held', 'released', 'published', 'elected', 'signed', 'voted', 'approved', 'passed', 'located', 'founded', 'born', 'died', 'killed', 'arrested', 'charged', 'sentenced']);
// Evaluative / emotive words a writer uses to judge (positive and negative).
const EVALUATIVE = new Set([
  'good', 'bad', 'great', 'terrible', 'awful', 'horrible', 'horrific', 'wonderful', 'excellent', 'brilliant', 'superb', 'fantastic', 'amazing', 'stunning', 'remarkable', 'extraordinary', 'outstanding', 'impressive', 'admirable', 'laudable', 'commendable',
  'poor', 'worse', 'worst', 'better', 'best', 'nice', 'lovely', 'beautiful', 'ugly', 'stupid', 'idiotic', 'dumb', 'foolish', 'silly', 'absurd', 'ridiculous', 'ludicrous', 'laughable', 'preposterous', 'nonsense', 'bizarre', 'weird', 'strange', 'odd', 'crazy', 'insane', 'mad',
  'shameful', 'disgraceful', 'disgusting', 'despicable', 'deplorable', 'outrageous', 'scandalous', 'appalling', 'shocking', 'alarming', 'disturbing', 'troubling', 'worrying', 'worrisome', 'concerning', 'dangerous', 'reckless', 'irresponsible', 'cruel', 'brutal', 'vicious', 'evil', 'wicked', 'sinister', 'corrupt', 'dishonest', 'hypocritical', 'hypocrisy', 'cynical', 'callous',
  'tragic', 'tragedy', 'devastating', 'catastrophic', 'catastrophe', 'disastrous', 'disaster', 'dire', 'grim', 'bleak', 'painful', 'heartbreaking', 'sad', 'unfortunate', 'pathetic', 'miserable', 'dreadful', 'abysmal', 'dismal', 'woeful', 'lousy', 'mediocre', 'incompetent', 'inept', 'useless', 'pointless', 'futile', 'worthless',
  'important', 'crucial', 'vital', 'essential', 'critical', 'significant', 'urgent', 'necessary', 'needed', 'key', 'major', 'serious', 'severe', 'massive', 'huge', 'enormous', 'vast', 'tremendous', 'immense', 'staggering', 'unprecedented', 'historic', 'landmark', 'dramatic', 'radical', 'extreme', 'extremist', 'fringe',
  'fair', 'unfair', 'unjust', 'just', 'right', 'wrong', 'true', 'false', 'real', 'fake', 'genuine', 'legitimate', 'illegitimate', 'honest', 'naive', 'arrogant', 'smug', 'petty', 'lazy', 'weak', 'strong', 'powerful', 'bold', 'brave', 'courageous', 'cowardly', 'heroic', 'noble', 'decent', 'moral', 'immoral', 'ethical', 'unethical',
  'obvious', 'clear', 'undeniable', 'inevitable', 'impossible', 'unacceptable', 'intolerable', 'unbelievable', 'incredible', 'inexcusable', 'indefensible', 'unconscionable', 'unthinkable', 'ironic', 'misguided', 'flawed', 'failed', 'failing', 'failure', 'mistake', 'mess', 'chaos', 'chaotic', 'fiasco', 'debacle', 'farce', 'sham', 'hoax', 'lie', 'lies', 'liar', 'propaganda', 'rhetoric',
  'atrocities', 'atrocity', 'aggression', 'relentless', 'brutality', 'oppression', 'regime', 'thugs', 'radicals', 'elites', 'elite', 'so-called', 'woke', 'crisis', 'threat', 'attack', 'assault', 'war', 'destroy', 'destroying', 'ruin', 'ruined', 'slam', 'slammed', 'blast', 'blasted', 'outrage', 'fury', 'furious', 'angry', 'anger', 'fear', 'fears', 'hate', 'hatred', 'love', 'loves', 'hope', 'hopes', 'hopeful', 'sadly', 'happily',
  'deserve', 'deserves', 'deserved', 'worth', 'worthy', 'merit', 'praise', 'blame', 'fault', 'guilty', 'innocent', 'victim', 'victims', 'hero', 'heroes', 'villain', 'enemy', 'enemies',
  'interesting', 'fascinating', 'boring', 'exciting', 'surprising', 'surprisingly', 'predictable', 'predictably', 'famously', 'notoriously', 'infamous', 'notorious', 'controversial', 'divisive', 'polarizing', 'problematic', 'questionable', 'dubious', 'suspicious', 'disingenuous', 'misleading', 'deceptive',
  'seems', 'think', 'thinks', 'believe', 'believes', 'feel', 'feels', 'suspect', 'guess', 'wonder', 'imagine', 'hope', 'wish', 'doubt', 'agree', 'disagree', 'opinion', 'view', 'seemingly', 'arguably',
]);
// More judgement-carrying words (adjectives, adverbs, nouns, verbs) that rarely appear in neutral reporting.
const EVALUATIVE_EXTRA = new Set([
  'awesome', 'splendid', 'marvellous', 'marvelous', 'glorious', 'magnificent', 'gorgeous', 'delightful', 'charming', 'elegant', 'graceful', 'inspiring', 'inspirational', 'visionary', 'wise', 'shrewd', 'clever', 'smart', 'savvy', 'sensible', 'reasonable', 'unreasonable', 'rational', 'irrational', 'logical', 'illogical',
  'hateful', 'vile', 'nasty', 'sick', 'sickening', 'nauseating', 'repugnant', 'repulsive', 'revolting', 'abhorrent', 'odious', 'loathsome', 'contemptible', 'detestable', 'monstrous', 'barbaric', 'savage', 'inhumane', 'heartless', 'ruthless', 'merciless', 'sadistic', 'malicious', 'spiteful', 'vindictive', 'venal', 'greedy', 'selfish', 'shameless', 'brazen', 'blatant', 'flagrant', 'egregious', 'grotesque', 'obscene',
  'hysterical', 'paranoid', 'delusional', 'unhinged', 'deranged', 'lunatic', 'moronic', 'imbecilic', 'clueless', 'ignorant', 'gullible', 'credulous', 'naïve', 'simplistic', 'facile', 'shallow', 'hollow', 'empty', 'vacuous', 'meaningless', 'senseless', 'mindless', 'thoughtless', 'careless', 'sloppy', 'shoddy', 'botched', 'bungled', 'clumsy', 'ham-fisted', 'heavy-handed', 'high-handed', 'overbearing', 'authoritarian', 'tyrannical', 'dictatorial', 'totalitarian', 'fascist', 'communist', 'socialist', 'marxist', 'leftist', 'rightist', 'far-left', 'far-right', 'radical', 'militant', 'zealous', 'fanatical', 'dogmatic', 'ideological', 'partisan', 'biased', 'one-sided', 'slanted', 'spurious', 'bogus', 'phony', 'phoney', 'fraudulent', 'crooked', 'shady', 'murky', 'sleazy', 'seedy',
  'disappointing', 'frustrating', 'infuriating', 'maddening', 'exasperating', 'galling', 'embarrassing', 'humiliating', 'degrading', 'demeaning', 'insulting', 'offensive', 'condescending', 'patronising', 'patronizing', 'sanctimonious', 'self-righteous', 'pompous', 'pretentious', 'elitist', 'out-of-touch', 'tone-deaf', 'toxic', 'poisonous', 'corrosive', 'destructive', 'harmful', 'damaging', 'ruinous', 'crippling', 'suffocating', 'draconian', 'oppressive', 'repressive', 'punitive', 'harsh', 'cruelly', 'unfairly', 'wrongly', 'rightly', 'justly', 'wisely', 'foolishly', 'stupidly', 'recklessly', 'shamefully', 'disgracefully', 'outrageously', 'absurdly', 'ridiculously', 'laughably', 'pathetically', 'miserably', 'woefully', 'sorely', 'desperately', 'tragically', 'brilliantly', 'beautifully', 'wonderfully', 'magnificently', 'admirably', 'bravely', 'boldly', 'cynically', 'conveniently', 'curiously', 'oddly', 'strangely', 'tellingly', 'revealingly', 'crucially', 'importantly', 'significantly', 'fundamentally', 'essentially', 'basically', 'merely', 'mere', 'only', 'nothing', 'whatsoever',
  'genius', 'idiot', 'idiots', 'fool', 'fools', 'clown', 'clowns', 'thug', 'crook', 'crooks', 'bully', 'bullies', 'zealot', 'zealots', 'demagogue', 'charlatan', 'puppet', 'stooge', 'cronies', 'cronyism', 'grift', 'grifter', 'scam', 'sham', 'travesty', 'disgrace', 'scandal', 'shame', 'nightmare', 'fiasco', 'boondoggle', 'folly', 'madness', 'insanity', 'stupidity', 'arrogance', 'incompetence', 'cowardice', 'greed', 'corruption', 'tyranny', 'bigotry', 'racism', 'racist', 'sexist', 'bigoted', 'hypocrite', 'hypocrites', 'virtue', 'vice', 'sin', 'evil', 'righteous', 'holy', 'sacred', 'mythical', 'myth', 'fantasy', 'delusion', 'hysteria', 'panic', 'fearmongering', 'fear-mongering', 'alarmist', 'doom', 'gloom', 'miracle', 'triumph', 'victory', 'defeat', 'humiliation', 'betrayal', 'betray', 'betrayed',
  'slams', 'blasts', 'rips', 'lambasts', 'lambasted', 'trashes', 'trashed', 'hails', 'hailed', 'touts', 'touted', 'boasts', 'boasted', 'brags', 'bragged', 'whines', 'whined', 'rants', 'ranted', 'fumes', 'fumed', 'rages', 'raged', 'mocks', 'mocked', 'sneers', 'sneered', 'smears', 'smeared', 'peddles', 'peddled', 'spews', 'spewed', 'parrots', 'parroted', 'pretend', 'pretends', 'pretending', 'pretended', 'ignore', 'ignores', 'ignored', 'ignoring', 'refuse', 'refuses', 'fail', 'fails', 'fails', 'pander', 'pandering', 'squander', 'squandered', 'wasted', 'waste', 'wasting', 'cling', 'clings', 'clinging', 'dodge', 'dodged', 'dodging', 'evade', 'evaded', 'evading', 'cave', 'caved', 'capitulate', 'capitulated', 'grovel', 'grovelled',
  'should', 'ought', 'must', 'needs', 'deserve', 'shame', 'alas', 'indeed', 'frankly', 'honestly', 'truly', 'surely',
]);
const SUPERLATIVE_STOP = new Set(['west', 'test', 'best', 'rest', 'interest', 'forest', 'request', 'protest', 'suggest', 'arrest', 'invest', 'contest', 'latest', 'honest', 'modest', 'nest', 'chest', 'guest', 'quest', 'vest', 'midwest', 'northwest', 'southwest', 'digest', 'harvest', 'manifest', 'conquest', 'pest', 'earnest', 'attest', 'detest', 'behest', 'bequest', 'priest', 'unrest', 'everest', 'budapest', 'bucharest', 'inquest', 'request', 'lest', 'zest']);
const ADJ_SUFFIXES = ['ous', 'ful', 'less', 'ive', 'able', 'ible', 'ical', 'ish', 'ic'];

export const DENSE_FEATURES = [
  'firstSingular', 'firstPlural', 'secondPerson', 'obligation', 'possibility', 'certainty', 'intensifier',
  'generaliser', 'negation', 'contrast', 'evaluative', 'superlative', 'comparative', 'adjSuffix', 'lyAdverb',
  'reporting', 'factualContext', 'numbers', 'capitalised', 'quoteChars', 'scareQuote', 'question', 'exclamation',
  'parenthesis', 'colonDash', 'lengthLog', 'shortSentence', 'startsWithConjunction', 'itIsAdj', 'thisDemonstrative',
  'evaluativeExtra',
] as const;
export type DenseFeatureName = (typeof DENSE_FEATURES)[number];

const TOKEN_RE = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|[!?"“”‘’():;—–-]/gu;
const IS_WORD = /^[\p{L}\p{N}]/u;

export interface SparseVector {
  indices: number[];
  values: number[];
}

function fnv1a(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function fnvRange(s: string, from: number, to: number, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A deliberately light stemmer: enough to merge plurals and common inflections. */
export function lightStem(word: string): string {
  if (word.length <= 4) return word;
  if (word.endsWith('ies') && word.length > 5) return word.slice(0, -3) + 'y';
  if (word.endsWith('ing') && word.length > 6) return word.slice(0, -3);
  if (word.endsWith('ed') && word.length > 5) return word.slice(0, -2);
  if (word.endsWith('ly') && word.length > 5) return word.slice(0, -2);
  if (word.endsWith('es') && word.length > 5 && /(?:ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is')) return word.slice(0, -1);
  return word;
}

/** TOKEN_RE's one-character tokens. */
const PUNCT_TOKENS = new Set(['!', '?', '"', '“', '”', '‘', '’', '(', ')', ':', ';', '—', '–', '-']);

function isAsciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
}

/**
 * TOKEN_RE's matches found by a hand-written scan, for text whose letters and digits are all ASCII
 * (most sentences): the Unicode-aware regex was a visible share of the model's time. Returns
 * null at the first other character outside ASCII and TOKEN_RE's punctuation (an accented
 * letter, say), and the caller falls back to the regex.
 */
function scanAsciiTokens(s: string): string[] | null {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c >= 128 && c !== 0x201c && c !== 0x201d && c !== 0x2018 && c !== 0x2019 && c !== 0x2014 && c !== 0x2013) return null;
    if (isAsciiAlnum(c)) {
      // [\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*
      const start = i;
      i++;
      while (i < n && isAsciiAlnum(s.charCodeAt(i))) i++;
      while (i + 1 < n) {
        const sep = s.charCodeAt(i);
        if ((sep === 39 || sep === 0x2019 || sep === 45) && isAsciiAlnum(s.charCodeAt(i + 1))) {
          i += 2;
          while (i < n && isAsciiAlnum(s.charCodeAt(i))) i++;
        } else break;
      }
      out.push(s.slice(start, i));
    } else {
      const ch = s[i];
      if (PUNCT_TOKENS.has(ch)) out.push(ch);
      i++;
    }
  }
  return out;
}

export function tokenize(text: string): string[] {
  const lower = text.toLowerCase();
  const out = scanAsciiTokens(lower) ?? lower.match(TOKEN_RE) ?? [];
  for (let i = 0; i < out.length; i++) {
    const t = out[i];
    if (t.includes('’')) out[i] = t.replace(/’/g, "'");
  }
  return out;
}

/**
 * Bit k (0…17) set when the word alone counts towards dense cue k, bit 18 for cue 30 (the extra
 * evaluative list), bit 19 when the token is a word (IS_WORD): the same tests denseFeatures made
 * token by token and list by list, once per distinct token.
 */
function wordCuesUncached(t: string): number {
  let m = 0;
  const on = (k: number, yes: boolean): void => {
    if (yes) m |= 1 << k;
  };
  on(0, FIRST_SINGULAR.has(t));
  on(1, FIRST_PLURAL.has(t));
  on(2, SECOND_PERSON.has(t));
  on(3, OBLIGATION.has(t));
  on(4, POSSIBILITY.has(t));
  on(5, CERTAINTY.has(t));
  on(6, INTENSIFIERS.has(t));
  on(7, GENERALISERS.has(t));
  on(8, NEGATIONS.has(t) || t.endsWith("n't"));
  on(9, CONTRAST.has(t));
  on(10, EVALUATIVE.has(t));
  on(11, t === 'most' || t === 'least' || (t.length > 5 && t.endsWith('est') && !SUPERLATIVE_STOP.has(t)));
  on(12, t === 'more' || t === 'less' || t === 'fewer' || t === 'than');
  on(13, t.length > 5 && ADJ_SUFFIXES.some((s) => t.endsWith(s)));
  on(14, t.length > 5 && t.endsWith('ly'));
  on(15, REPORTING.has(t));
  on(16, FACTUAL_CONTEXT.has(t));
  on(17, t.charCodeAt(0) >= 48 && t.charCodeAt(0) <= 57);
  on(18, EVALUATIVE_EXTRA.has(t));
  on(19, IS_WORD.test(t));
  return m;
}

/** wordCues bits 0…17 (the per-word cue counts) and bit 19 (the token is a word). */
const COUNTED_CUES = (1 << 18) - 1;
const WORD_BIT = 1 << 19;

/**
 * How many words after the first start with a capital letter, a word being a match of the global
 * regex [A-Za-z][A-Za-z'’-]* | \d[\d.,%]* (no spaces): its left-to-right matches walked by hand
 * instead of collected into an array.
 */
function capitalisedAfterFirst(text: string): number {
  let caps = 0;
  let seen = 0;
  const n = text.length;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    const upper = c >= 65 && c <= 90;
    if (upper || (c >= 97 && c <= 122)) {
      // [A-Za-z][A-Za-z'’-]*
      if (upper && seen > 0) caps++;
      seen++;
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if ((d >= 65 && d <= 90) || (d >= 97 && d <= 122) || d === 39 || d === 0x2019 || d === 45) i++;
        else break;
      }
    } else if (c >= 48 && c <= 57) {
      // \d[\d.,%]*
      seen++;
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if ((d >= 48 && d <= 57) || d === 46 || d === 44 || d === 37) i++;
        else break;
      }
    } else i++;
  }
  return caps;
}

const cueCache = new Map<string, number>();
function wordCues(t: string): number {
  let m = cueCache.get(t);
  if (m === undefined) {
    m = wordCuesUncached(t);
    if (cueCache.size > 50_000) cueCache.clear();
    cueCache.set(t, m);
  }
  return m;
}

/** wordCues of an entry's token, kept in the entry (-1 until first asked). */
function entryCues(e: TokenHashes): number {
  if (e.cues < 0) e.cues = wordCuesUncached(e.token);
  return e.cues;
}

/**
 * Raw dense cue values for a sentence, in DENSE_FEATURES order. `entries`: the tokens' cached
 * hashes (ngramGroups' `all`, one per token, same order), when the caller has them: each token's
 * cue bits are then read from its entry instead of looked up in wordCues' map again.
 */
export function denseFeatures(text: string, tokens = tokenize(text), entries?: readonly TokenHashes[]): number[] {
  const f = new Array<number>(DENSE_FEATURES.length).fill(0);
  let words = 0;
  let prev = '';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // Whether the token is a word and which word lists it is in, looked up once per distinct token (see wordCues).
    const cues = entries ? entryCues(entries[i]) : wordCues(t);
    if (!(cues & WORD_BIT)) continue;
    words++;
    // Most words are in no list: skip the bit loop for them.
    if (cues & COUNTED_CUES) for (let k = 0; k <= 17; k++) if (cues & (1 << k)) f[k]++;
    if (!(cues & (1 << 3)) && prev === 'have' && t === 'to') f[3]++;
    if (!(cues & (1 << 5)) && ((prev === 'of' && t === 'course') || (prev === 'no' && t === 'doubt'))) f[5]++;
    if (cues & (1 << 18)) f[30]++;
    if (prev === 'it' && (t === 'is' || t === 'was' || t === "'s")) f[28]++;
    if (words === 1 && (t === 'this' || t === 'that' || t === 'these' || t === 'such')) f[29]++;
    if (words === 1 && (t === 'but' || t === 'and' || t === 'so' || t === 'yet' || t === 'or')) f[27]++;
    prev = t;
  }
  // Capitalised words that are not sentence-initial: a proxy for names (factual reporting).
  const caps = capitalisedAfterFirst(text);
  let quoteChars = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 || c === 0x201c || c === 0x201d) quoteChars++;
  }
  // "Scare quotes": a quoted stretch of one to three words.
  const scare = text.match(/["“][^"“”]{1,30}["”]/g) ?? [];
  let scareCount = 0;
  for (const s of scare) if (s.split(/\s+/).length <= 3) scareCount++;
  const n = Math.max(words, 1);
  const rate = (x: number) => Math.min(1, (x * 10) / n); // per ten words, capped
  for (let k = 0; k <= 16; k++) f[k] = rate(f[k]);
  f[17] = Math.min(1, f[17] / 3);
  f[18] = Math.min(1, caps / n * 3);
  f[19] = quoteChars > 0 ? 1 : 0;
  f[20] = scareCount > 0 ? 1 : 0;
  f[21] = text.includes('?') ? 1 : 0;
  f[22] = text.includes('!') ? 1 : 0;
  f[23] = text.includes('(') ? 1 : 0;
  f[24] = /[:;—–]/.test(text) ? 1 : 0;
  f[25] = Math.log1p(words) / 4;
  f[26] = words < 8 ? 1 : 0;
  f[27] = Math.min(1, f[27]);
  f[28] = Math.min(1, f[28]);
  f[29] = Math.min(1, f[29]);
  f[30] = rate(f[30]);
  return f;
}

const SEED_UNI = 1;
const SEED_BI = 2;
const SEED_CHAR = 3;
const SEED_STEM = 4;

/**
 * Gives the indices pushed since `start` (one group) their value: the group's scale over the
 * square root of its size (L2-normalised, then scaled); a group scaled by 0 is taken out again.
 * The indices go straight into the vector instead of a list per group that is copied in after.
 */
function closeGroup(out: SparseVector, start: number, scale: number): void {
  const n = out.indices.length - start;
  if (n === 0) return;
  if (scale === 0) {
    out.indices.length = start;
    return;
  }
  const v = scale / Math.sqrt(n);
  for (let i = 0; i < n; i++) out.values.push(v);
}

/** FNV-1a state `h` continued over all of s (for hashing "a b" without building the string). */
export function fnvOn(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/**
 * What hashedNgrams derives from one token on its own, for one hash size and character n-gram
 * range: worked out once per distinct token instead of once per occurrence (hashing every
 * word's character n-grams again was the largest share of the models' time).
 */
export interface TokenHashes {
  isWord: boolean;
  /** Unigram index (digits collapsed to '0'). */
  uni: number;
  /** Words only: the word as the n-grams see it ('0' for a number). */
  word: string;
  /** FNV-1a state after SEED_BI, the word and the space: a bigram starting with this word. */
  biPrefix: number;
  stem: number;
  /** Character n-gram indices, in hashedNgrams' order. */
  chars: Int32Array;
  /** The token itself, and its word-vector row (contentRow; -2 until first needed). */
  token: string;
  vecRow: number;
  /** wordCues(token), -1 until first needed (see entryCues). */
  cues: number;
}

interface TokenHashCache {
  hashBits: number;
  lo: number;
  hi: number;
  map: Map<string, TokenHashes>;
}

const tokenHashCaches: TokenHashCache[] = [];
const NO_CHARS = new Int32Array(0);

function tokenHashCache(cfg: FeatureConfig): TokenHashCache {
  const lo = cfg.charNgrams ? cfg.charNgrams[0] : 0;
  const hi = cfg.charNgrams ? cfg.charNgrams[1] : -1;
  for (const c of tokenHashCaches) if (c.hashBits === cfg.hashBits && c.lo === lo && c.hi === hi) return c;
  const c: TokenHashCache = { hashBits: cfg.hashBits, lo, hi, map: new Map() };
  tokenHashCaches.push(c);
  return c;
}

const BI_SEED_STATE = (0x811c9dc5 ^ SEED_BI) >>> 0;

function tokenHashes(cache: TokenHashCache, t: string): TokenHashes {
  let e = cache.map.get(t);
  if (e !== undefined) return e;
  const mask = (1 << cache.hashBits) - 1;
  const isWord = IS_WORD.test(t);
  const w = /^\d/.test(t) ? '0' : t;
  e = { isWord, uni: fnv1a(w, SEED_UNI) & mask, word: w, biPrefix: 0, stem: 0, chars: NO_CHARS, token: t, vecRow: -2, cues: -1 };
  if (isWord) {
    e.biPrefix = Math.imul(fnvOn(BI_SEED_STATE, w) ^ 0x20, 0x01000193);
    e.stem = fnv1a(lightStem(w), SEED_STEM) & mask;
    const padded = ' ' + w + ' ';
    const chars: number[] = [];
    for (let n = cache.lo; n <= cache.hi; n++) {
      for (let s = 0; s + n <= padded.length; s++) chars.push(fnvRange(padded, s, s + n, SEED_CHAR + n) & mask);
    }
    e.chars = Int32Array.from(chars);
  }
  if (cache.map.size > 50_000) cache.map.clear();
  cache.map.set(t, e);
  return e;
}

/**
 * The hashed word / bigram / stem / character n-gram part of a sentence's features, indices in
 * [0, 2^hashBits). Shared with the sentence-label model (label-model.ts), which folds the same
 * vector into its smaller hash space instead of hashing the sentence a second time.
 */
export function hashedNgrams(text: string, cfg: FeatureConfig, tokens = tokenize(text)): SparseVector {
  const size = 1 << cfg.hashBits;
  const mask = size - 1;
  const out: SparseVector = { indices: [], values: [] };
  const cache = tokenHashCache(cfg);
  const all = tokens.map((t) => tokenHashes(cache, t));
  const words = all.filter((e) => e.isWord);
  if (cfg.unigrams) {
    const start = out.indices.length;
    for (const e of all) out.indices.push(e.uni);
    closeGroup(out, start, cfg.groupScale.uni);
  }
  if (cfg.bigrams) {
    const start = out.indices.length;
    // fnv1a(prev + ' ' + w, SEED_BI), continued from the previous word's state.
    let prev = Math.imul(fnvOn(BI_SEED_STATE, '<s>') ^ 0x20, 0x01000193);
    for (const e of words) {
      out.indices.push((fnvOn(prev, e.word) >>> 0) & mask);
      prev = e.biPrefix;
    }
    out.indices.push((fnvOn(prev, '</s>') >>> 0) & mask);
    closeGroup(out, start, cfg.groupScale.bi);
  }
  if (cfg.stems) {
    const start = out.indices.length;
    for (const e of words) out.indices.push(e.stem);
    closeGroup(out, start, cfg.groupScale.stem);
  }
  if (cfg.charNgrams) {
    const start = out.indices.length;
    for (const e of words) {
      const chars = e.chars;
      for (let k = 0; k < chars.length; k++) out.indices.push(chars[k]);
    }
    closeGroup(out, start, cfg.groupScale.char);
  }
  return out;
}

/**
 * hashedNgrams' entries without building its two arrays: the tokens' cached hashes, the bigram
 * indices and each group's value. The analyser scores every sentence with the subjectivity model
 * and the label model; pushing a few hundred indices and values per sentence and reading them back
 * cost more than the sums themselves. sumNgrams (and the label model's three-class walk) visit the
 * entries in hashedNgrams' order with the same values, so every score is the same to the bit.
 */
export interface NgramGroups {
  cfg: FeatureConfig;
  /** Every token's hashes (the unigram group), and the words' (bigram, stem and character groups). */
  all: TokenHashes[];
  words: TokenHashes[];
  /** Bigram indices, "<s>" first word … last word "</s>". */
  bigrams: number[];
  /** Each group's value, scale / √(group size), as closeGroup gives it; 0 when the group is left out. */
  uni: number;
  bi: number;
  stem: number;
  char: number;
}

/** closeGroup's value for a group of n entries (0: no entries, or the group scaled out). */
function groupValue(n: number, scale: number): number {
  return n === 0 || scale === 0 ? 0 : scale / Math.sqrt(n);
}

export function ngramGroups(cfg: FeatureConfig, tokens: readonly string[]): NgramGroups {
  const mask = (1 << cfg.hashBits) - 1;
  const cache = tokenHashCache(cfg);
  const all: TokenHashes[] = new Array(tokens.length);
  const words: TokenHashes[] = [];
  let chars = 0;
  for (let i = 0; i < tokens.length; i++) {
    const e = tokenHashes(cache, tokens[i]);
    all[i] = e;
    if (e.isWord) {
      words.push(e);
      chars += e.chars.length;
    }
  }
  const bigrams: number[] = [];
  if (cfg.bigrams) {
    let prev = Math.imul(fnvOn(BI_SEED_STATE, '<s>') ^ 0x20, 0x01000193);
    for (const e of words) {
      bigrams.push((fnvOn(prev, e.word) >>> 0) & mask);
      prev = e.biPrefix;
    }
    bigrams.push((fnvOn(prev, '</s>') >>> 0) & mask);
  }
  return {
    cfg,
    all,
    words,
    bigrams,
    uni: cfg.unigrams ? groupValue(all.length, cfg.groupScale.uni) : 0,
    bi: groupValue(bigrams.length, cfg.groupScale.bi),
    stem: cfg.stems ? groupValue(words.length, cfg.groupScale.stem) : 0,
    char: cfg.charNgrams ? groupValue(chars, cfg.groupScale.char) : 0,
  };
}

/** z plus the dot product of weights `w` (indices masked by `mask`) with the n-grams, in hashedNgrams' order. */
export function sumNgrams(z: number, g: NgramGroups, w: ArrayLike<number>, mask: number): number {
  if (g.uni !== 0) for (const e of g.all) z += w[e.uni & mask] * g.uni;
  if (g.bi !== 0) for (const b of g.bigrams) z += w[b & mask] * g.bi;
  if (g.stem !== 0) for (const e of g.words) z += w[e.stem & mask] * g.stem;
  if (g.char !== 0) {
    const v = g.char;
    for (const e of g.words) {
      const chars = e.chars;
      for (let k = 0; k < chars.length; k++) z += w[chars[k] & mask] * v;
    }
  }
  return z;
}

/**
 * Hashed sparse features followed by dense cue features. Dense features sit at indices
 * [2^hashBits, 2^hashBits + DENSE_FEATURES.length), standardised with the model's stats.
 * `ngrams`: the hashed part when the caller already has it (hashedNgrams with this config).
 */
export function extractFeatures(
  text: string,
  cfg: FeatureConfig,
  denseMean?: ArrayLike<number>,
  denseStd?: ArrayLike<number>,
  ngrams?: SparseVector,
): SparseVector {
  const size = 1 << cfg.hashBits;
  const tokens = tokenize(text);
  const hashed = ngrams ?? hashedNgrams(text, cfg, tokens);
  const out: SparseVector = { indices: hashed.indices.slice(), values: hashed.values.slice() };
  if (cfg.groupScale.dense !== 0) {
    const dense = denseFeatures(text, tokens);
    for (let k = 0; k < dense.length; k++) {
      const mu = denseMean ? denseMean[k] : 0;
      const sd = denseStd ? denseStd[k] : 1;
      const v = ((dense[k] - mu) / (sd || 1)) * cfg.groupScale.dense;
      if (v !== 0) {
        out.indices.push(size + k);
        out.values.push(v);
      }
    }
  }
  const vecScale = cfg.groupScale.vec ?? 0;
  if (vecScale !== 0) {
    const v = sentenceVectorOf(text, tokens);
    const at = size + DENSE_FEATURES.length;
    for (let k = 0; k < v.length; k++) {
      if (v[k] === 0) continue;
      out.indices.push(at + k);
      out.values.push(v[k] * vecScale);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// The shipped model.

export interface SubjectivityModelFile {
  format: 'framewise-subjectivity-lr';
  version: string;
  featureVersion: number;
  trainedOn: string[];
  createdAt: string;
  featureConfig: FeatureConfig;
  hyperparameters: Record<string, number | string | boolean>;
  denseFeatures: string[];
  denseMean: number[];
  denseStd: number[];
  /** Extra (caller-supplied) feature names, in weight order after the dense block. */
  extraFeatures: string[];
  bias: number;
  /** Little-endian int16 weights (hash space, dense, word vectors if any, extra), base64, times weightScale. */
  weights: string;
  weightScale: number;
  calibration: { method: 'platt'; a: number; b: number; fittedOn: string };
  /** Decision threshold on the calibrated probability (macro-F1-optimal on NewsSD-ENG out-of-fold scores). */
  threshold: number;
  metrics: Record<string, number>;
  credits: string;
}

export interface SubjectivityModel {
  /**
   * Calibrated P(subjective) in [0, 1]. `ngrams`: hashedNgrams(sentence, featureConfig) or
   * ngramGroups of the sentence's tokens with that config, if the caller has it.
   */
  predict(sentence: string, extra?: Record<string, number>, ngrams?: SparseVector | NgramGroups): number;
  /** The hashed n-gram part of a sentence's features (computed once, shared with the label model). */
  ngrams(sentence: string): SparseVector;
  /** The same n-grams as ngramGroups (what the analyser shares with the label model: no vector built). */
  ngramGroups(sentence: string): NgramGroups;
  readonly featureConfig: FeatureConfig;
  /** The uncalibrated linear score (log-odds before Platt scaling). */
  score(sentence: string, extra?: Record<string, number>): number;
  isSubjective(sentence: string, extra?: Record<string, number>): boolean;
  readonly threshold: number;
  readonly info: Omit<SubjectivityModelFile, 'weights' | 'denseMean' | 'denseStd'>;
}

export function decodeWeights(b64: string, scale: number): Float32Array {
  const bytes = decodeBase64(b64);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Float32Array(bytes.byteLength / 2);
  for (let i = 0; i < out.length; i++) out[i] = view.getInt16(i * 2, true) * scale;
  return out;
}

export function encodeWeights(weights: ArrayLike<number>): { weights: string; weightScale: number } {
  let max = 0;
  for (let i = 0; i < weights.length; i++) max = Math.max(max, Math.abs(weights[i]));
  const weightScale = max > 0 ? max / 32767 : 1;
  const bytes = new Uint8Array(weights.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < weights.length; i++) view.setInt16(i * 2, Math.round(weights[i] / weightScale), true);
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { weights: btoa(bin), weightScale: Number(weightScale.toPrecision(8)) };
}

function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

export function createSubjectivityModel(file: SubjectivityModelFile): SubjectivityModel {
  if (file.format !== 'framewise-subjectivity-lr') throw new Error('Not a Framewise subjectivity model file');
  if (file.featureVersion !== FEATURE_VERSION) {
    throw new Error(
      `Subjectivity model was trained with feature version ${file.featureVersion}, code has ${FEATURE_VERSION}: run npm run train`,
    );
  }
  const w = decodeWeights(file.weights, file.weightScale);
  // A model trained with other word vectors (or other dense cues) would read the wrong weights.
  const expected = (1 << file.featureConfig.hashBits) + file.denseFeatures.length + vectorBlockSize(file.featureConfig) + file.extraFeatures.length;
  if (file.denseFeatures.join('|') !== DENSE_FEATURES.join('|') || w.length !== expected) {
    throw new Error(`Subjectivity model has ${w.length} weights where the code and word vectors need ${expected}: run npm run train`);
  }
  const cfg = file.featureConfig;
  const vecScale = cfg.groupScale.vec ?? 0;
  const vecBase = (1 << cfg.hashBits) + file.denseFeatures.length;
  const extraBase = vecBase + vectorBlockSize(cfg);
  const extraIndex = new Map(file.extraFeatures.map((name, k) => [name, extraBase + k]));
  const { a, b } = file.calibration;
  const size = 1 << cfg.hashBits;
  // The analyser asks for a sentence's n-grams and then its score: tokenise it once for both.
  let lastSentence: string | null = null;
  let lastTokens: string[] = [];
  const tokensOf = (sentence: string): string[] => {
    if (sentence !== lastSentence) {
      lastTokens = tokenize(sentence);
      lastSentence = sentence;
    }
    return lastTokens;
  };
  const score = (sentence: string, extra?: Record<string, number>, ngrams?: SparseVector | NgramGroups): number => {
    // extractFeatures' vector summed in its order without building it: the hashed part, then the
    // standardised dense cues that are not zero.
    const tokens = tokensOf(sentence);
    let z = file.bias;
    if (ngrams && 'all' in ngrams) z = sumNgrams(z, ngrams, w, size - 1);
    else {
      const hashed = ngrams ?? hashedNgrams(sentence, cfg, tokens);
      for (let i = 0; i < hashed.indices.length; i++) z += w[hashed.indices[i]] * hashed.values[i];
    }
    if (cfg.groupScale.dense !== 0) {
      // The groups were made from these same tokens (tokensOf(sentence)), one entry per token.
      const dense = denseFeatures(sentence, tokens, ngrams && 'all' in ngrams ? ngrams.all : undefined);
      for (let k = 0; k < dense.length; k++) {
        const v = ((dense[k] - file.denseMean[k]) / (file.denseStd[k] || 1)) * cfg.groupScale.dense;
        if (v !== 0) z += w[size + k] * v;
      }
    }
    if (vecScale !== 0) {
      // The groups were made from these same tokens (tokensOf(sentence)).
      const v = sentenceVectorOf(sentence, tokens, ngrams && 'all' in ngrams ? ngrams : undefined);
      for (let k = 0; k < v.length; k++) z += w[vecBase + k] * v[k] * vecScale;
    }
    if (extra && extraIndex.size > 0) {
      for (const key in extra) {
        const j = extraIndex.get(key);
        if (j !== undefined) z += w[j] * extra[key];
      }
    }
    return z;
  };
  const predict = (sentence: string, extra?: Record<string, number>, ngrams?: SparseVector | NgramGroups): number => {
    if (!sentence.trim()) return 0;
    const p = sigmoid(a * score(sentence, extra, ngrams) + b);
    return Number.isFinite(p) ? p : 0.5;
  };
  const { weights: _w, denseMean: _m, denseStd: _s, ...info } = file;
  return {
    predict,
    score,
    ngrams: (sentence) => hashedNgrams(sentence, cfg, tokensOf(sentence)),
    ngramGroups: (sentence) => ngramGroups(cfg, tokensOf(sentence)),
    featureConfig: cfg,
    isSubjective: (sentence, extra) => predict(sentence, extra) >= file.threshold,
    threshold: file.threshold,
    info,
  };
}

let cached: SubjectivityModel | null = null;

/** The model shipped in resources/models/subjectivity.json (decoded once, then cached). */
export function loadSubjectivityModel(): SubjectivityModel {
  if (!cached) cached = createSubjectivityModel(bundledModel as unknown as SubjectivityModelFile);
  return cached;
}
