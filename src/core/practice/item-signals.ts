/**
 * What an analyser item's expected answer rests on, as numbers: the inputs of the per-skill
 * confidence calibration (confidence.ts). Each skill has its own short list, chosen for what
 * makes its answer fragile — not fitted word by word, so a handful of out-of-fold items per
 * feature is enough: the sentence's label probabilities, how the answer was found (which kind of
 * source, whether a speaker resolved to one voice, whether a marker is a modal verb that often
 * has another sense, whether a loaded word came from the lexicon or only from a sentiment score…).
 */
import type { ArticleAnalysis, SentenceAnalysis } from '../analysis/types';
import type { PracticeItem, Skill } from './types';
import { bundledHedgePrior, hedgePriorSignals, type HedgePriorFile } from './hedge-prior';
import { labelSignals } from './confidence';

export type Signals = Record<string, number>;

/** Feature names per skill, in weight order (the calibration file records them too). */
export const SIGNAL_NAMES: Readonly<Record<Skill, readonly string[]>> = {
  // after_report and backshift (analyser 2.30.0): a sentence with no speaker of its own right after a
  // reported one in the same paragraph may carry the report on (LABELLING.md: continued paraphrase,
  // backshifted "would", "had", keyed attributed), the shape the writer's-voice grading missed most on
  // training batches the models had not seen (batch 175: 72 % agreeing against 97–100 % elsewhere).
  classify: ['raw', 'margin', 'is_fact', 'is_attributed', 'is_framing', 'quoted', 'log_words', 'p_cw', 'after_report', 'backshift'],
  // none_fact: "no loaded word here" on a sentence read as plain fact agrees with the keys far more
  // often than on framing or quoted speech (out of fold 99 % against 81–93 %), an interaction a
  // linear fit cannot build from the two inputs alone.
  // none_tagger (analyser 2.12.0): how sure the loaded-word token model is that the sentence has
  // none, for "no loaded word here" items (the lists cannot vouch for words they do not hold).
  // The none_* interactions (analyser 2.22.0): what makes "no loaded word here" fragile — intensifiers and
  // absolutes, figurative and combative words, a question or exclamation, quotation, the sentence's
  // framing probability and evaluative word shapes — and what makes it safe (numbers). Highest coverage at
  // 0.98 with a plain logistic fit, out of fold with 2.20.0: 0.25 → 0.30 (measured before the change).
  'loaded-words': ['raw', 'n_spans', 'none', 'writer', 'source', 'sentiment_only', 'p_framing', 'p_fact', 'log_words', 'framing_cues', 'quoted', 'subjective_words', 'none_fact', 'none_tagger',
    'none_intensifiers', 'none_figurative', 'none_numbers', 'none_question', 'none_quoted', 'none_p_framing', 'none_subjective'],
  // Four inputs: out of fold, the longer list (source kinds, cue, length) ranked items worse (measured).
  // A fifth, whether the speaker was found through a pronoun: +3 points of coverage out of fold (measured).
  // A sixth, two reports in the sentence: +4 points of coverage out of fold (measured).
  'who-says': ['raw', 'writer', 'one_voice', 'p_framing', 'pronoun', 'two_cues'],
  // Few inputs on purpose: with ~260 out-of-fold items, a longer list fitted noise (measured).
  // candidates and the three "neither" interactions (analyser 2.21.0, ~3,000 distinct out-of-fold items
  // now): words a key may call a hedge or certainty though no marker was found ("usually", "at least",
  // "proves", "is understood to"), and how much they say against "neither"; highest coverage at 0.98
  // with a plain logistic fit, out of fold with 2.20.0: 0.37 → 0.44 (measured before the change).
  // mark_prior, miss_prior and their companions (analyser 2.25.0): how often the training keys marked
  // this item's markers ("could|see" far less often than "could|fall") and the sentence's unmarked
  // words ("usually"), counted word by word (hedge-prior.ts). Highest coverage at 0.98 with a plain
  // logistic fit on the training items, grouped by writer, the counts out of fold: 0.42 → 0.53
  // (measured before the change).
  'hedge-certainty': ['neither', 'modal_words', 'conditional', 'expectation_words', 'quoted', 'p_fact', 'candidates', 'neither_candidates', 'neither_modal', 'neither_expectation', 'log_words',
    'miss_prior', 'neither_miss_prior', 'mark_prior', 'log_miss_prior'],
  // group_source and doc_source (analyser 2.11.0): the two kinds of source whose sorting the training
  // keys split most often ("Analysts at Corbel Securities", "Council figures", "the report").
  // hearing_source (analyser 2.23.0): "The court heard", "the tribunal was told" — keys split named and
  // vague on such sources (training keys 49 named, 21 vague; writers of the held-out sets split as well),
  // so an item on one should rarely be graded.
  // people_of_body (2.24.0): "Analysts at Colbeck Securities", "researchers from the university" — the
  // training keys split named 36, group 36, vague 13 on such sources.
  'source-check': ['raw', 'named', 'vague', 'none', 'inside', 'p_attributed', 'p_fact', 'p_cw', 'n_anchors', 'none_report', 'named_quote', 'group_source', 'doc_source', 'hearing_source', 'people_of_body'],
  'neutral-rewrite': ['raw', 'n_changes', 'sentiment_only', 'p_framing'],
  'missing-voices': ['raw', 'n_choices', 'share_heard', 'n_not_heard', 'log_sentences'],
};

const MODALS = new Set(['may', 'might', 'could', 'would', 'can', 'should', 'will']);
/** Words that often carry doubt or expectation in some sense, whether or not a marker was found. */
const EXPECTATION = /\b(expect\w*|estimat\w*|forecast\w*|project(ed|ions?)|predict\w*|likely|probabl\w*|appear\w*|seem\w*|suggest\w*|hope\w*|fear\w*|believ\w*|think|thought|doubt\w*|unclear|uncertain)\b/i;
/** Evaluative adjectives and adverbs that a key may mark as loaded even when our lexicon does not. */
const SUBJECTIVE_SHAPES = /\b\w+(ous|ful|less|ive|ible|able|ly)\b/gi;
/** Words through which a sentence may still give a source the analysis did not find. */
const REPORT_SHAPES = /\b(said|says|told|reported|recorded|registered|found|finds|show|shows|showed|according|estimates?|estimated|puts?|counted|logged|rated|concluded|survey\w*|figures|data|records|audit|study|analysis)\b/i;
/** A source whose head is a document or record rather than a person or body. */
const DOCUMENT_HEAD = /\b(reports?|stud(y|ies)|surveys?|reviews?|figures|data|records|accounts|statistics|analys[ie]s|audits?|assessments?|documents?|papers|filings?|letters?|statements?|minutes|polls?|census|counts|estimates?|research|footage|list|plans?|guide|inquiry)$/i;
/** A court, tribunal or inquiry as the source of what it "heard" or "was told". */
const HEARING_BODY = /\b(court|tribunal|inquest|jury|jurors|hearing|inquiry|committee|magistrates|panel|commission)\b/i;
/** Unnamed people of a named body: "Analysts at Colbeck Securities". */
const PEOPLE_OF_BODY = /^(?:the |some |several |two |three )?(?:\w+ )?(analysts|economists|researchers|scientists|engineers|lawyers|officials|doctors|experts|staff|workers|members|executives|managers|sources) (at|from|with|for|of|in) (?:the )?\p{Lu}/u;
const HEARD = /\b(heard|was told|were told)\b/i;
/**
 * Words that carry doubt, frequency, approximation or certainty in some uses — a broader net than the
 * marker lists, written from the classes a hedge or certainty belongs to (frequency and degree adverbs,
 * approximators, epistemic verbs and adverbs, evidence words, scheduled intent). A signal only: it
 * never marks anything.
 */
const HEDGE_CANDIDATES = /\b(usually|often|generally|typically|mostly|largely|broadly|partly|partially|at least|roughly|nearly|almost|approximately|some \d|always|never|clearly|obviously|certainly|definitely|undoubtedly|surely|simply|plainly|entirely|absolutely|proof|prove[sdn]?|proving|evidence|confirm\w*|tends? to|tended to|appears?|appeared|seems?|seemed|possibl[ey]|perhaps|maybe|apparently|reportedly|allegedly|alleged|allegations?|plans? to|set to|going to|expect\w*|likely|unlikely|probabl\w*|suggest\w*|indicat\w*|estimat\w*|project\w*|forecast\w*|predict\w*|risk\w*|potential\w*|in theory|so far|at this stage|yet to|understood to|believed to|thought to|said to|known|no doubt|of course|in fact|indeed|must)\b/gi;
/** Intensifiers, absolutes and superlatives: a writer's emphasis that keys often mark as loaded. */
const INTENSIFIERS = /\b(very|so|really|extremely|hugely|massive\w*|huge|vast|enormous|staggering|astonishing|remarkabl\w*|incredibl\w*|most|least|best|worst|\w+est|never|always|every|nothing|everyone|nobody|all)\b/gi;
/** Figures of speech and combative words that a key may mark though no list holds them. */
const FIGURATIVE = /\b(like a|as if|not \w+ but|not a \w+|it is a|is a \w+ of|turned into|a recipe for|the heart of|on the back of|in the dark|at stake|hit|blow|battle|fight|war|storm|crisis|chaos|disaster|nightmare|slap|gamble|lifeline)\b/gi;
const FRAMING_CUE_KINDS = new Set(['interpretation', 'motive', 'prediction', 'call-to-action', 'first-person', 'certainty', 'intensifier']);

const logit = (p: number): number => {
  const q = Math.min(1 - 1e-4, Math.max(1e-4, p));
  return Math.log(q / (1 - q));
};

function wordsOf(s: SentenceAnalysis | undefined): number {
  return s ? s.text.split(/\s+/).filter(Boolean).length : 0;
}

function quotedShare(s: SentenceAnalysis): number {
  let q = 0;
  for (const c of s.cues) if (c.kind === 'quote') q += c.end - c.start;
  return Math.min(1, q / Math.max(1, s.end - s.start));
}

/** Verb forms that carry reported speech on without a new cue ("would", "had"). */
const BACKSHIFT = /\b(?:would|could|might|had|was going to|were going to)\b/i;

/**
 * Whether sentence i, with no speaker and little quotation of its own, follows a reported sentence of
 * the same paragraph (after_report), and uses a backshifted verb too (backshift).
 */
function continuedReportSignals(analysis: ArticleAnalysis, i: number | null): { after_report: number; backshift: number } {
  const s = i === null ? undefined : analysis.sentences[i];
  const prev = i === null || i === 0 ? undefined : analysis.sentences[i - 1];
  if (!s || !prev || prev.blockIndex !== s.blockIndex || prev.label !== 'attributed' || quotedShare(s) >= 0.5) return { after_report: 0, backshift: 0 };
  if (analysis.attributions.some((a) => a.sentenceIndex === i)) return { after_report: 0, backshift: 0 };
  return { after_report: 1, backshift: +BACKSHIFT.test(s.text) };
}

/** log(1 + the number of matches of a global pattern in the text). */
const logCount = (text: string, re: RegExp): number => Math.log1p((text.match(re) ?? []).length);

/** The "no loaded word here" interactions of a loaded-words item (all 0 when the item marks words). */
function noneSignals(none: boolean, text: string, quoted: number, pFraming: number): Signals {
  // (An item that marks words gets zeros without the sentence being scanned.)
  if (!none) return { none_intensifiers: 0, none_figurative: 0, none_numbers: 0, none_question: 0, none_quoted: 0, none_p_framing: 0, none_subjective: 0 };
  const count = (re: RegExp): number => logCount(text, re);
  return {
    none_intensifiers: count(INTENSIFIERS), none_figurative: count(FIGURATIVE), none_numbers: count(/\d/g),
    none_question: +/[?!]/.test(text), none_quoted: quoted, none_p_framing: pFraming, none_subjective: count(SUBJECTIVE_SHAPES),
  };
}

/**
 * The calibration inputs of one item (raw: the generator's own score). `hedgePrior`: the shipped word counts;
 * the item-confidence fit passes each fold's own, counted without that fold's articles.
 */
export function itemSignals(item: PracticeItem, analysis: ArticleAnalysis, raw: number, hedgePrior: HedgePriorFile = bundledHedgePrior): Signals {
  const s = item.sentenceIndex === null ? undefined : analysis.sentences[item.sentenceIndex];
  const p = s?.probabilities ?? { fact: 0, attributed: 0, framing: 0 };
  const base = { raw: logit(raw), p_framing: p.framing, p_fact: p.fact, p_attributed: p.attributed, log_words: Math.log1p(wordsOf(s)) };
  const text = s?.text ?? '';
  const lower = ` ${text.toLowerCase()} `;
  switch (item.skill) {
    case 'classify': {
      const sorted = [p.fact, p.attributed, p.framing].sort((a, b) => b - a);
      return {
        ...base, margin: sorted[0] - sorted[1], ...labelSignals(item.key.label), quoted: s ? quotedShare(s) : 0, p_cw: s?.pCheckWorthy ?? 0,
        // What the writer's-voice grading rests on (confidence.ts calibrateVoiceConfidence).
        voice_raw: logit(1 - p.attributed),
        ...continuedReportSignals(analysis, item.sentenceIndex),
      };
    }
    case 'loaded-words': {
      const spans = item.key.spans;
      const loaded = analysis.loaded.filter((l) => l.sentenceIndex === item.sentenceIndex);
      const sentimentOnly = spans.length > 0 && spans.every((sp) => loaded.some((l) => l.start === sp.start && /sentiment/i.test(l.reason)));
      return {
        ...base, n_spans: spans.length, none: +(spans.length === 0), writer: +spans.some((x) => x.voice === 'writer'),
        source: +spans.some((x) => x.voice === 'source'), sentiment_only: +sentimentOnly,
        framing_cues: Math.log1p(s ? s.cues.filter((c) => FRAMING_CUE_KINDS.has(c.kind)).length : 0), quoted: s ? quotedShare(s) : 0,
        subjective_words: logCount(text, SUBJECTIVE_SHAPES),
        none_fact: spans.length === 0 ? p.fact : 0,
        none_tagger: spans.length === 0 && s?.pNoLoaded !== undefined ? logit(s.pNoLoaded) : 0,
        ...noneSignals(spans.length === 0, text, s ? quotedShare(s) : 0, p.framing),
      };
    }
    case 'who-says': {
      const label = item.choices.find((c) => c.id === item.key.choiceId)?.label ?? '';
      // A speaker found through a pronoun is right less often than one named in the sentence.
      const pronoun = +(item.key.kind === 'voice' && analysis.attributions.some((a) => a.sentenceIndex === item.sentenceIndex && a.sourceKind === 'pronoun'));
      // Two reports in one sentence: the item asks about one of them, and keys often name the other.
      const twoCues = +(analysis.attributions.filter((a) => a.sentenceIndex === item.sentenceIndex).length > 1);
      // after_report and backshift are not calibration inputs here: generate.ts reads them (a "writer" answer that may carry a report on).
      return { ...base, ...continuedReportSignals(analysis, item.sentenceIndex), writer: +(item.key.kind === 'writer'), one_voice: +(item.key.kind === 'voice' && analysis.voices.some((v) => v.name === label)), pronoun, two_cues: twoCues };
    }
    case 'hedge-certainty': {
      const neither = +(item.key.markers.length === 0);
      const modalWords = Math.log1p(lower.split(/[^a-z']+/).filter((w) => MODALS.has(w)).length);
      const expectation = +EXPECTATION.test(text);
      const candidates = logCount(text, HEDGE_CANDIDATES);
      const prior = hedgePriorSignals(hedgePrior, text, item.key.markers.map((m) => m.text));
      return {
        ...base, neither, conditional: +/ (if|unless|provided that|as long as) /.test(lower),
        modal_words: modalWords, expectation_words: expectation, quoted: s ? quotedShare(s) : 0,
        candidates, neither_candidates: neither * candidates, neither_modal: neither * modalWords, neither_expectation: neither * expectation,
        miss_prior: prior.miss, neither_miss_prior: neither * prior.miss, mark_prior: neither ? 0 : prior.mark, log_miss_prior: Math.log(prior.miss + 1e-3),
      };
    }
    case 'source-check': {
      const inside = item.key.tokenIndices.length > 0;
      return {
        ...base, named: +(item.key.kind === 'named'), vague: +(item.key.kind === 'vague'), none: +(item.key.kind === 'none'),
        inside: +inside, p_cw: s?.pCheckWorthy ?? 0, n_anchors: Math.log1p(item.anchors.length),
        // "No source" where the sentence still has the shape of a report ("the museum recorded",
        // "figures show"), and "named" on a sentence that is mostly a quotation (a continued quote
        // some keys give no source): both agreed with the training keys less often (measured).
        none_report: +(item.key.kind === 'none' && REPORT_SHAPES.test(text)),
        named_quote: +(item.key.kind === 'named' && s !== undefined && quotedShare(s) > 0.5),
        group_source: +(item.key.source !== null && analysis.claims.some((c) => c.sentenceIndex === item.sentenceIndex && c.source?.start === item.key.source!.start && c.sourceKind === 'group')),
        doc_source: +(item.key.source !== null && DOCUMENT_HEAD.test(item.key.source.text)),
        hearing_source: +(item.key.source !== null && HEARING_BODY.test(item.key.source.text) && HEARD.test(text)),
        people_of_body: +(item.key.source !== null && PEOPLE_OF_BODY.test(item.key.source.text)),
      };
    }
    case 'neutral-rewrite': {
      const loaded = analysis.loaded.filter((l) => l.sentenceIndex === item.sentenceIndex);
      const sentimentOnly = item.key.replacements.every((r) => loaded.some((l) => l.start === r.start && /sentiment/i.test(l.reason)));
      return { ...base, n_changes: item.key.replacements.length, sentiment_only: +sentimentOnly };
    }
    case 'missing-voices':
      return {
        ...base, n_choices: Math.log1p(item.choices.length), share_heard: item.key.heard.length / Math.max(1, item.choices.length),
        n_not_heard: Math.log1p(item.key.notHeard.length), log_sentences: Math.log1p(analysis.sentences.length),
      };
  }
}

/** The signals of one item as a vector in SIGNAL_NAMES order. */
export function signalVector(skill: Skill, signals: Signals): number[] {
  return SIGNAL_NAMES[skill].map((n) => signals[n] ?? 0);
}
