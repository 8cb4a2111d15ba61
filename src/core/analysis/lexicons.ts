/**
 * Loads the JSON lexicons in resources/lexicons into phrase tries. Built once per analyser.
 * Static JSON imports keep this working unchanged in Node, the renderer and a Web Worker.
 */
import loadedJson from '../../../resources/lexicons/loaded.json';
import markersJson from '../../../resources/lexicons/markers.json';
import reportingJson from '../../../resources/lexicons/reporting-verbs.json';
import framingJson from '../../../resources/lexicons/framing-cues.json';
import sourcesJson from '../../../resources/lexicons/sources.json';
import organisationsJson from '../../../resources/lexicons/organisations.json';
import claimsJson from '../../../resources/lexicons/claims.json';
import type { LoadedCategory } from './types';
import type { Nlp } from './nlp';
import { PhraseTrie, StartIndex } from './phrase-trie';

export interface LoadedEntry {
  term: string;
  category: LoadedCategory;
  reason: string;
  neutral: string[];
  pos?: string;
  /** Single-token entry (proper-noun guard applies). */
  single: boolean;
}

export type MarkerKind = 'hedge' | 'certainty' | 'intensifier';
export type FramingKind = 'interpretation' | 'motive' | 'prediction' | 'callToAction' | 'commentary';
export type ReportingKind = 'neutral' | 'stance' | 'according';
export type SourceNounKind = 'person' | 'organisation' | 'document' | 'vague' | 'anonymous';
export type ClaimCueKind = 'comparison' | 'unit' | 'month' | 'weekday' | 'event' | 'time' | 'action';

export interface Lexicons {
  loaded: PhraseTrie<LoadedEntry>;
  /** The loaded-language entry for a whole hyphenated word matched by a word-formation pattern, or null. */
  compound(word: string): LoadedEntry | null;
  hasCompounds: boolean;
  /** Ordinary names of topics that contain a listed word ("police brutality", "hate crime"). */
  neutralPhrases: PhraseTrie<{ term: string }>;
  /** Negative-valence words that state a condition (dead, injured, illegal): never a sentiment-signal mark. */
  sentimentNotLoaded: Set<string>;
  markers: PhraseTrie<{ kind: MarkerKind; term: string }>;
  reporting: PhraseTrie<{ kind: ReportingKind; term: string }>;
  framing: PhraseTrie<{ kind: FramingKind; term: string }>;
  anonymous: PhraseTrie<{ term: string }>;
  claimCues: PhraseTrie<{ kind: ClaimCueKind; term: string }>;
  organisations: PhraseTrie<{ name: string }>;
  /** The tries above: marks which of them can start a match at each token (call on fresh tokens). */
  starts: StartIndex;
  /** Single-word source nouns by lemma. */
  sourceNouns: Map<string, SourceNounKind>;
  vagueNouns: Set<string>;
  /** An ordinary English word (wink's lexicon), so a capital at a sentence's start is no name. */
  isCommonWord(lower: string): boolean;
  /** The plural of an ordinary noun ("supermarkets", "jurors"). */
  isCommonPluralNoun(lower: string): boolean;
  firstPerson: Set<string>;
  orgSuffixes: Set<string>;
  places: Set<string>;
  /** Words that end (River, Street) or start (Port, Mount) a place name. */
  placeSuffixes: Set<string>;
  placePrefixes: Set<string>;
  /** Lower-case nouns that make the capitalised word before them a place ("Varne province"). */
  placeNouns: Set<string>;
  /** A capitalised name right after one of these is a place ("in Osk", "between Lorrenstadt and ..."). */
  placePrepositions: Set<string>;
  /** Lower-case words that are titles or roles, stripped from the front of names. */
  titles: Set<string>;
  eventWords: Set<string>;
}

const TITLES = [
  'president', 'prime', 'minister', 'foreign', 'defence', 'defense', 'interior', 'finance', 'secretary',
  'general', 'leader', 'chief', 'director', 'spokesperson', 'spokesman', 'spokeswoman', 'senator', 'sen.',
  'governor', 'gov.', 'mayor', 'judge', 'justice', 'dr.', 'dr', 'mr.', 'mr', 'mrs.', 'mrs', 'ms.', 'ms',
  'prof.', 'professor', 'gen.', 'col.', 'lt.', 'rep.', 'representative', 'king', 'queen', 'prince',
  'princess', 'sheikh', 'ayatollah', 'supreme', 'deputy', 'vice', 'former', 'chairman', 'chairwoman',
  'ceo', 'ambassador', 'envoy', 'commander', 'officer', 'sir', 'lord', 'lady', 'pope', 'chancellor',
  'state', 'senior', 'head', 'founder', 'coach', 'captain', 'inspector', 'detective', 'sergeant',
  'councillor', 'councilor', 'superintendent', 'executive', 'acting', 'interim', 'mp', 'speaker',
  // Abbreviated and clerical titles ("Rev. Alma Ferreira": the tokeniser splits "Rev" from its stop).
  'rev', 'rev.', 'reverend', 'cllr', 'capt', 'capt.', 'sgt', 'sgt.', 'supt', 'supt.', 'insp', 'insp.', 'det.', 'pastor', 'rabbi', 'imam',
];

/** A plural that adds "es" after a hissing sound: "witnesses", "churches", "boxes". */
export const HISSING_PLURAL = /(ss|x|z|ch|sh)es$/;

export function buildLexicons(nlp: Nlp): Lexicons {
  const loaded = new PhraseTrie<LoadedEntry>();
  for (const e of loadedJson.entries as Array<Omit<LoadedEntry, 'single'>>) {
    const single = !/[\s-]/.test(e.term.trim());
    loaded.addPhrase(nlp, e.term, { ...e, single, category: e.category as LoadedCategory });
  }
  const compound = buildCompoundMatcher();
  const neutralPhrases = new PhraseTrie<{ term: string }>();
  for (const term of (loadedJson.neutralPhrases ?? []) as string[]) neutralPhrases.addPhrase(nlp, term, { term });
  const markers = new PhraseTrie<{ kind: MarkerKind; term: string }>();
  for (const kind of ['hedge', 'certainty', 'intensifier'] as const) {
    for (const term of markersJson[kind]) markers.addPhrase(nlp, term, { kind, term });
  }
  const reporting = new PhraseTrie<{ kind: ReportingKind; term: string }>();
  for (const kind of ['according', 'neutral', 'stance'] as const) {
    for (const term of reportingJson[kind]) reporting.addPhrase(nlp, term, { kind, term });
  }
  const framing = new PhraseTrie<{ kind: FramingKind; term: string }>();
  for (const kind of ['interpretation', 'motive', 'prediction', 'callToAction', 'commentary'] as const) {
    for (const term of framingJson[kind]) framing.addPhrase(nlp, term, { kind, term });
  }
  const anonymous = new PhraseTrie<{ term: string }>();
  for (const term of sourcesJson.anonymous) anonymous.addPhrase(nlp, term, { term });
  const claimCues = new PhraseTrie<{ kind: ClaimCueKind; term: string }>();
  for (const kind of ['comparison', 'unit', 'month', 'weekday', 'time', 'action'] as const) {
    for (const term of claimsJson[kind]) claimCues.addPhrase(nlp, term, { kind, term });
  }
  const organisations = new PhraseTrie<{ name: string }>();
  for (const e of organisationsJson.entries) {
    // Keyed on lower-cased forms; the voices step checks the capitals of each match.
    for (const form of [e.name, ...e.aliases]) {
      const toks = nlp.tokenize(form.replace(/^the /, ''));
      organisations.add(toks.map((t) => t.norm), { name: e.name });
    }
  }
  const sourceNouns = new Map<string, SourceNounKind>();
  for (const kind of ['person', 'organisation', 'document'] as const) {
    for (const w of sourcesJson[kind]) if (!sourceNouns.has(w)) sourceNouns.set(w, kind);
  }
  const vagueNouns = new Set<string>();
  for (const w of sourcesJson.vague) if (!w.includes(' ')) vagueNouns.add(w);
  return {
    loaded,
    compound,
    hasCompounds: (loadedJson.compounds ?? []).length > 0,
    neutralPhrases,
    sentimentNotLoaded: new Set(((loadedJson as { sentimentNotLoaded?: string[] }).sentimentNotLoaded ?? []).map((w) => w.toLowerCase())),
    markers,
    reporting,
    framing,
    anonymous,
    claimCues,
    organisations,
    starts: new StartIndex([loaded, neutralPhrases, markers, reporting, framing, anonymous, claimCues, organisations] as PhraseTrie<unknown>[]),
    sourceNouns,
    vagueNouns,
    isCommonWord: (lower) => nlp.isCommonWord(lower),
    isCommonPluralNoun: (lower) =>
      lower.length > 3 &&
      /[^s]s$/.test(lower) &&
      (nlp.commonWordPos(lower.slice(0, -1)) === 'NOUN' ||
        (lower.endsWith('ies') && nlp.commonWordPos(`${lower.slice(0, -3)}y`) === 'NOUN') ||
        // "witnesses", "churches", "businesses".
        (HISSING_PLURAL.test(lower) && nlp.commonWordPos(lower.slice(0, -2)) === 'NOUN')),
    firstPerson: new Set(framingJson.firstPerson),
    orgSuffixes: new Set(organisationsJson.suffixes.map((s) => s.replace(/\.$/, ''))),
    places: new Set(organisationsJson.places),
    placeSuffixes: new Set(organisationsJson.placeSuffixes),
    placePrefixes: new Set(organisationsJson.placePrefixes),
    placeNouns: new Set(organisationsJson.placeNouns),
    placePrepositions: new Set(organisationsJson.placePrepositions),
    titles: new Set(TITLES),
    eventWords: new Set(claimsJson.event),
  };
}

interface CompoundPattern {
  name: string;
  prefix?: string[];
  suffix?: string[];
  category: string;
  reason: string;
  neutral: string[];
  except: string[];
}

/** Word-formation patterns from loaded.json `compounds`: a first or last hyphen-part from a list. */
function buildCompoundMatcher(): (word: string) => LoadedEntry | null {
  const patterns = (loadedJson.compounds ?? []) as CompoundPattern[];
  const compiled = patterns.map((p) => ({
    p,
    prefix: new Set(p.prefix ?? []),
    suffix: new Set(p.suffix ?? []),
    except: new Set(p.except),
  }));
  return (word: string): LoadedEntry | null => {
    const w = word.toLowerCase().replace(/’/g, "'");
    const parts = w.split('-');
    if (parts.length < 2 || parts.some((x) => !x)) return null;
    for (const c of compiled) {
      if (c.except.has(w)) continue;
      const hit = c.prefix.has(parts[0]) || c.suffix.has(parts[parts.length - 1]);
      if (!hit) continue;
      return { term: w, category: c.p.category as LoadedCategory, reason: c.p.reason, neutral: c.p.neutral, single: false };
    }
    return null;
  };
}
