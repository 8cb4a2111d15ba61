/**
 * The analysis pipeline: blocks -> sentences -> tokens -> attributions, loaded language,
 * markers, framing cues, check-worthy anchors -> features -> label and probabilities; then
 * voices across the article. Pure and deterministic: no DOM, no I/O, no randomness.
 */
import type {
  ArticleAnalysis, HeadingAnalysis, Attribution, CheckWorthyClaim, Cue, CueKind, LoadedSpan, MarkerSpan, Segment, SentenceAnalysis,
  SentenceLabel, SourceKind, Span, Voice,
} from './types';
import type { TextBlock } from '../text/types';
import { cleanText } from '../text/clean';
import { createNlp, type Nlp, type Token } from './nlp';
import { buildLexicons, type Lexicons, type LoadedEntry, type MarkerKind } from './lexicons';
import { splitSentences } from './sentences';
import { coverage, findQuotes, insideAny, type QuoteRegion } from './quotes';
import { findAttributions, openingLabel, ownMastheads, transcriptLabels, type FoundAttribution, type TranscriptLabels, type InterpretationCue } from './attribution';
import { findFramingCues, findLoaded, findMarkers, findSentimentLoaded, SENTIMENT_MIN_P_SUBJECTIVE, type FramingMatch, type TokenMatch } from './spans';
import { findAnchors, isLogisticsAnchor, type Anchor } from './claims';
import { findMentions, mergeVoices, roleVoices, type Mention } from './voices';
import { Coreference, describedPerson, describedRole, type ThirdPerson } from './coreference';
import { argmax, logit, logits, softmax, WEIGHTS, type FeatureVector } from './scoring';
import { combineSubjectivity, loadDefaultSubjectivity, type SubjectivityPredictor } from './subjectivity';
import { checkWorthyFeatures, loadCheckWorthyModel, type CheckWorthyModel } from './checkworthy-model';
import { loadSourceOwedModel, type SourceOwedModel } from './source-owed-model';
import { loadLoadedTagger, type LoadedTagger } from './loaded-tagger';
import { loadWordVectors } from './subjectivity-model';
import { loadLabelModel, STANDALONE_CONTEXT, type LabelContext, type LabelInput, type LabelModel } from './label-model';

import { ANALYSER_VERSION } from './version';

export { ANALYSER_VERSION };

export interface AnalyserOptions {
  /**
   * The subjectivity model: omitted = load the bundled one if it works; null = rules only;
   * or any predictor (tests, experiments).
   */
  subjectivity?: SubjectivityPredictor | null;
  /**
   * The check-worthiness model: omitted = the bundled one; null = the anchor rule alone (a
   * sentence with a number, date, comparison, named event or verifiable action, not a question).
   */
  checkWorthy?: CheckWorthyModel | null;
  /** The source-owed model: omitted = the bundled one; null = every unsourced claim owes a source. */
  sourceOwed?: SourceOwedModel | null;
  /**
   * The sentence-label model: omitted = the bundled one (resources/models/labeller.json) when it
   * loads; null = the hand-weighted rule score of scoring.ts.
   */
  labeller?: LabelModel | null;
  /**
   * The loaded-word token model: omitted = the bundled one (resources/models/loaded-tagger.json);
   * null = none (sentences then carry no pNoLoaded).
   */
  loadedTagger?: LoadedTagger | null;
}

/** What the label model saw for one sentence (for training and evaluation scripts). */
export interface SentenceLabelInput {
  start: number;
  end: number;
  input: LabelInput;
}

export interface SentenceResult extends SentenceAnalysis {
  attributions: Attribution[];
  loaded: LoadedSpan[];
  markers: MarkerSpan[];
  claim: CheckWorthyClaim | null;
  /** The feature vector the label was computed from (see scoring.ts FEATURE_NAMES). */
  features: FeatureVector;
}

export interface Analyser {
  analyzeArticle(original: string, blocks?: TextBlock[]): ArticleAnalysis;
  analyzeSentence(text: string): SentenceResult;
  /** Lexicon features of one sentence, without the model (for training and evaluation). */
  features(text: string): FeatureVector;
  /** The label model's inputs for every sentence of an article, in order (training and evaluation). */
  labelInputs(original: string, blocks?: TextBlock[]): SentenceLabelInput[];
  /** The label model's input for one sentence given alone. */
  sentenceLabelInput(text: string): LabelInput;
  /** Milliseconds spent loading the NLP model, lexicons and subjectivity model. */
  readonly loadMs: number;
  readonly modelLoaded: boolean;
  /** Whether the learned sentence-label model is in use (false: hand-weighted rules). */
  readonly labellerLoaded: boolean;
}

interface Work {
  index: number;
  blockIndex: number;
  start: number;
  end: number;
  toks: Token[];
  quotes: QuoteRegion[];
  found: FoundAttribution[];
  interpretations: InterpretationCue[];
  loaded: TokenMatch<LoadedEntry>[];
  markers: TokenMatch<{ kind: MarkerKind; term: string }>[];
  framing: FramingMatch[];
  /** How many framing cues the lexicon found, before addModalPredictions adds one (source-owed model input). */
  framingFound: number;
  anchors: Anchor[];
  /** Spans whose words are a source's (attribution contents and quotes). */
  sourceSpans: { start: number; end: number }[];
  /** Where the sentence sits in the article (set by analyzeArticle; standalone otherwise). */
  context: LabelContext;
  /**
   * In an interview printed as a transcript: whose turn the sentence belongs to (see markTurns);
   * 'explained' for the "A:" line of an explainer answering its readers' questions in its own voice.
   */
  turn?: 'question' | 'answer' | 'explained';
}

/**
 * The first "according to" attribution with a source in the paragraph's sentences before sentence
 * `index`, in order (what filter + flatMap + find gave, without copying every sentence's list).
 */
function firstEarlierAccording(paragraph: Work[], index: number): FoundAttribution | undefined {
  for (const p of paragraph) {
    if (p.index >= index) continue;
    for (const a of p.found) if (a.source && a.cueKind === 'according') return a;
  }
  return undefined;
}

/** Index of the first entry whose mention starts at or after `start` (entries sorted by start). */
function firstAtOrAfter(sorted: { m: Span }[], start: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid].m.start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function quote(s: string): string {
  return `'${s}'`;
}

/**
 * A cue over a span. Spelled out rather than spread ({ ...span, kind, note }): the spread was a
 * visible share of the per-sentence work. Spans here are always { start, end, text }.
 */
function cueOf(s: Span, kind: CueKind, note: string): Cue {
  return { start: s.start, end: s.end, text: s.text, kind, note };
}

/** The note of a source cue (only the one needed is built: finish runs once per sentence). */
function sourceKindNote(source: string, kind: SourceKind): string {
  switch (kind) {
    case 'named': return `${quote(source)} is the named source of this claim`;
    case 'group': return `${quote(source)} is the source: a group or body, not a named person`;
    case 'vague': return `${quote(source)} is a vague source: nobody is named`;
    case 'anonymous': return `${quote(source)} is an anonymous source: the reader cannot check who said it`;
    case 'pronoun': return `${quote(source)} points back to a source named earlier`;
  }
}

export function createAnalyser(options: AnalyserOptions = {}): Analyser {
  const t0 = performance.now();
  const nlp: Nlp = createNlp();
  const lex: Lexicons = buildLexicons(nlp);
  const model = options.subjectivity === undefined ? loadDefaultSubjectivity() : options.subjectivity;
  const cwModel = options.checkWorthy === undefined ? loadCheckWorthyModel() : options.checkWorthy;
  const owedModel = options.sourceOwed === undefined ? loadSourceOwedModel() : options.sourceOwed;
  // The label model was trained with the subjectivity model's probability as an input, so without
  // that model (rules-only runs) the hand-weighted rule score is used unless a labeller is given.
  const labeller = options.labeller === undefined ? (model ? loadLabelModel() : null) : options.labeller;
  const tagger = options.loadedTagger === undefined ? loadLoadedTagger() : options.loadedTagger;
  const loadMs = performance.now() - t0;

  /** wink's tokens, each marked with the lexicon tries that can start a match there. */
  function tokenize(text: string, base: number): Token[] {
    const toks = nlp.tokenize(text, base);
    lex.starts.mark(toks);
    return toks;
  }

  function collect(original: string, index: number, blockIndex: number, start: number, end: number, toks: Token[], quotes: QuoteRegion[], transcriptSpeakers?: ReadonlySet<string>, mastheads?: ReadonlySet<string>): Work {
    const s = { start, end, tokens: toks, quotes, transcriptSpeakers, ownMastheads: mastheads };
    const { attributions, interpretations } = findAttributions(original, s, lex);
    const framing = findFramingCues(toks, lex);
    return {
      index, blockIndex, start, end, toks, quotes,
      found: attributions,
      interpretations,
      loaded: findLoaded(toks, lex),
      markers: findMarkers(toks, lex),
      framing,
      framingFound: framing.length,
      anchors: findAnchors(toks, lex),
      sourceSpans: [],
      context: STANDALONE_CONTEXT,
    };
  }

  /** Sentences entirely inside a quotation inherit the speaker of that quotation. */
  function inheritQuotes(paragraph: Work[]): void {
    for (const w of paragraph) {
      if (w.found.some((a) => a.source)) continue;
      const len = w.end - w.start;
      if (!len || coverage(w.quotes, w.start, w.end) / len < 0.5) continue;
      const region = w.quotes.find((q) => q.start < w.end && q.end > w.start);
      if (!region) continue;
      for (const other of paragraph) {
        if (other === w) continue;
        const a = other.found.find((x) => x.source && x.content && x.content.start < region.end && x.content.end > region.start);
        const b = a ?? (other.index === w.index - 1 || other.index === w.index + 1
          ? other.found.find((x) => x.source && x.direct)
          : undefined);
        if (b) {
          w.found.push({ ...b, content: { start: Math.max(region.start, w.start), end: Math.min(region.end, w.end) }, direct: true });
          break;
        }
      }
    }
  }

  /**
   * An interview printed as a transcript: a sentence opening with a speaker's label ("Holroyd: …")
   * starts that speaker's turn and one opening with the interviewer's ("Q: …", "Reporter: …") the
   * interviewer's; the sentences after it in the same paragraph belong to the same turn ("Holroyd:
   * Most cars aren't mine. I can't do my deliveries in a hatchback."). Any other label ends the turn.
   */
  function markTurns(original: string, paragraph: Work[], labels: TranscriptLabels): void {
    let turn: Work['turn'];
    for (const w of paragraph) {
      const label = openingLabel(original, w.start, w.end);
      if (label !== null) turn = labels.speakers.has(label) || labels.answers.has(label) ? 'answer' : labels.interviewers.has(label) ? 'question' : undefined;
      w.turn = turn;
      // An explainer's own answer ("A: The new timetable starts on 3 March."): the label line only,
      // where the label model would read "A:" as a speaker's (what follows is left to it).
      if (turn === undefined && (label === 'A' || label === 'Answer') && labels.interviewers.size > 0) w.turn = 'explained';
      // A report inside an answer's later sentence is the speaker's own words, not a new speaker.
      if (turn === 'answer' && label === null) w.found = [];
    }
  }

  /**
   * The label a transcript turn fixes (LABELLING.md): a speaker's answer, every sentence of it, is
   * attributed (the training keys: 218 of 221 sentences of named speakers' turns); the interviewer's
   * question is the paper's and asserts nothing, so fact (the keys: 137 of 138 without a report in
   * it). A question that carries someone's claim ("Q: The union says you knew.") is split in the keys
   * (attributed 17 times, fact 9): fact or attributed at even odds, so it is never graded. An
   * explainer's own "A:" line with no report in it is fact or framing as the model weighs them (the
   * keys: the paper’s answers fact or framing 14 times in 14 where they report nobody).
   */
  function turnProbabilities(w: Work, probabilities?: Record<SentenceLabel, number>): Record<SentenceLabel, number> | null {
    if (w.turn === 'answer') return { fact: TURN_OTHER, framing: TURN_OTHER, attributed: 1 - 2 * TURN_OTHER };
    if (w.turn === 'explained') {
      // The paper's own answer, on its merits: attributed only through a report it makes ("A: The authority says …").
      if (w.found.some((a) => a.source) || !probabilities) return null;
      const rest = probabilities.fact + probabilities.framing;
      return rest > 0 ? { fact: (probabilities.fact / rest) * (1 - TURN_OTHER), framing: (probabilities.framing / rest) * (1 - TURN_OTHER), attributed: TURN_OTHER } : null;
    }
    if (w.turn !== 'question') return null;
    if (w.found.some((a) => a.source)) return { fact: 0.5, framing: 0, attributed: 0.5 };
    return { fact: 1 - 2 * TURN_OTHER, framing: TURN_OTHER, attributed: TURN_OTHER };
  }

  /** "will"/"would" in the writer's voice with no date in the sentence: a prediction, not a schedule. */
  function addModalPredictions(w: Work): void {
    if (w.anchors.some((a) => a.kind === 'date')) return;
    if (w.framing.some((c) => c.kind === 'prediction')) return;
    const inSrc = (t: Token): boolean => insideAny(w.sourceSpans, t.start, t.end);
    for (let i = 0; i < w.toks.length; i++) {
      const t = w.toks[i];
      if ((t.norm === 'will' || t.norm === 'would' || t.norm === "'ll") && t.pos === 'AUX' && !inSrc(t)) {
        const next = w.toks[i + 1];
        // "would not confirm" (a refusal), "will be offered" (an announced arrangement) are reports.
        if (next && (next.norm === 'not' || next.norm === "n't" || next.norm === 'be')) continue;
        if (w.toks.slice(Math.max(0, i - 3), i).some((x) => x.norm === 'neither' || x.norm === 'no' || x.norm === 'never')) continue;
        w.framing.push({ from: i, to: i + 1, kind: 'prediction', term: t.norm });
        break;
      }
    }
  }

  let marksBuffer = new Uint8Array(1024);

  function featuresOf(w: Work, original: string): FeatureVector {
    const toks = w.toks;
    const n = Math.max(1, toks.length);
    const len = Math.max(1, w.end - w.start);
    const withSource = w.found.filter((a) => a.source);
    // Union of source, cue and content spans of the attributions (in a reused buffer: allocating
    // a typed array per sentence cost more than the counting).
    if (marksBuffer.length < len) marksBuffer = new Uint8Array(Math.max(len, 2 * marksBuffer.length));
    const marks = marksBuffer;
    marks.fill(0, 0, len);
    const mark = (a: number, b: number): void => {
      for (let i = Math.max(a, w.start); i < Math.min(b, w.end); i++) marks[i - w.start] = 1;
    };
    for (const a of withSource) {
      if (a.source && a.source.start >= w.start) mark(a.source.start, a.source.end);
      if (a.cue.start >= w.start) mark(a.cue.start, a.cue.end);
      if (a.content) mark(a.content.start, a.content.end);
    }
    let covered = 0;
    let nonSpace = 0;
    for (let i = 0; i < len; i++) {
      const code = original.charCodeAt(w.start + i);
      if (code === 32 || code === 10 || code === 13 || code === 9 || code === 160) continue;
      nonSpace++;
      covered += marks[i];
    }
    const inSource = (start: number, end: number): boolean => insideAny(w.sourceSpans, start, end);
    const tokSpan = (m: { from: number; to: number }): [number, number] => [toks[m.from].start, toks[m.to - 1].end];
    let loadedWriter = 0, loadedSource = 0, hedgeW = 0, hedgeS = 0, certW = 0, intW = 0;
    for (const m of w.loaded) (inSource(...tokSpan(m)) ? loadedSource++ : loadedWriter++);
    for (const m of w.markers) {
      const src = inSource(...tokSpan(m));
      if (m.entry.kind === 'hedge') (src ? hedgeS++ : hedgeW++);
      else if (!src && m.entry.kind === 'certainty') certW++;
      else if (!src) intW++;
    }
    const fr = { motive: 0, prediction: 0, callToAction: 0, firstPerson: 0, commentary: 0 };
    for (const c of w.framing) if (!inSource(...tokSpan(c))) fr[c.kind as keyof typeof fr]++;
    let adj = 0, adv = 0, propn = 0, modal = 0, words = 0;
    for (const t of toks) {
      if (t.pos === 'PUNCT' || t.pos === 'SYM') continue;
      words++;
      if (t.pos === 'ADJ') adj++;
      else if (t.pos === 'ADV') adv++;
      else if (t.pos === 'PROPN') propn++;
      if (t.pos === 'AUX' && ['may', 'might', 'could', 'would', 'should', 'must'].includes(t.norm)) modal++;
    }
    words = Math.max(1, words);
    const srcKind = (k: SourceKind): number => (withSource.some((a) => a.sourceKind === k) ? 1 : 0);
    const lastText = original.slice(w.start, w.end).trimEnd();
    return {
      n_tokens: n,
      attribution: withSource.length ? 1 : 0,
      attr_coverage: nonSpace ? covered / nonSpace : 0,
      direct_quote: withSource.some((a) => a.direct) ? 1 : 0,
      quote_coverage: coverage(w.quotes, w.start, w.end) / len,
      report_neutral: w.found.filter((a) => a.cueKind === 'neutral').length,
      report_stance: w.found.filter((a) => a.cueKind === 'stance' || a.cueKind === 'interpretation').length,
      according_to: w.found.some((a) => a.cueKind === 'according') ? 1 : 0,
      source_named: srcKind('named'),
      source_group: srcKind('group'),
      source_vague: srcKind('vague'),
      source_anonymous: srcKind('anonymous'),
      source_pronoun: srcKind('pronoun'),
      loaded_writer: loadedWriter,
      loaded_source: loadedSource,
      hedge_writer: hedgeW,
      hedge_source: hedgeS,
      certainty_writer: certW,
      intensifier_writer: intW,
      interpretation: w.interpretations
        .filter((c) => !inSource(toks[c.from].start, toks[c.to - 1].end))
        .reduce((sum, c) => sum + (c.participle ? 0.45 : 1), fr.commentary),
      motive: fr.motive,
      prediction: fr.prediction,
      call_to_action: fr.callToAction,
      first_person: fr.firstPerson,
      anchors: w.anchors.length,
      numbers: w.anchors.filter((a) => a.kind === 'number').length,
      dates: w.anchors.filter((a) => a.kind === 'date').length,
      comparisons: w.anchors.filter((a) => a.kind === 'comparison' || a.kind === 'event').length,
      question: lastText.endsWith('?') && w.quotes.length === 0 ? 1 : 0,
      exclamation: lastText.endsWith('!') && w.quotes.length === 0 ? 1 : 0,
      adj_ratio: adj / words,
      adv_ratio: adv / words,
      propn_ratio: propn / words,
      modal_ratio: modal / words,
    };
  }

  interface Finished {
    sentence: SentenceAnalysis;
    attributions: Attribution[];
    loaded: LoadedSpan[];
    markers: MarkerSpan[];
    claim: CheckWorthyClaim | null;
    features: FeatureVector;
  }

  function quotedShare(w: Work): number {
    const len = w.end - w.start;
    return len > 0 ? coverage(w.quotes, w.start, w.end) / len : 0;
  }

  /**
   * Position and neighbours of a sentence, for the label model: `i` its index in the article,
   * `n` the article's sentence count, `firstCount` how many sentences the first paragraph has.
   */
  /** Running counts over the article's sentences so far, for the label model's "so far" context. */
  interface SoFar { n: number; firstPerson: number; attributed: number; question: number; quoted: number }

  function addToSoFar(acc: SoFar, w: Work): void {
    acc.n++;
    if (w.framing.some((f) => f.kind === 'firstPerson' && !insideAny(w.quotes, w.toks[f.from].start, w.toks[f.from].end))) acc.firstPerson++;
    if (w.found.some((a) => a.source)) acc.attributed++;
    const last = w.toks[w.toks.length - 1];
    if (last && last.text === '?' && !insideAny(w.quotes, last.start, last.end)) acc.question++;
    acc.quoted += quotedShare(w);
  }

  function contextOf(w: Work, i: number, prev: Work | undefined, next: Work | undefined, n: number, firstCount: number, soFar: SoFar): LabelContext {
    const m = Math.max(1, soFar.n);
    return {
      soFarFirstPerson: soFar.firstPerson / m,
      soFarAttributed: soFar.attributed / m,
      soFarQuestion: soFar.question / m,
      soFarQuoted: soFar.quoted / m,
      standalone: 0,
      first: i === 0 ? 1 : 0,
      firstParagraph: i < firstCount ? 1 : 0,
      relativePosition: n > 1 ? i / (n - 1) : 0,
      last: i === n - 1 && n > 1 ? 1 : 0,
      prevAttributed: prev && prev.found.some((a) => a.source) ? 1 : 0,
      nextAttributed: next && next.found.some((a) => a.source) ? 1 : 0,
      prevQuoted: prev ? quotedShare(prev) : 0,
      nextQuoted: next ? quotedShare(next) : 0,
      continuesQuote: w.quotes.some((q) => q.start < w.start && q.end > w.start) ? 1 : 0,
    };
  }

  function labelInputOf(w: Work, original: string, features: FeatureVector, pModel: number | null): LabelInput {
    return { text: original.slice(w.start, w.end), features, pSubjective: pModel, context: w.context };
  }

  function finish(w: Work, original: string, paragraph: Work[], resolve: (a: FoundAttribution) => void, capture?: SentenceLabelInput[]): Finished {
    const toks = w.toks;
    const sp = (m: { from: number; to: number }): Span => {
      const a = toks[m.from].start;
      const b = toks[m.to - 1].end;
      return { start: a, end: b, text: original.slice(a, b) };
    };
    w.sourceSpans = [...w.quotes, ...w.found.filter((a) => a.source && a.content).map((a) => a.content!)];
    // A transcript answer's later sentences are the speaker's words too (no cue of their own).
    if (w.turn === 'answer' && !w.found.some((a) => a.source)) w.sourceSpans.push({ start: w.start, end: w.end });
    addModalPredictions(w);
    const features = featuresOf(w, original);
    const text = original.slice(w.start, w.end);
    // One n-gram pass per sentence, shared by the subjectivity and label models (unbuilt when the
    // model offers it: both sum the same entries in the same order without the vector).
    const shared = model?.featureConfig && (model.ngramGroups || model.ngrams)
      ? { cfg: model.featureConfig, vector: model.ngramGroups ? model.ngramGroups(text) : model.ngrams!(text) }
      : undefined;
    const pModel: number | null = model ? model.predict(text, features, shared?.vector) : null;
    const input = labelInputOf(w, original, features, pModel);
    capture?.push({ start: w.start, end: w.end, input });
    let probabilities: Record<SentenceLabel, number>;
    // A "sentence" with no word in it (stray punctuation) gives the model nothing: the rules decide.
    if (labeller && /[\p{L}\p{N}]/u.test(text)) {
      probabilities = labeller.predict(input, shared);
    } else {
      const z = logits(features);
      if (pModel !== null) z.framing += Math.max(-WEIGHTS.modelCap, Math.min(WEIGHTS.modelCap, WEIGHTS.model * logit(pModel)));
      probabilities = softmax(z);
    }
    probabilities = turnProbabilities(w, probabilities) ?? probabilities;
    const label: SentenceLabel = argmax(probabilities);
    // "Subjective" (the sentence carries the writer's own view) is the framing label itself, so
    // the two can never disagree; its probability is P(framing).
    const pSubjective = probabilities.framing;
    const subj = { p: pSubjective, subjective: label === 'framing' };
    // The sentiment signal keeps the gate it was tuned with: the subjectivity model's P.
    const pGate = pModel ?? combineSubjectivity(softmax(logits(features)).framing, null).p;
    const inSource = (s: { start: number; end: number }): boolean => insideAny(w.sourceSpans, s.start, s.end);

    const cues: Cue[] = [];
    const attributions: Attribution[] = [];
    for (const a of w.found) {
      if (!a.source) continue;
      resolve(a);
      attributions.push({ sentenceIndex: w.index, source: a.source, sourceKind: a.sourceKind, cue: a.cue, content: a.content, direct: a.direct });
      if (a.source.start >= w.start && !cues.some((c) => c.kind === 'source' && c.start === a.source!.start)) {
        cues.push(cueOf(a.source, 'source', sourceKindNote(a.source.text, a.sourceKind ?? 'named')));
      }
      if (a.cue.start >= w.start && a.cue.end <= w.end) {
        const stanceNote = a.cueKind === 'neutral' || a.cueKind === 'according'
          ? `${quote(a.cue.text)} reports what the source said`
          : `${quote(a.cue.text)} reports the source's view; the verb also colours how it is presented`;
        cues.push(cueOf(a.cue, 'reporting-verb', stanceNote));
      }
    }
    for (const q of w.quotes) {
      const s = Math.max(q.start, w.start);
      const e = Math.min(q.end, w.end);
      if (e - s > 2) cues.push({ start: s, end: e, text: original.slice(s, e), kind: 'quote', note: 'Quotation marks: these are the speaker\'s own words, not the writer\'s' });
    }
    // Sentiment-signal words are added after the label is decided, so they never change the
    // label, the features or check-worthiness: they only widen the list of loaded words.
    const sentimentWords = pGate >= SENTIMENT_MIN_P_SUBJECTIVE ? findSentimentLoaded(toks, lex, w.loaded) : [];
    const loadedMatches = sentimentWords.length ? [...w.loaded, ...sentimentWords].sort((a, b) => a.from - b.from) : w.loaded;
    const loaded: LoadedSpan[] = loadedMatches.map((m) => {
      const s = sp(m);
      const voice: 'writer' | 'source' = inSource(s) ? 'source' : 'writer';
      const alt = m.entry.neutral.filter((x) => x !== '(omit)');
      const omit = m.entry.neutral.includes('(omit)');
      if (voice === 'writer') {
        cues.push(cueOf(
          s,
          'loaded',
          `${quote(s.text)} is the writer's own judgement: ${m.entry.reason}` +
            (alt.length ? `. More neutral: ${alt.join(', ')}` : omit ? '. A neutral report would leave it out' : ''),
        ));
      }
      return { ...s, sentenceIndex: w.index, category: m.entry.category, reason: m.entry.reason, neutral: m.entry.neutral, voice };
    });
    const markers: MarkerSpan[] = w.markers.map((m) => ({ ...sp(m), sentenceIndex: w.index, kind: m.entry.kind }));
    for (const m of markers) {
      if (inSource(m)) continue;
      const note = m.kind === 'hedge'
        ? `${quote(m.text)} is a hedge: it weakens the claim or distances the writer from it`
        : m.kind === 'certainty'
          ? `${quote(m.text)} presents the claim as beyond doubt without showing evidence`
          : `${quote(m.text)} amplifies the statement`;
      cues.push({ start: m.start, end: m.end, text: m.text, kind: m.kind, note });
    }
    for (const c of w.interpretations) {
      const s = sp(c);
      if (inSource(s)) continue;
      cues.push(cueOf(s, 'interpretation', `${quote(s.text)}: the writer reads a meaning into events rather than reporting them`));
    }
    for (const c of w.framing) {
      const s = sp(c);
      if (inSource(s)) continue;
      if (c.kind === 'motive') cues.push(cueOf(s, 'motive', `${quote(s.text)}: the writer claims to know what someone intends`));
      else if (c.kind === 'prediction') cues.push(cueOf(s, 'prediction', `${quote(s.text)}: the writer predicts what will happen`));
      else if (c.kind === 'commentary') cues.push(cueOf(s, 'interpretation', `${quote(s.text)}: the writer steps in to comment or interpret`));
      else if (c.kind === 'callToAction') cues.push(cueOf(s, 'call-to-action', `${quote(s.text)}: the writer says what should be done`));
      else cues.push(cueOf(s, 'first-person', `${quote(s.text)}: the writer speaks in their own voice`));
    }

    // Check-worthy claim and where the article says it comes from.
    let claim: CheckWorthyClaim | null = null;
    const isQuestion = features.question > 0;
    // Times, phone and case numbers, dates alone: logistics nobody checks against a source.
    const checkable = w.anchors.filter((a) => !isLogisticsAnchor(toks, a));
    let worthy = checkable.length > 0 && !isQuestion;
    let pCheckWorthy: number | undefined;
    // The check-worthiness and source-owed models start from the same cues of the same sentence.
    const cwInput = { toks, anchors: w.anchors, loaded: w.loaded.length, question: isQuestion };
    let cwDense: number[] | undefined;
    const cwFeatures = (): number[] => (cwDense ??= checkWorthyFeatures(cwInput));
    if (cwModel) {
      pCheckWorthy = cwModel.probability(cwInput, cwFeatures());
      worthy = cwModel.decide(pCheckWorthy, checkable.length > 0 && !isQuestion);
    }
    if (w.anchors.length > 0 && checkable.length === 0) worthy = false;
    if (worthy) {
      // The source must be in this sentence, or an attribution whose content covers it (a
      // continued quotation), or an "according to" EARLIER in the paragraph: never a later sentence.
      const own = w.found.find((a) => a.source);
      const elsewhere = own ? undefined : firstEarlierAccording(paragraph, w.index);
      const src = own ?? elsewhere;
      claim = {
        sentenceIndex: w.index,
        anchors: w.anchors.map((a) => sp(a)),
        source: src?.source ?? null,
        sourceKind: src?.sourceKind ?? 'none',
      };
      if (!claim.source) {
        // Only an unsourced claim can owe a source; without the model every one does.
        const pOwed = owedModel
          ? owedModel.probability({
              toks, anchors: w.anchors, loaded: w.loaded.length, question: isQuestion,
              hedges: w.markers.filter((m) => m.entry.kind === 'hedge').length,
              certainty: w.markers.filter((m) => m.entry.kind === 'certainty').length,
              framingCues: w.framingFound,
            }, cwFeatures())
          : 1;
        claim.pSourceOwed = pOwed;
        // "No source needed" only when the model is sure (90 % precision out of fold): calling an
        // unsourced statistic fine would teach the wrong lesson; flagging a public record is only fussy.
        claim.sourceOwed = !owedModel || pOwed >= owedModel.notOwedBelow;
      }
      const sourceNote = claim.source
        ? `; the article gives ${quote(claim.source.text)} as its source`
        : claim.sourceOwed
          ? '; the article gives no source for it, and a reader needs one'
          : '; no source is named, which is usual for a public record or what the reporter saw';
      for (const a of claim.anchors) {
        cues.push(cueOf(a, 'number', `${quote(a.text)} can be checked${sourceNote}`));
      }
    }
    cues.sort((a, b) => a.start - b.start || a.end - b.end);
    const reason =
      label === 'attributed'
        ? 'Mostly reports what a source said or believes.'
        : label === 'framing'
          ? 'Carries the writer\'s own evaluation, interpretation, prediction or call to action.'
          : claim
            ? 'States checkable details in the writer\'s voice without evaluating them.'
            : 'No source and no evaluative wording: the writer states this as a fact.';
    const sentence: SentenceAnalysis = {
      start: w.start,
      end: w.end,
      text,
      blockIndex: w.blockIndex,
      label,
      probabilities,
      subjective: subj.subjective,
      pSubjective,
      checkWorthy: claim !== null,
      ...(pCheckWorthy === undefined ? {} : { pCheckWorthy }),
      // How sure the loaded-word model is that the sentence has none: a practice signal for "no
      // loaded word here" items, so only where the analysis found none (and the cost is paid there only).
      // The lists' matches are reused, and the sentiment words too when they were looked for above.
      ...(tagger && loaded.length === 0
        ? { pNoLoaded: tagger.pNone(tagger.sentenceRows(toks, lex, loadWordVectors(), w.loaded, pGate >= SENTIMENT_MIN_P_SUBJECTIVE ? sentimentWords : undefined)) }
        : {}),
      cues,
      reason,
    };
    return { sentence, attributions, loaded, markers, claim, features };
  }

  function analyzeArticle(original: string, blocks?: TextBlock[], capture?: SentenceLabelInput[]): ArticleAnalysis {
    const bl = blocks ?? cleanText(original).blocks;
    const segments: Segment[] = bl.map((b) => ({ kind: b.kind, start: b.start, end: b.end }));
    const headings: HeadingAnalysis[] = [];
    // First the sentence ranges of every paragraph (cheap): a sentence's context needs the
    // article's sentence count. Tokens and the rest are then made paragraph by paragraph and
    // dropped once the paragraph is finished, so a long document never holds all its tokens at
    // once (memory and garbage-collection work stay proportional to a paragraph, not the article).
    const plan: { blockIndex: number; start: number; end: number; ranges: { start: number; end: number }[] }[] = [];
    bl.forEach((b, blockIndex) => {
      if (b.kind === 'heading') {
        headings.push(analyzeHeading(original, b.start, b.end, blockIndex));
        return;
      }
      if (b.kind !== 'paragraph') return;
      plan.push({ blockIndex, start: b.start, end: b.end, ranges: splitSentences(original, b.start, b.end) });
    });
    const n = plan.reduce((sum, p) => sum + p.ranges.length, 0);
    const firstCount = plan[0]?.ranges.length ?? 0;
    // An interview printed as a transcript ("Q: …" / "Kessler: …"): its speakers, from the whole article.
    const transcript = transcriptLabels(original, plan);
    const interview = transcript.interviewers.size > 0 || transcript.speakers.size >= 2;
    // The paper's own name, where the article shows it ("told the Courier"): "A Courier analysis" is then its own work.
    const mastheads = ownMastheads(original);
    let index = 0;
    const collectParagraph = (p: (typeof plan)[number]): Work[] => {
      const toks = tokenize(original.slice(p.start, p.end), p.start);
      const quotes = findQuotes(original, p.start, p.end);
      const works: Work[] = [];
      let ti = 0;
      for (const r of p.ranges) {
        while (ti < toks.length && toks[ti].end <= r.start) ti++;
        let tj = ti;
        while (tj < toks.length && toks[tj].start < r.end) tj++;
        const qs = quotes.filter((q) => q.start < r.end && q.end > r.start);
        works.push(collect(original, index++, p.blockIndex, r.start, r.end, toks.slice(ti, tj), qs, transcript.speakers, mastheads));
        ti = tj;
      }
      inheritQuotes(works);
      if (interview) markTurns(original, works, transcript);
      return works;
    };
    // Collected paragraphs not finished yet: the current one and, when its last sentence needs
    // its successor's context, the following ones up to the next that has a sentence.
    const ahead: Work[][] = [];
    let planned = 0;
    let previous: Work | undefined;
    const soFar: SoFar = { n: 0, firstPerson: 0, attributed: 0, question: 0, quoted: 0 };

    const sentences: SentenceAnalysis[] = [];
    const attributions: Attribution[] = [];
    const loaded: LoadedSpan[] = [];
    const markers: MarkerSpan[] = [];
    const claims: CheckWorthyClaim[] = [];
    const mentions: Mention[] = [];
    const coref = new Coreference();
    // A pronoun quoted again by a continued quotation keeps the referent it was given first.
    const resolvedAt = new Map<number, Span | null>();
    const resolvedOf = new Map<FoundAttribution, Span>();
    let current: Work | null = null;
    const resolve = (a: FoundAttribution): void => {
      if (!a.source || !current) return;
      const epithet = a.sourceKind === 'named' ? describedPerson(a.source.text) : null;
      // "Jane Roe, a spokesperson for the trust, said … The spokesperson added …": Jane Roe, named.
      const role = a.sourceKind === 'vague' ? describedRole(a.source.text) : null;
      if (a.sourceKind !== 'pronoun' && !epithet && !role) return;
      let target = resolvedAt.get(a.source.start);
      if (target === undefined) {
        target = epithet
          ? coref.resolveDescription(epithet, a.source.start, current.index, current.blockIndex)
          : role
            ? coref.resolveDescription(role, a.source.start, current.index, current.blockIndex, true)
            : coref.resolve(a.source.text.toLowerCase() as ThirdPerson, a.source.start, current.index, current.blockIndex);
        resolvedAt.set(a.source.start, target);
      }
      if (target) {
        resolvedOf.set(a, target);
        if (role) a.sourceKind = 'named';
      }
    };
    while (ahead.length || planned < plan.length) {
      if (!ahead.length) ahead.push(collectParagraph(plan[planned++]));
      const para = ahead[0];
      // The sentence after this paragraph's last one: the first of the next paragraph that has one.
      let after: Work | undefined;
      if (para.length) {
        for (let k = 1; ; k++) {
          if (k >= ahead.length) {
            if (planned >= plan.length) break;
            ahead.push(collectParagraph(plan[planned++]));
          }
          if (ahead[k].length) {
            after = ahead[k][0];
            break;
          }
        }
      }
      for (const w of para) addToSoFar(soFar, w);
      para.forEach((w, k) => {
        w.context = contextOf(w, w.index, k > 0 ? para[k - 1] : previous, k + 1 < para.length ? para[k + 1] : after, n, firstCount, soFar);
      });
      if (para.length) previous = para[para.length - 1];
      ahead.shift();
      for (const w of para) {
        current = w;
        const sources = w.found.filter((a) => a.source && a.source.start >= w.start).map((a) => a.source!);
        const found = findMentions(original, w.toks, w.index, lex, { isCommonWord: nlp.isCommonWord, commonWordPos: nlp.commonWordPos, sources });
        mentions.push(...found);
        addReferents(coref, original, w, found);
        const f = finish(w, original, para, resolve, capture);
        noteSubjectPronouns(coref, w);
        sentences.push(f.sentence);
        const withSource = w.found.filter((a) => a.source);
        f.attributions.forEach((a, k) => {
          const r = resolvedOf.get(withSource[k]);
          if (r) a.resolvedSource = r;
          attributions.push(a);
        });
        loaded.push(...f.loaded);
        markers.push(...f.markers);
        if (f.claim) claims.push(f.claim);
      }
    }
    const named = mergeVoices(mentions).voices;
    // A description resolved to a named person ("the retired teacher" = Martha Quayle) is that person's voice, not a role of its own.
    const speaking = attributions.map((a, index) => ({ index, source: a.source!, sourceKind: a.sourceKind }));
    const roles = roleVoices(original, speaking.filter((x) => x.source && !(x.sourceKind !== 'pronoun' && attributions[x.index].resolvedSource)), named, lex, nlp.isCommonWord);
    const voices = [...named, ...roles];
    // A name after "of/in/at ..." inside a source is not the speaker ("Police in Varne province").
    const speaks = (m: Span, s: Span): boolean =>
      m.start >= s.start && m.end <= s.end && !/\s(?:of|in|at|from|near|on|across|outside|between|among|with|along)\s/i.test(' ' + original.slice(s.start, m.start));
    // Every mention by start, so each attribution looks only at the mentions inside its spans
    // (a scan of every voice per attribution grows with the square of a long document).
    const byStart = voices.flatMap((v, vi) => v.mentions.map((m) => ({ m, vi }))).sort((x, y) => x.m.start - y.m.start);
    attributions.forEach((a, i) => {
      const spans = [a.source, a.resolvedSource].filter((x): x is Span => !!x);
      const hit = new Set<number>();
      for (const s of spans) {
        for (let k = firstAtOrAfter(byStart, s.start); k < byStart.length && byStart[k].m.start <= s.end; k++) {
          if (!hit.has(byStart[k].vi) && speaks(byStart[k].m, s)) hit.add(byStart[k].vi);
        }
      }
      // Attribution indices are pushed in order, so each voice's list stays ascending and unique.
      for (const vi of hit) {
        voices[vi].heard = true;
        voices[vi].attributions.push(i);
      }
    });
    return { analyserVersion: ANALYSER_VERSION, segments, sentences, attributions, loaded, markers, claims, voices: voices.filter(isParty), headings };
  }

  /**
   * "He did it with a string of results …", "Asked how, he shrugs.": a "he" or "she" in the writer's
   * words that speaks for no one is still a mention of someone, and keeps them the likely referent of
   * the next "he says" (a name dropped in between is not). Sources were resolved already.
   */
  function noteSubjectPronouns(coref: Coreference, w: Work): void {
    for (const t of w.toks) {
      if (t.norm !== 'he' && t.norm !== 'she') continue;
      if (insideAny(w.quotes, t.start, t.end)) continue;
      if (w.found.some((a) => a.source && a.source.start === t.start)) continue;
      // Not in reported words: "His mother, Kerry Ashby, said he was a loving son" is about the son.
      if (w.found.some((a) => a.content && t.start >= a.content.start && t.end <= a.content.end)) continue;
      coref.resolve(t.norm, t.start, w.index, w.blockIndex, false);
    }
  }

  /** The people, bodies and groups a sentence offers later pronouns (coreference.ts). */
  function addReferents(coref: Coreference, original: string, w: Work, found: Mention[]): void {
    const outsideQuotes = (sp: Span): boolean => !insideAny(w.quotes, sp.start, sp.end);
    const sources = w.found.filter((a) => a.source && a.source.start >= w.start && a.sourceKind !== 'pronoun').map((a) => a.source!);
    const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
    const firstWord = w.toks.find((t) => /\p{L}/u.test(t.text));
    const opens = (sp: Span): boolean => !!firstWord && sp.start <= firstWord.start + 1;
    const apposition = (sp: Span): string => {
      const after = original.slice(sp.end, Math.min(w.end, sp.end + 80));
      const m = /^,\s*([^,]{1,70})/.exec(after);
      return m ? m[1] : '';
    };
    const covered: Span[] = [];
    for (const m of found) {
      // A weak mention (a capitalised word with no evidence of being a name: "Survivors", "District")
      // is no referent unless it is a speaker's whole name.
      if (m.kind === 'place' || !outsideQuotes(m.span)) continue;
      if (m.weak && !sources.some((s) => s.end === m.span.end && /\s/.test(m.span.text)) && !(m.kind === 'person' && coref.knowsPerson(m.span.text))) continue;
      // "a Kestrel W4", "an Ostreland delegation": a thing or a modifier, not someone.
      if (m.kind === 'person' && /\b(?:a|an)\s+$/i.test(original.slice(Math.max(w.start, m.span.start - 4), m.span.start))) continue;
      const speaker = sources.some((s) => overlaps(s, m.span));
      // "Witnesses said …": a capitalised plural speaker the mention finder took for a name is a
      // group, never the "she" of the next quotation.
      const groupSpeaker = w.found.some((a) => a.source && a.sourceKind === 'group' && overlaps(a.source, m.span) && !/\s/.test(a.source.text.trim()));
      const app = apposition(m.span);
      // "Skerrow Moor Guardians, which represents …": "which" tells a body, whatever the name looks like.
      const kind = groupSpeaker ? 'plural' : m.kind === 'person' && !/^which\b/i.test(app) ? 'person' : m.kind === 'organisation' || m.kind === 'person' ? 'body' : 'plural';
      const roleBefore = w.toks.some((t) => t.end <= m.span.start && t.end >= m.span.start - 2 && lex.sourceNouns.get(t.norm) === 'person');
      const evidence = speaker || roleBefore || /^\d{1,3}\b/.test(app) || /^(?:a|an|the)\s/i.test(app) || /\s/.test(m.span.text.trim()) && kind === 'person' && !m.weak && !m.guess;
      // A speaker is named as the source names them ("Mayor Teresa Quill"), unless that is a long phrase.
      const src = sources.find((s) => overlaps(s, m.span) && s.text.split(/\s+/).length <= 6);
      // "Ms Marsh": the title the mention finder left out tells the gender.
      const title = src ? null : /\b(?:Mr|Mrs|Ms|Miss|Sir|Dame|Lady|Lord)\.?\s+$/.exec(original.slice(Math.max(w.start, m.span.start - 6), m.span.start));
      coref.add({ span: src ?? m.span, kind, sentenceIndex: w.index, paragraph: w.blockIndex, salient: speaker || opens(m.span), apposition: app, evidence, speaker, ...(title ? { title: title[0].trim() } : {}) });
      if (speaker) covered.push(m.span);
    }
    // Sources that are not names ("the council", "a spokeswoman", "officials", "the report").
    w.found.forEach((a) => {
      // Unnamed speakers count too: "A nurse …, who spoke on condition of anonymity, said …" is the
      // "she" of the next quotation, not a hospital named two sentences before.
      if (!a.source || a.source.start < w.start || a.sourceKind === 'pronoun') return;
      if (covered.some((c) => overlaps(c, a.source!))) return;
      // The head noun comes before any "of/for/at …" ("A spokeswoman for the agency").
      const inSource = w.toks.filter((t) => t.start >= a.source!.start && t.end <= a.source!.end);
      const cut = inSource.findIndex((t, k) => k > 0 && /^(?:of|for|at|in|from|with|to|on)$/.test(t.norm));
      const head = [...(cut > 0 ? inSource.slice(0, cut) : inSource)].reverse().find((t) => /\p{L}/u.test(t.text));
      const noun = head ? (lex.sourceNouns.get(head.lemma) ?? lex.sourceNouns.get(head.norm)) : undefined;
      const plural = !!head && /[^s]s$/i.test(head.norm) && head.lemma !== head.norm;
      // An anonymous source is a person whose name is withheld ("One keeper, who asked not to be named"),
      // whatever its noun; a person speaking is evidence enough that a "she" may be them.
      const kind = a.sourceKind === 'group' || plural ? 'plural' : noun === 'person' || noun === 'vague' || a.sourceKind === 'anonymous' ? 'person' : 'body';
      // "One man, who gave his name only as Teodor, said …": the "he" of the next quotation is Teodor,
      // the name a learner would pick (the training keys resolve such pronouns to the given name 37
      // times, to the description 17), not "One man".
      const given = kind === 'person' ? givenName(original, a.source.end, w.end) : null;
      coref.add({ span: given ?? a.source, kind, sentenceIndex: w.index, paragraph: w.blockIndex, salient: true, apposition: apposition(a.source), evidence: kind === 'person' });
    });
  }

  /** Headings are usually in title case, so the capitalised-name guard is replaced by the name lists. */
  function analyzeHeading(original: string, start: number, end: number, blockIndex: number): HeadingAnalysis {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(original[s])) s++;
    while (e > s && /\s/.test(original[e - 1])) e--;
    const toks = tokenize(original.slice(s, e), s);
    const names = findMentions(original, toks, -1, lex, { isCommonWord: nlp.isCommonWord }).filter((m) => m.kind !== 'person');
    const loaded = lex.loaded
      .findAll(toks, 0, toks.length, (m) => !(m.entry.pos && m.to - m.from === 1 && toks[m.from].pos !== m.entry.pos && toks[m.from].pos !== 'PROPN'))
      .map((m) => ({ start: toks[m.from].start, end: toks[m.to - 1].end, entry: m.entry }))
      .filter((m) => m.entry.category === 'label' || !names.some((n) => n.span.start <= m.start && n.span.end >= m.end && n.span.end - n.span.start > m.end - m.start))
      .map((m) => ({ start: m.start, end: m.end, text: original.slice(m.start, m.end), category: m.entry.category, reason: m.entry.reason, neutral: m.entry.neutral }));
    return { start: s, end: e, text: original.slice(s, e), blockIndex, loaded };
  }

  /** One sentence given alone, trimmed and collected as a paragraph of one. */
  function standaloneWork(text: string): Work {
    let start = 0;
    let end = text.length;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    const toks = tokenize(text.slice(start, end), start);
    return collect(text, 0, 0, start, end, toks, findQuotes(text, start, end));
  }

  function analyzeSentenceFull(text: string): SentenceResult {
    const w = standaloneWork(text);
    const f = finish(w, text, [w], () => {});
    return { ...f.sentence, attributions: f.attributions, loaded: f.loaded, markers: f.markers, claim: f.claim, features: f.features };
  }

  function features(text: string): FeatureVector {
    const w = standaloneWork(text);
    w.sourceSpans = [...w.quotes, ...w.found.filter((a) => a.source && a.content).map((a) => a.content!)];
    addModalPredictions(w);
    return featuresOf(w, text);
  }

  function labelInputs(original: string, blocks?: TextBlock[]): SentenceLabelInput[] {
    const capture: SentenceLabelInput[] = [];
    analyzeArticle(original, blocks, capture);
    return capture;
  }

  function sentenceLabelInput(text: string): LabelInput {
    const capture: SentenceLabelInput[] = [];
    const w = standaloneWork(text);
    finish(w, text, [w], () => {}, capture);
    return capture[0].input;
  }

  return {
    analyzeArticle: (original: string, blocks?: TextBlock[]) => analyzeArticle(original, blocks),
    analyzeSentence: analyzeSentenceFull,
    features,
    labelInputs,
    sentenceLabelInput,
    loadMs,
    modelLoaded: model !== null,
    labellerLoaded: labeller !== null,
  };
}

/** "who gave his name only as Teodor", "who would only give her first name, Ruth", "identified only as Pat". */
const GIVEN_NAME = /^[^.;:!?]{0,90}?\b(?:(?:gave|give|giving)\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+)?name(?:\s+only)?(?:\s+as|,)|identified\s+(?:only\s+)?as)\s+(\p{Lu}[\p{Ll}'’-]+)(?![\p{L}-])/u;

/** The first name an unnamed speaker gave, in the words after their phrase (bounded to 160 characters). */
function givenName(original: string, from: number, end: number): Span | null {
  const after = original.slice(from, Math.min(end, from + 160));
  const m = GIVEN_NAME.exec(after);
  if (!m) return null;
  const start = from + m.index + m[0].length - m[1].length;
  return { start, end: start + m[1].length, text: m[1] };
}

/** The probability a transcript turn leaves each label it rules out (see turnProbabilities). */
const TURN_OTHER = 0.02;

/**
 * A name the article mentions but never hears that is no party to the story (LABELLING.md: never
 * places, publications or credit lines): a dateline or heading in capitals ("CAMBRIDGE FALLS"), a
 * publication or wire service ("Meridian Press", "the Marrowhithe Ledger"), a court as the venue of a
 * case ("Wayland County Circuit Court"). Out of the training keys' not-heard lists 148 times in 151
 * (analyser 2.20.0). A heard one stays: "the Courier reported" makes the paper a source.
 */
const PUBLICATION_HEAD = /\b(?:Press|Dispatch|Ledger|Courier|Gazette|Times|Post|Herald|Journal|Chronicle|Echo|Tribune|Telegraph|Observer|Letters|Wire|Bulletin)$/;
const COURT_HEAD = /\b(?:Court|Tribunal)$/;
function isParty(v: Voice): boolean {
  if (v.heard) return true;
  if (/\p{Lu}{2}/u.test(v.name) && !/\p{Ll}/u.test(v.name) && v.name.length > 4) return false;
  return !PUBLICATION_HEAD.test(v.name) && !COURT_HEAD.test(v.name);
}
