/**
 * The analysis contract. Everything here is plain data (structured-clone safe) so it
 * crosses the Web Worker boundary and can be stored. Offsets are into the article's
 * original text (UTF-16 code units), the same coordinates as TextBlock offsets.
 */
export type SentenceLabel = 'fact' | 'attributed' | 'framing';

export interface Span {
  start: number;
  end: number;
  text: string;
}

export type CueKind =
  | 'source'            // who is speaking: "Amir-Abdollahian", "officials"
  | 'reporting-verb'    // said, claimed, denounced, voiced concerns, according to
  | 'quote'             // a direct quotation
  | 'loaded'            // evaluative / emotive word in the writer's voice
  | 'hedge'             // purportedly, allegedly, potentially
  | 'certainty'         // undoubtedly, clearly, of course
  | 'intensifier'       // very, deeply, utterly
  | 'interpretation'    // underscores, reveals, highlights (the writer reading meaning in)
  | 'motive'            // seeks to, aims to (the writer reading intent)
  | 'prediction'        // will shape, is set to
  | 'call-to-action'    // must, should, urging
  | 'number'            // a check-worthy quantity or date
  | 'first-person';     // I, we, our (the writer's own voice)

export interface Cue extends Span {
  kind: CueKind;
  /** One short plain-language reason, shown to the learner. */
  note: string;
}

export type SegmentKind = 'heading' | 'paragraph' | 'debris';

export interface Segment {
  kind: SegmentKind;
  start: number;
  end: number;
}

export interface SentenceAnalysis extends Span {
  /** Index of the block (heading/paragraph) that holds this sentence. */
  blockIndex: number;
  label: SentenceLabel;
  /** Calibrated probabilities; they sum to 1. */
  probabilities: Record<SentenceLabel, number>;
  /** Subjective in the CheckThat!/NewsSD sense: carries the author's own view. */
  subjective: boolean;
  pSubjective: number;
  checkWorthy: boolean;
  /** P(check-worthy) from the check-worthiness model, when it is loaded (a heuristic estimate). */
  pCheckWorthy?: number;
  /** P(no word of the sentence is loaded) from the loaded-word token model, when it is loaded. */
  pNoLoaded?: number;
  cues: Cue[];
  /** Optional (added by the analyser): one plain sentence explaining the label, shown even when there are no cues. */
  reason?: string;
}

export type SourceKind = 'named' | 'group' | 'vague' | 'anonymous' | 'pronoun';

export interface Attribution {
  sentenceIndex: number;
  source: Span | null;
  sourceKind: SourceKind | null;
  cue: Span;
  content: { start: number; end: number } | null;
  /** A direct quotation in quote marks versus reported (indirect) speech. */
  direct: boolean;
  /** Optional (added by the analyser): for a pronoun source, the named source it most likely refers to. */
  resolvedSource?: Span;
}

export type LoadedCategory = 'evaluative' | 'emotive' | 'euphemism' | 'dysphemism' | 'label';

export interface LoadedSpan extends Span {
  sentenceIndex: number;
  category: LoadedCategory;
  reason: string;
  /** More neutral alternatives, when the lexicon has them. */
  neutral: string[];
  /** Whose words: the writer's own, or inside an attributed/quoted content span. */
  voice: 'writer' | 'source';
}

export interface MarkerSpan extends Span {
  sentenceIndex: number;
  kind: 'hedge' | 'certainty' | 'intensifier';
}

export interface CheckWorthyClaim {
  sentenceIndex: number;
  /** Numbers, quantities, dates, comparisons or named events in the sentence. */
  anchors: Span[];
  /** The source the article gives for it, if any. */
  source: Span | null;
  sourceKind: SourceKind | 'none';
  /**
   * Optional (added by the analyser): for a claim with no source, whether a careful reader needs
   * one (an unsourced statistic or accusation) rather than a public record or what the reporter
   * saw (source-owed-model.ts), and its probability. Absent when a source is given.
   */
  sourceOwed?: boolean;
  pSourceOwed?: number;
}

export interface Voice {
  name: string;
  kind: 'person' | 'organisation' | 'place' | 'group';
  mentions: Span[];
  /** Quoted or paraphrased at least once (an attribution source). */
  heard: boolean;
  /** Indices into ArticleAnalysis.attributions. */
  attributions: number[];
}

/**
 * Optional (added by the analyser): a heading is a segment, not a sentence, but it can frame too
 * ("Escalating Crisis in Gaza"). Its loaded words, always in the writer's voice.
 */
export interface HeadingAnalysis extends Span {
  blockIndex: number;
  loaded: Array<Span & { category: LoadedCategory; reason: string; neutral: string[] }>;
}

export interface ArticleAnalysis {
  analyserVersion: string;
  segments: Segment[];
  sentences: SentenceAnalysis[];
  attributions: Attribution[];
  loaded: LoadedSpan[];
  markers: MarkerSpan[];
  claims: CheckWorthyClaim[];
  voices: Voice[];
  /** Optional (added by the analyser): loaded words in headings. */
  headings?: HeadingAnalysis[];
}
