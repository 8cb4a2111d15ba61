/**
 * Attribution: who says what. A reporting cue (said, claimed, voiced concerns, according to, ...)
 * makes an attribution only when its subject is a possible source (a name, a group such as
 * "officials", a pronoun, a document). Heuristic, rule-based; measured in docs/EVALUATION.md.
 */
import type { SourceKind, Span } from './types';
import type { Token } from './nlp';
import { HISSING_PLURAL, type Lexicons, type ReportingKind } from './lexicons';
import { insideAny, type QuoteRegion } from './quotes';

export interface SentenceTokens {
  start: number;
  end: number;
  tokens: Token[];
  quotes: QuoteRegion[];
  /** The article's transcript speakers ("Kessler" in "Kessler: …" answers), see transcriptLabels. */
  transcriptSpeakers?: ReadonlySet<string>;
  /** The article's own paper by name ("Courier"), see ownMastheads: its own analysis is the writer's voice. */
  ownMastheads?: ReadonlySet<string>;
}

export interface FoundAttribution {
  source: Span | null;
  sourceKind: SourceKind | null;
  cue: Span;
  content: { start: number; end: number } | null;
  direct: boolean;
  cueKind: ReportingKind | 'interpretation';
  /** The reporting term as listed in the lexicon. */
  term: string;
}

export interface InterpretationCue {
  from: number;
  to: number;
  term: string;
  /** In a participle clause (", highlighting ..."), secondary to the main clause. */
  participle: boolean;
}

/**
 * "…, the Commission reported after the count.": a verb that reports only before a clause (REQUIRE_CLAUSE)
 * also reports when it closes the sentence as its tag — its subject follows a comma or a closing quote,
 * and nothing but an adjunct ("after the count", "on Tuesday") comes after it. "The company reported a
 * loss" has an object after the verb, and stays an event.
 */
function closingTag(toks: Token[], from: number, to: number): boolean {
  let j = from - 1;
  let words = 0;
  // ("…, her spokeswoman confirmed.": an owner pronoun is inside the tag's subject.)
  while (j >= 0 && words < 8 && (NP_POS.has(toks[j].pos) || toks[j].pos === 'PROPN' || toks[j].pos === 'PART' || SKIP_LEFT.has(toks[j].norm) || OWNER_PRONOUNS.has(toks[j].norm))) {
    j--;
    words++;
  }
  if (words === 0 || j < 1 || !(toks[j].text === ',' || CLOSE_QUOTES.has(toks[j].text))) return false;
  const next = toks[to];
  return !next || (next.pos === 'PUNCT' && !OPEN_QUOTES.has(next.text)) || next.pos === 'ADP' || TIME_NOUNS.has(next.norm) || TIME_DETERMINERS.has(next.norm) || next.norm === 'yesterday' || next.norm === 'today';
}

/** Third-person pronouns only: "I" and "we" outside quotes are the writer speaking. */
const PRONOUNS = new Set(['he', 'she', 'they', 'it']);
const NEGATIONS = new Set(['not', "n't", 'never', 'neither', 'nor', 'no']);
const MODALS = new Set(['can', 'could', 'will', 'would', 'may', 'might', 'should', 'must', 'shall']);
/** Verbs that report only when a clause or quote follows ("wrote that", not "wrote a column"). */
const REQUIRE_CLAUSE = new Set(['write', 'publish', 'post', 'comment', 'respond', 'reply', 'answer', 'ask', 'report', 'tweet', 'call', 'remember', 'confirm', 'reveal', 'rule', 'project', 'forecast']);
/** Reporting verbs that are more often nouns: as a noun-tagged cue they report only before a clause, not a relative ("pupil forecasts that were"). */
const NOUN_FIRST_VERBS = new Set(['project', 'forecast']);
const SUBJECT_PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we']);
const RELATIVE = new Set(['who', 'which', 'that']);
/** Speech whose "…, according to X" is the speaker's own source, not the paper's ("She warned that …, according to government figures"). */
const SPEECH_ACTS = new Set(['say', 'tell', 'warn', 'argue', 'insist', 'claim', 'state', 'add', 'explain', 'contend', 'maintain', 'stress', 'note', 'write', 'testify', 'suggest', 'point out', 'emphasise', 'emphasize', 'acknowledge', 'admit', 'concede', 'deny', 'assert', 'allege', 'describe']);
/** "according to plan", "according to schedule": bare nouns of manner after "according to". */
const MANNER_NOUNS = new Set(['plan', 'schedule', 'timetable', 'tradition', 'custom', 'protocol', 'procedure', 'script', 'form', 'expectations', 'instructions']);
/** Prepositions whose object a following "-ed" form describes ("under rules announced …", "in figures released …"). */
const PARTICIPLE_HOSTS = new Set(['under', 'in', 'with', 'after', 'before', 'from', 'on', 'at', 'of', 'into', 'within']);
/** "add weight to", "add fuel to", "add pressure on", "add up": not "added that", nor "added pressure was mounting". */
const ADD_IDIOMS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['weight', new Set(['to'])], ['fuel', new Set(['to'])], ['pressure', new Set(['on', 'to'])], ['momentum', new Set(['to'])],
  ['insult', new Set(['to'])], ['urgency', new Set(['to'])], ['credence', new Set(['to'])], ['impetus', new Set(['to'])],
]);
/** Control verbs of speech still to come: "is expected to announce", "plans to publish", "hopes to tell". */
const INTENDED = new Set(['expect', 'expected', 'plan', 'intend', 'hope', 'aim', 'want', 'prepare', 'schedule', 'scheduled', 'due', 'set', 'poise', 'poised', 'seek', 'promise', 'threaten', 'vow']);

const DOC_ONLY = new Set(['find', 'show', 'record', 'rate', 'list']);
/** People whose work is finding things out: what they "found" is a finding they report, like a study's. */
const RESEARCHERS = new Set(['researchers', 'scientists', 'investigators', 'auditors', 'inspectors', 'authors', 'reviewers']);
/** Words before a subject that make its finding hypothetical, a question or an object: "if the inspectors find", "what inspectors found", "Have the inspectors found". */
const NOT_A_FINDING = new Set(['what', 'if', 'when', 'whether', 'until', 'unless', 'once', 'before', 'after', 'have', 'has', 'had', 'did', 'do', 'does']);
/** How a finding's object opens: "no difference", "little evidence", "higher rates", "a link between". */
const FINDING_OPENERS = new Set(['no', 'little', 'evidence', 'higher', 'lower', 'more', 'fewer', 'less', 'similar', 'significant', 'signs', 'increased', 'reduced', 'mixed', 'modest', 'small', 'large', 'substantial']);
/** Findings after "a"/"an": "a link", "an association", "a 12 per cent rise". */
const FINDING_NOUNS = new Set(['link', 'association', 'difference', 'rise', 'fall', 'increase', 'decrease', 'reduction', 'correlation', 'gap', 'effect', 'pattern', 'trend', 'benefit', 'risk', 'drop', 'decline', 'improvement', 'relationship', 'connection']);

/**
 * "The researchers found no meaningful difference", "Inspectors found little evidence of", "Auditors
 * found a 12 per cent rise": researchers reporting a finding. Not a thing found ("Investigators found
 * the black box", "Inspectors found a cannabis farm"), not "found themselves outnumbered", "found guilty",
 * "found to have", not a question or a hypothetical ("Have the inspectors found", "if the inspectors
 * find", "what inspectors found") — a review of 2.26.0 found all of these read as reports when any
 * object would do.
 */
function researchFinding(toks: Token[], np: { from: number; head: number }, v: number): boolean {
  if (toks[v].lemma !== 'find' || !RESEARCHERS.has(toks[np.head].norm)) return false;
  for (let k = np.from; k >= Math.max(0, np.from - 3); k--) if (NOT_A_FINDING.has(toks[k].norm)) return false;
  if (toks[toks.length - 1]?.text === '?') return false;
  const next = toks[v + 1];
  if (!next) return false;
  if (FINDING_OPENERS.has(next.norm)) return true;
  // "a link", "an association", "a 12 per cent rise", "a small but significant effect".
  if (next.norm === 'a' || next.norm === 'an') {
    for (let k = v + 2; k < Math.min(toks.length, v + 7); k++) {
      if (FINDING_NOUNS.has(toks[k].norm)) return true;
      if (toks[k].pos === 'PUNCT' || toks[k].pos === 'VERB') break;
    }
  }
  // "found 40 per cent of", "found 11 of the 19 deaths".
  return next.pos === 'NUM' && ['per', 'percent', '%', 'of'].includes(toks[v + 2]?.norm ?? '');
}
/** Openers that leave a document untraceable: "some studies", "several reports", "industry estimates". */
const VAGUE_DOC_OPENERS = new Set(['some', 'several', 'many', 'various', 'numerous', 'other', 'recent', 'industry', 'independent', 'unofficial', 'unpublished', 'leaked', 'internal', 'few', 'most', 'multiple', 'previous', 'earlier', 'official', 'federal', 'national']);

/** Words that say nothing about which document: "A study also found", "A report last year found", "a study of this kind". */
const UNDESCRIBING = new Set(['kind', 'sort', 'type']);

/**
 * The words after a document's head describe which one it is ("filed with the state labor department",
 * "carried out for the council", "of turbines in the Kessel Sea"): a noun or a name among them that is no
 * time word ("A report last year", "A survey on Tuesday", "A study just published" describe nothing).
 */
function describesDocument(words: readonly Token[]): boolean {
  return words.some((t) => (t.pos === 'NOUN' || t.pos === 'PROPN') && /\p{L}/u.test(t.text) && !TIME_WORDS.has(t.norm) && !MONTHS.test(t.norm) && !UNDESCRIBING.has(t.norm));
}
const SKIP_LEFT = new Set([
  'also', 'further', 'has', 'have', 'had', 'would', 'will', 'did', 'does', 'do', 'not', "n't", 'again',
  'later', 'repeatedly', 'publicly', 'previously', 'earlier', 'reportedly', 'allegedly', 'strongly',
  'sharply', 'openly', 'once', 'then', 'both', 'all', 'is', 'was', 'were', 'are', 'be', 'been', 'being',
  'could', 'may', 'might', 'should', 'can', 'must', 'shall', 'to', 'repeatedly', 'jointly', 'separately',
  'since', 'never', 'neither', 'no', 'now', 'still', 'recently', 'first', 'finally', 'yesterday', 'today',
]);
const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'NUM', 'DET']);
const PLACE_ADVERBS = new Set(['there', 'here', 'locally', 'nearby']);
const YEAR_PREPOSITIONS = new Set(['in', 'during']);
/** Bodies whose counts are records they keep: "The state health department recorded 2,870 cases". */
const RECORDING_BODIES = new Set(['department', 'office', 'agency', 'authority', 'service', 'regulator', 'police', 'ministry', 'directorate', 'inspectorate', 'council', 'commission', 'institute', 'bureau', 'museum', 'registry', 'inspectors', 'force']);
const SHOW_FORMS = new Set(['show', 'shows', 'showed', 'shown', 'find', 'finds', 'found']);
const QUANTIFIED_SPEAKERS = new Set(['many', 'some', 'most', 'others', 'several', 'few', 'another']);
/**
 * "One said", "One, who asked not to be named, said", "…," said one, who works nights": "one" standing
 * alone for one of the people just described (not "One spreadsheet", "one of them", "one in five"). The
 * training keys call such a speaker anonymous 17 times in 19 (the other two named in an appositive).
 */
function loneOne(toks: Token[], i: number): boolean {
  const t = toks[i];
  if (!t || t.norm !== 'one') return false;
  const next = toks[i + 1];
  return !next || next.text === ',' || next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'ADV' || next.pos === 'PUNCT' || next.norm === 'who';
}
const UNIT_WORDS = new Set(['local', 'branch', 'chapter', 'lodge', 'unit', 'ward', 'district', 'precinct', 'division', 'region', 'section']);

/** A number or an amount of money within the object's first few words ("212,000 visitors", "a level of 2.3 metres"). */
function figureFollows(toks: Token[], from: number, within = 6): boolean {
  for (let i = from; i < Math.min(toks.length, from + within); i++) {
    const t = toks[i];
    if (t.pos === 'NUM' || t.pos === 'SYM' && /[£$€%]/.test(t.text)) return true;
    if (t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'AUX' || t.norm === 'that') return false;
  }
  return false;
}

/**
 * "denies 11 counts of fraud", "denies four charges of …", "denies both counts": the counts of an
 * indictment right after the verb, then "of" or the clause's end (not "denies the vote counts were
 * rigged", "deny knife offences have risen", nor "denies the charge", which the keys split).
 */
/**
 * A finite verb before the phrase starting at `from` ends (punctuation, "and", a subordinator): "fraud
 * was widespread", "handling of the complaint had been poor". Not a participle or a verb after "to".
 */
function finiteVerbInPhrase(toks: Token[], from: number, within = 10): boolean {
  for (let i = from; i < toks.length && i - from < within; i++) {
    const t = toks[i];
    if (t.pos === 'PUNCT' || t.norm === 'and' || t.norm === 'or' || t.pos === 'SCONJ') return false;
    if (t.pos === 'AUX' && toks[i - 1]?.norm !== 'to') return true;
    if (t.pos === 'VERB' && !/(?:ing|ed|en)$/.test(t.norm) && toks[i - 1]?.norm !== 'to') return true;
    if (t.pos === 'VERB' && /ed$/.test(t.norm) && i > from && (toks[i - 1].pos === 'NOUN' || toks[i - 1].pos === 'PROPN') && toks[i + 1]?.norm !== 'by') return true;
  }
  return false;
}

function pleaToCounts(toks: Token[], from: number): boolean {
  let i = from;
  const counted = toks[i]?.pos === 'NUM' || PLEA_QUANTIFIERS.has(toks[i]?.norm ?? '');
  if (counted) i++;
  // ("a fifth charge", "a further count")
  else if ((toks[i]?.norm === 'a' || toks[i]?.norm === 'an') && PLEA_ORDINALS.has(toks[i + 1]?.norm ?? '')) i += 2;
  const noun = toks[i];
  if (!noun || !(COUNT_NOUNS.has(noun.norm) || ((counted || i > from) && CHARGE_NOUNS.has(noun.norm)))) return false;
  const next = toks[i + 1];
  return !next || next.norm === 'of' || next.pos === 'PUNCT' || next.norm === 'and' || next.pos === 'ADP';
}
const COUNT_NOUNS = new Set(['count', 'counts', 'offences', 'offenses']);
const PLEA_QUANTIFIERS = new Set(['all', 'both', 'each']);
const PLEA_ORDINALS = new Set(['further', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'separate', 'single', 'lesser']);
const CHARGE_NOUNS = new Set(['charge', 'charges', 'count', 'offence', 'offense', 'offences', 'offenses']);
/** Offences named straight after "admitted": "admitted misconduct in public office", "admitted possessing a bladed article". */
const PLEA_OFFENCES = new Set(['misconduct', 'manslaughter', 'fraud', 'theft', 'assault', 'burglary', 'affray', 'possessing', 'possession', 'causing', 'perverting', 'stealing', 'harassment', 'arson', 'robbery', 'dangerous', 'careless', 'drink-driving', 'breaching', 'conspiracy', 'handling', 'supplying', 'attempted', 'wounding', 'criminal']);
const PP_LINK = new Set(['of', 'with', 'between', 'from', 'for', 'at', 'in', 'on', 'among']);
const CLOSE_QUOTES = new Set(['”', '"', '’', '»', "'"]);
const OPEN_QUOTES = new Set(['“', '"', '‘', '«']);

function span(original: string, start: number, end: number): Span {
  return { start, end, text: original.slice(start, end) };
}

const QUANTIFIERS = new Set(['either', 'neither', 'each', 'both']);
/** "one of them", "two of us": the people counted out of a group. */
const GROUP_PRONOUNS = new Set(['them', 'us']);
const COUNTED = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|some|several|many|most|few|each|another|both|either|all|\d+)$/;
/** "one of them", "each of them", "another of us": a single unnamed person (vague); the rest are several (group). */
const COUNTED_ONE = new Set(['one', 'each', 'another', 'either']);
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const TIME_NOUNS = new Set(['year', 'month', 'week', 'spring', 'summer', 'autumn', 'fall', 'winter', ...WEEKDAYS, 'weekend', 'night', 'term', 'season', 'decade', 'quarter']);
const TIME_DETERMINERS = new Set(['last', 'this', 'next', 'earlier', 'each', 'every', 'that']);
/** Words a time phrase is made of: never a speaker on their own ("…, published Monday."). */
const TIME_WORDS = new Set([...TIME_NOUNS, ...TIME_DETERMINERS, 'today', 'yesterday', 'tonight', 'tomorrow', 'morning', 'afternoon', 'evening', 'day', 'days', 'weeks', 'months', 'years', 'ago', 'the', 'on', 'late', 'mid']);
/** Punctuation that ends a trailing "according to" source. */
const STOP_SOURCE = new Set([',', ';', ':', '.', '!', '?', '(', ')', '—', '–', '“', '”', '"']);

/** Titles the tokeniser splits from their full stop ("Rev." → "Rev", "."); the name runs on. */
const TITLE_ABBREVIATIONS = new Set(['rev', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'sgt', 'supt', 'insp', 'det', 'prof', 'fr', 'hon', 'cllr', 'maj', 'adm', 'cmdr', 'brig', 'dr', 'mr', 'mrs', 'ms', 'st']);

/** The full stop of a title abbreviation inside a name ("Rev. Alma Ferreira"). */
function titleStop(toks: Token[], i: number): boolean {
  const t = toks[i];
  return t.text === '.' && !t.spaceBefore && i > 0 && TITLE_ABBREVIATIONS.has(toks[i - 1].norm) && !!toks[i + 1]?.cap;
}

/** A capitalised word the tagger did not call a noun, continuing a name ("Northerly Offshore"). */
function nameContinuation(toks: Token[], i: number): boolean {
  return i > 0 && toks[i].cap && /^\p{Lu}/u.test(toks[i].text) && toks[i - 1].pos === 'PROPN' && toks[i].spaceBefore;
}

function isNameToken(t: Token, first: boolean): boolean {
  if (t.pos === 'PROPN') return true;
  return t.cap && !first && (t.pos === 'NOUN' || t.pos === 'ADJ');
}

/** Collects a noun phrase that ends at token k, chaining over "of/with/between" phrases. */
function npLeft(toks: Token[], k: number, floor: number): { from: number; to: number; head: number } | null {
  if (k < floor) return null;
  const last = toks[k];
  // "Cllr Ian Sutcliffe (Labour)": a short bracket after a name belongs to the speaker.
  const open = last.text === ')' ? bracketOpen(toks, k, floor) : -1;
  if (open >= 0) {
    const inner = npLeft(toks, open - 1, floor);
    return inner ? { from: inner.from, to: k + 1, head: inner.head } : null;
  }
  if (last.pos === 'PRON') {
    // "one of them said", "two of us told": someone from a group named before (LABELLING.md: vague).
    if (GROUP_PRONOUNS.has(last.norm) && k - 2 >= floor && toks[k - 1].norm === 'of' && COUNTED.test(toks[k - 2].norm)) {
      const from = k - 3 >= floor && toks[k - 3].norm === 'the' ? k - 3 : k - 2;
      return { from, to: k + 1, head: k - 2 };
    }
    return PRONOUNS.has(last.norm) ? { from: k, to: k + 1, head: k } : null;
  }
  // "One mother of two", "a father of three": the count belongs to the person.
  if (last.pos === 'NUM' && k - 2 >= floor && toks[k - 1].norm === 'of' && /^(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})$/.test(last.norm)) {
    const inner = npLeft(toks, k - 2, floor);
    return inner && inner.to === k - 1 ? { from: inner.from, to: k + 1, head: inner.head } : null;
  }
  // "Transit Workers Local 418", "Unite Branch 7": a number after a unit's word closes its name (not
  // "the BBC 18" in "Of the 30 MPs who replied to the BBC 18 said").
  if (last.pos === 'NUM' && /^\d{1,5}$/.test(last.text) && k - 1 >= floor && toks[k - 1].cap && UNIT_WORDS.has(toks[k - 1].norm)) {
    const inner = npLeft(toks, k - 1, floor);
    return inner && inner.to === k ? { from: inner.from, to: k + 1, head: inner.head } : null;
  }
  if (!(last.pos === 'NOUN' || last.pos === 'PROPN' || nameContinuation(toks, k) || isAgeHead(toks, k))) return null;
  let j = k;
  // "Northerly Offshore": the tagger's adverb ends a name; the head is the name's last noun.
  let head = last.pos === 'NOUN' || last.pos === 'PROPN' || isAgeHead(toks, k) ? k : k - 1;
  const chunk = (): void => {
    while (j - 1 >= floor) {
      const t = toks[j - 1];
      const next = toks[j];
      if (t.pos === 'VERB' && (toks[j - 2]?.text === '-' || toks[j - 2]?.text === '–') && !t.spaceBefore && !toks[j - 2].spaceBefore) {
        // "A London-born engineer", "a council-owned site": the participle closes a hyphenated modifier.
        j--;
      } else if (NP_POS.has(t.pos) && t.norm !== 'that' && t.norm !== 'which') {
        j--;
        if (t.pos === 'DET') break;
      } else if (DEMONSTRATIVES.has(t.norm) && clauseOpening(toks, j - 1, floor) && !/s$/.test(toks[head]?.norm ?? '') && toks[head]?.pos !== 'PROPN' && !TIME_NOUNS.has(next.norm) && next.pos !== 'PROPN') {
        // "That study said", "This report found": a document or body named earlier, pointed back
        // to. Only opening a clause before a singular head; elsewhere "that" joins clauses ("said
        // that researchers found").
        j--;
        break;
      } else if (t.pos === 'VERB' && /ed$/.test(t.norm) && next.pos === 'NOUN' && j - 2 >= floor && (POSSESSIVE_PRONOUNS.has(toks[j - 2].norm) || ownerMark(toks[j - 2]) || toks[j - 2].pos === 'DET')) {
        // "Its published breakdown", "the leaked memo": a participle before the noun modifies it.
        j--;
      } else if (t.norm === 'only' && j - 2 >= floor && (ownerMark(toks[j - 2]) || POSSESSIVE_PRONOUNS.has(toks[j - 2].norm) || toks[j - 2].norm === 'the')) {
        // "The island's only shop", "its only doctor": "only" picks the one, inside the phrase.
        j--;
      } else if (GRADING_ADVERBS.has(t.norm) && next.pos === 'ADJ') {
        // "Its most recent accounts": the adverb grades the adjective, inside the phrase.
        j--;
      } else if (POSSESSIVE_PRONOUNS.has(t.norm) && t.cap && next.cap && j - 2 >= floor && toks[j - 2].cap && /^\p{L}/u.test(toks[j - 2].text) && (toks[j - 2].pos === 'VERB' || j - 2 > 0)) {
        // "Save Our Baths", "campaign group Fix Our Pipes": a capitalised "Our" inside a campaign's name.
        j--;
      } else if (POSSESSIVE_PRONOUNS.has(t.norm)) {
        // "her office said": the owner is part of the speaker, never dropped to leave "office".
        j--;
        break;
      } else if (ownerMark(t) || t.norm === "'" || t.norm === '’') {
        j--;
      } else if ((t.text === '-' || t.text === '–') && !t.spaceBefore && !next.spaceBefore) {
        j--;
        // "then-owners", "long-time residents": the word before the hyphen belongs to the phrase whatever its tag.
        if (j - 1 >= floor && /^\p{L}/u.test(toks[j - 1].text)) j--;
      } else if (titleStop(toks, j - 1)) {
        j--;
      } else if ((t.norm === 'and' || t.norm === '&') && j - 2 >= floor && isNameToken(toks[j - 2], false) && isNameToken(next, false)) {
        j--;
      } else if (t.norm === 'and' && j - 2 >= floor && toks[j - 2].pos === 'NOUN' && next.pos === 'NOUN' && !toks[j - 2].cap && !next.cap && toks[j - 3]?.pos === 'DET') {
        // "the police and crime panel": two nouns under one determiner name one body.
        j--;
      } else if (t.cap && next.cap && /^\p{L}/u.test(t.text) && (j - 1 > 0 || (t.pos === 'VERB' && POSSESSIVE_PRONOUNS.has(next.norm)))) {
        // (Opening the sentence only as a campaign's imperative name: "Save Our Baths said".)
        // A name's capitalised words whatever their part of speech ("the Fair Start Alliance",
        // "Unite Retail"): a speaker is the whole name, never its last word.
        j--;
      } else if (QUANTIFIERS.has(t.norm)) {
        // "either side", "both leaders".
        j--;
        break;
      } else break;
    }
  };
  chunk();
  // "The discussions with Hamas leader Ismail Haniyeh": the head is the leftmost noun phrase.
  for (let guard = 0; guard < 3; guard++) {
    const link = toks[j - 1];
    const before = toks[j - 2];
    if (!link || !before || j - 2 < floor) break;
    // "Nobody in Carnbrae expects …": the subject is nobody in particular, not the place.
    if (PP_LINK.has(link.norm) && EVERYONE_NOBODY.has(before.norm)) return null;
    // "Someone at the council said": an unnamed person, not the council.
    if (PP_LINK.has(link.norm) && SOMEONE.has(before.norm)) {
      head = j - 2;
      j = head;
      break;
    }
    if (link.norm === 'of' && (QUANTITY_NOUNS.has(before.norm) || before.pos === 'NUM' || (before.text === '%' && toks[j - 3]?.pos === 'NUM'))) {
      // "More than half of the tenants", "Two in five of the drivers": the people counted speak, so
      // the head stays theirs; the count joins the phrase, and the chain goes on from it ("a
      // spokesperson for the majority of shareholders").
      j = quantityStart(toks, j - 2, floor);
      continue;
    }
    if (link.pos === 'ADP' && PP_LINK.has(link.norm) && (before.pos === 'NOUN' || before.pos === 'PROPN')) {
      // "The Bank of Westmarch's figures show": a name of a name, then a possessive, owns the noun
      // after it, which stays the head ("the head of the union's legal team" keeps "head").
      // (A name inside a phrase, not a capitalised word opening it: "Residents of Castlebury's Old Town".)
      const inside = j - 3 >= floor && toks[j - 3].pos !== 'PUNCT';
      const owned = link.norm === 'of' && before.pos === 'PROPN' && before.cap && inside && namePossessive(toks, j);
      const kept = head;
      j -= 1;
      head = j - 1;
      j = head;
      chunk();
      if (owned) head = kept;
    } else break;
  }
  // "A group calling itself Black Lantern": the group, by the name it gives itself, speaks.
  if (j - 3 >= floor && REFLEXIVES.has(toks[j - 1].norm) && (toks[j - 2].norm === 'calling' || toks[j - 2].norm === 'called')) {
    const group = npLeft(toks, j - 3, floor);
    if (group && group.to === j - 2) return { from: group.from, to: k + 1, head: group.head };
  }
  return { from: j, to: k + 1, head };
}

/** The possessive "'s" (straight or curly apostrophe), which the tokeniser splits off its owner. */
function ownerMark(t: Token | undefined): boolean {
  return t?.norm === "'s" || t?.norm === '’s';
}

/** Capitalised words from `from` up to a possessive "'s": "Westmarch's", "Higher Education's". */
function namePossessive(toks: Token[], from: number): boolean {
  let i = from;
  while (toks[i]?.cap && /^\p{L}/u.test(toks[i].text)) i++;
  return i > from && ownerMark(toks[i]);
}

/**
 * "the 71-year-old", "a 19-year-old": the tokeniser splits the age into "71 - year - old" and calls
 * "old" an adjective, but the phrase names a person, and its last word is its head.
 */
function isAgeHead(toks: Token[], k: number): boolean {
  const t = toks[k];
  return t.norm === 'old' && k >= 3 && toks[k - 1].text === '-' && !t.spaceBefore && !toks[k - 1].spaceBefore && /^(?:year|month|week|day)s?$/.test(toks[k - 2].norm) && toks[k - 3].text === '-';
}

/**
 * The subject a relative or participle clause describes, when `np` is that clause's object: "The
 * driver who hit the cyclist", "Residents who spoke to the Courier", "The lawyer representing the
 * widow". Only without punctuation between, and only when the clause's verb opens it right after the
 * subject ("who/that" + verb, or an -ing participle); null otherwise.
 */
function describedSubject(toks: Token[], np: { from: number; to: number; head: number }): { from: number; to: number; head: number } | null {
  let v = np.from - 1;
  // "spoke to the Courier", "hit the cyclist": step back over a preposition to the clause's verb.
  if (v >= 0 && toks[v].pos === 'ADP') v--;
  const verb = toks[v];
  if (!verb || verb.pos !== 'VERB') return null;
  const opener = toks[v - 1];
  let subjectEnd: number;
  if (opener && (opener.norm === 'who' || (opener.norm === 'that' && opener.pos !== 'SCONJ'))) subjectEnd = v - 2;
  else if (verb.norm.endsWith('ing') && !verb.cap && !NOT_PARTICIPLE_CLAUSES.has(verb.norm)) subjectEnd = v - 1;
  else return null;
  if (subjectEnd < 0 || toks[subjectEnd].pos === 'PUNCT') return null;
  const subject = npLeft(toks, subjectEnd, 0);
  if (!subject || subject.to !== subjectEnd + 1) return null;
  // The subject opens its clause: the sentence start, a quotation, a conjunction, or a verb whose
  // clause it opens ("He said the man who hit the cyclist told him to run").
  const before = toks[subject.from - 1];
  if (before && !(before.pos === 'PUNCT' || before.pos === 'CCONJ' || before.pos === 'SCONJ' || before.pos === 'VERB')) return null;
  return subject;
}

/** "-ing" words that work as prepositions: "Several councils including Marston said" lists who speaks. */
const NOT_PARTICIPLE_CLAUSES = new Set(['including', 'excluding', 'according', 'following', 'regarding', 'concerning', 'during', 'notwithstanding']);

/** Bodies that hear evidence: "the court heard", "the inquest heard". */
/** Pronouns that open the clause after "heard" ("it" is more often its object: "heard it in camera"). */
const CLAUSE_SUBJECTS = new Set(['he', 'she', 'they', 'we', 'i']);
const HEARING_BODIES = new Set(['court', 'jury', 'inquest', 'inquiry', 'tribunal', 'hearing', 'committee', 'panel', 'magistrate', 'juror', 'trial', 'meeting']);
/** "Jurors", "Magistrates" and "hearing" are lemmatised oddly when capitalised or as a verb form. */
function isHearingBody(t: Token): boolean {
  return HEARING_BODIES.has(t.lemma) || HEARING_BODIES.has(t.norm) || HEARING_BODIES.has(t.norm.replace(/s$/, ''));
}
const REFLEXIVES = new Set(['itself', 'themselves', 'himself', 'herself']);

/** Words that join a second main clause, with its own report, to the first. */
const CLAUSE_JOINS = new Set(['while', 'whereas', 'but', 'and', ';', 'although', 'though']);
/** How many tokens after its reporting verb anonymity wording still describes the source. */
const ANONYMITY_REACH = 10;
/** Adverbs set between commas after a subject: "The group, however, said". */
const DISCOURSE_ADVERBS = new Set(['however', 'meanwhile', 'though', 'too', 'instead', 'nonetheless', 'nevertheless', 'likewise', 'separately']);
/** Words before an age between commas: "Tom Hale, now 24,", "a farmer, aged 61,". */
const AGE_WORDS = new Set(['now', 'aged']);
const DEMONSTRATIVES = new Set(['that', 'this']);
const GRADING_ADVERBS = new Set(['most', 'least', 'more', 'less']);

/** Token i opens its clause: the sentence's start, after punctuation, or after a leading "But"/"And". */
function clauseOpening(toks: Token[], i: number, floor: number): boolean {
  if (i <= floor) return true;
  const before = toks[i - 1];
  return before.pos === 'PUNCT' || (i - 1 === floor && before.pos === 'CCONJ');
}

const EVERYONE_NOBODY = new Set(['nobody', 'noone', 'everyone', 'everybody', 'anyone', 'anybody', 'none']);
const SOMEONE = new Set(['someone', 'somebody']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
/** Words for a share of a group: "half of the tenants", "a majority of members". */
/** Adjectives that name a class of people as a noun: "The elderly said", "the homeless say" (a group). */
const PEOPLE_ADJECTIVES = new Set(['elderly', 'poor', 'young', 'old', 'unemployed', 'homeless', 'disabled', 'sick', 'rich', 'wealthy', 'vulnerable', 'injured', 'bereaved', 'jobless', 'low-paid']);
/** Shares of a group that can speak as one: "More than half said", "The majority said". */
const SHARE_HEADS = new Set(['half', 'third', 'quarter', 'majority', 'minority', 'two-thirds', 'three-quarters']);
const QUANTITY_NOUNS = new Set(['half', 'third', 'thirds', 'quarter', 'quarters', 'majority', 'minority', 'most', 'many', 'some', 'all', 'several', 'few', 'dozens', 'hundreds', 'thousands', 'number', 'share', 'proportion', 'percent', 'cent']);
/** One word before a count that belongs to it: "nearly half", "about 40 per cent". */
const COUNT_APPROXIMATORS = new Set(['nearly', 'almost', 'about', 'around', 'roughly', 'over', 'under', 'just', 'some', 'only']);

/**
 * The first token of the count whose last word is `at`: "More than half", "Two in five", "three out
 * of four", "80 per cent", "a third", "at least a quarter". Only the count's own words, never a
 * preposition or year before it ("Staff at more than half …", "In 2019 more than half …").
 */
function quantityStart(toks: Token[], at: number, floor: number): number {
  const norm = (i: number): string => (i >= floor && toks[i] ? toks[i].norm : '');
  const num = (i: number): boolean => i >= floor && !!toks[i] && toks[i].pos === 'NUM';
  let j = at;
  if (num(j) && norm(j - 1) === 'in' && num(j - 2)) j -= 2;
  else if (num(j) && norm(j - 1) === 'of' && norm(j - 2) === 'out' && num(j - 3)) j -= 3;
  else if (norm(j) === 'cent' && norm(j - 1) === 'per' && num(j - 2)) j -= 2;
  else if ((norm(j) === 'percent' || norm(j) === '%') && num(j - 1)) j -= 1;
  if (['a', 'an', 'the'].includes(norm(j - 1))) j--;
  if (norm(j - 1) === 'than' && ['more', 'less', 'fewer'].includes(norm(j - 2))) j -= 2;
  else if (norm(j - 1) === 'least' && norm(j - 2) === 'at') j -= 2;
  else if (COUNT_APPROXIMATORS.has(norm(j - 1))) j--;
  return j;
}

/** The "(" of a short bracket closing at `close` right after a name or noun ("(Labour)"), or -1. */
function bracketOpen(toks: Token[], close: number, floor: number): number {
  for (let i = close - 1; i >= Math.max(floor + 1, close - 6); i--) {
    const t = toks[i];
    if (t.text === '(') {
      const before = toks[i - 1];
      return i < close - 1 && (before.pos === 'PROPN' || before.pos === 'NOUN' || before.cap) ? i : -1;
    }
    if (t.pos === 'PUNCT' && t.text !== '-' && t.text !== '&') return -1;
  }
  return -1;
}

/** Noun phrase that starts at token k (after "according to", "said"). */
function npRight(toks: Token[], k: number, limit: number): { from: number; to: number; head: number } | null {
  let j = k;
  let head = -1;
  while (j < limit) {
    const t = toks[j];
    if (t.pos === 'PRON' && PRONOUNS.has(t.norm) && j === k) return { from: k, to: k + 1, head: k };
    if (j === k && POSSESSIVE_PRONOUNS.has(t.norm) && j + 1 < limit && (toks[j + 1].pos === 'NOUN' || toks[j + 1].pos === 'ADJ')) {
      // "said its director, Hana Brezik", "said her lawyer": the owner opens the speaker's phrase.
      j++;
    } else if ((t.text === '-' || t.text === '–') && !t.spaceBefore && j > k && j + 3 < limit && !toks[j + 1].spaceBefore && toks[j + 1].pos === 'ADP' && (toks[j + 2].text === '-' || toks[j + 2].text === '–') && !toks[j + 2].spaceBefore && !toks[j + 3].spaceBefore) {
      // "her sister-in-law", "its editor-in-chief", "the mother-of-two": one word in four tokens.
      if (toks[j - 1].pos === 'NOUN') head = j - 1;
      j += 4;
    } else if ((t.text === '-' || t.text === '–') && !t.spaceBefore && j > k && j + 1 < limit && !toks[j + 1].spaceBefore && (toks[j + 1].pos === 'VERB' || (toks[j + 1].pos === 'ADJ' && toks[j + 1].norm !== 'old'))) {
      // "one Lauterbrunn-based trader": both halves of a hyphenated modifier are inside the phrase.
      j += 2;
    } else if (NP_POS.has(t.pos) || ownerMark(t) || ((t.text === '-' || t.text === '–') && !t.spaceBefore)) {
      if (t.pos === 'NOUN' || t.pos === 'PROPN') head = j;
      j++;
    } else if (isAgeHead(toks, j)) {
      // "said the 71-year-old".
      head = j;
      j++;
    } else if ((t.text === "'" || t.text === '’') && !t.spaceBefore && j > k && /s$/i.test(toks[j - 1].text) && j + 1 < limit && (toks[j + 1].cap || toks[j + 1].pos === 'NOUN' || (toks[j + 1].pos === 'ADJ' && toks[j + 2]?.pos === 'NOUN'))) {
      // "the Wrexley Renters’ Union", "Hollins' chief executive": a plural possessive's apostrophe is inside the phrase.
      j++;
    } else if (titleStop(toks, j) && j > k) {
      j++;
    } else if (nounReadAsVerb(toks, j, k) || (j === k && roleBeforeName(toks, j))) {
      // "said the housing lead, Priya Nair", "said skipper Alan Trewin", "said lead author Dr Mira
      // Castellanos": a role noun the tagger read as a verb.
      head = j;
      j++;
    } else if (t.pos === 'VERB' && j > k && ownerMark(toks[j - 1]) && toks[j + 1]?.pos === 'NOUN') {
      // "the study's lead author": the tagger's verb modifies the owner's noun.
      j++;
    } else if (j > k && nameContinuation(toks, j)) {
      // "said Fair Cover's director": a capitalised word the tagger read as a verb inside a name.
      j++;
    } else if (t.pos === 'ADV' && j > k && j + 1 < limit && (toks[j + 1].pos === 'ADJ' || (toks[j + 1].pos === 'VERB' && /ed$/.test(toks[j + 1].norm)))) {
      // "the plan's most recent breeding report", "a newly published audit".
      j++;
    } else if ((t.norm === 'and' || t.norm === 'of' || t.norm === 'for' || t.norm === 'at') && j + 1 < limit && (toks[j + 1].cap || toks[j + 1].pos === 'DET' || toks[j + 1].pos === 'NOUN')) {
      j++;
    } else break;
  }
  while (j > k && (toks[j - 1].pos === 'ADP' || toks[j - 1].pos === 'CCONJ' || toks[j - 1].pos === 'DET')) j--;
  if (head < 0 || j <= k) return null;
  if (head >= j) head = j - 1;
  // The head of "a spokesperson for the ministry" is the first noun chunk's last noun.
  let firstHead = head;
  let nounSeen = false;
  for (let i = k; i < j; i++) {
    if (toks[i].norm === 'of' || toks[i].norm === 'for' || toks[i].norm === 'at') break;
    // "a notice the company filed with …": a determiner after a noun opens a clause that describes it;
    // "said the headteacher this week": a time phrase, which is no part of the speaker.
    if (nounSeen && toks[i].pos === 'DET' && !POSSESSIVE_PRONOUNS.has(toks[i].norm)) {
      if (TIME_DETERMINERS.has(toks[i].norm) && TIME_WORDS.has(toks[i + 1]?.norm ?? '')) j = i;
      break;
    }
    // Not the tail of a hyphenated word ("sister-in-law": the head is "sister").
    const hyphenTail = i > 0 && (toks[i - 1].text === '-' || toks[i - 1].text === '–') && !toks[i].spaceBefore && !toks[i - 1].spaceBefore;
    if (((toks[i].pos === 'NOUN' || toks[i].pos === 'PROPN') && !hyphenTail) || isAgeHead(toks, i)) {
      firstHead = i;
      nounSeen = true;
    }
  }
  return { from: k, to: j, head: firstHead };
}

function singular(w: string): string {
  if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y';
  if (HISSING_PLURAL.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

function sourceNoun(lex: Lexicons, t: Token): ReturnType<Lexicons['sourceNouns']['get']> {
  return lex.sourceNouns.get(t.lemma) ?? lex.sourceNouns.get(t.norm) ?? lex.sourceNouns.get(singular(t.norm));
}

function isVagueNoun(lex: Lexicons, t: Token): boolean {
  return lex.vagueNouns.has(t.norm) || (t.norm !== t.lemma && lex.vagueNouns.has(t.lemma + 's'));
}

const OWNER_PRONOUNS = new Set(['its', 'their', 'his', 'her']);
/** Roles that stand for a person the article does not name ("the spokesperson added"). */
const UNNAMED_ROLES = new Set(['spokesperson', 'spokesman', 'spokeswoman', 'official', 'aide', 'source', 'insider', 'staffer']);
const INDEFINITE = new Set(['a', 'an', 'one', 'another', 'some', 'several', 'many', 'few', 'most', 'other', 'various']);

/**
 * The kind of a source noun phrase (see resources/lexicons/sources.json for the definitions):
 * named = identifiable person or body, group = a collective of people, vague = unidentifiable.
 */
function classify(
  toks: Token[],
  np: { from: number; to: number; head: number },
  sentenceFirst: number,
  lex: Lexicons,
  anonymous: boolean,
  /** "according to X": X is a source whatever its head noun. */
  forceSource = false,
): SourceKind | null {
  const head = toks[np.head];
  if (np.to - np.from === 1 && loneOne(toks, np.head)) return 'anonymous';
  if (COUNTED.test(head.norm) && toks[np.head + 1]?.norm === 'of' && GROUP_PRONOUNS.has(toks[np.head + 2]?.norm ?? '')) return COUNTED_ONE.has(head.norm) ? 'vague' : 'group';
  if (head.pos === 'PRON') return PRONOUNS.has(head.norm) ? 'pronoun' : SOMEONE.has(head.norm) ? 'vague' : null;
  let hasName = false;
  let det = '';
  const commonOpener = (t: Token): boolean => isVagueNoun(lex, t) || !!sourceNoun(lex, t);
  // The tagger calls a capitalised ordinary word opening the sentence a name: "Supermarkets said",
  // "Fishing industry groups said", "Local officials said" identify nobody (LABELLING.md: vague).
  // Only a plural noun as the head, or an ordinary word before a lower-case head: "Labour said"
  // and "Shelter said" stay names.
  const headLower = !toks[np.head].cap;
  const bareOpener = (t: Token, i: number): boolean =>
    i === sentenceFirst && (i === np.head ? lex.isCommonPluralNoun(t.norm) : headLower && lex.isCommonWord(t.norm));
  // Names count only in the head chunk: "the discussions with Hamas leader X" is not a named source.
  for (let i = np.from; i <= Math.max(np.head, np.from); i++) {
    const t = toks[i];
    if (i === np.from && (t.pos === 'DET' || INDEFINITE.has(t.norm))) det = t.norm;
    // A capitalised common noun opening the sentence ("Officials said") is not a name.
    if (i === sentenceFirst && (commonOpener(t) || bareOpener(t, i))) continue;
    if (isNameToken(t, i === sentenceFirst)) hasName = true;
  }
  const possessive = toks.slice(np.from, np.head).some(ownerMark);
  const definite = det === 'the' || det === 'this' || det === 'that' || det === 'its' || det === 'their' || possessive;
  const indefinite = INDEFINITE.has(det);
  if (anonymous) return 'anonymous';
  // "its own weekly population reports", "the council's own visitor estimates": evidence whose owner
  // is identified is an identified document (LABELLING.md: named), though "reports" or "estimates"
  // alone identify nothing.
  const owned = possessive || OWNER_PRONOUNS.has(toks[np.from].norm);
  if (isVagueNoun(lex, head) && owned && sourceNoun(lex, head) === 'document') return 'named';
  if (isVagueNoun(lex, head) && sourceNoun(lex, head) === 'document' && !indefinite && identifiedEvidence(lex, toks, np, definite)) return 'named';
  if (isVagueNoun(lex, head)) return hasName ? 'group' : 'vague';
  const headIsName = isNameToken(head, np.head === sentenceFirst) && !(np.head === sentenceFirst && (commonOpener(head) || bareOpener(head, np.head)));
  if (headIsName) return 'named';
  const kind = isAgeHead(toks, np.head) ? 'person' : sourceNoun(lex, head);
  const plural = head.norm !== head.lemma || (head.norm.endsWith('s') && !head.norm.endsWith('ss'));
  // "Police said …" with no force named, and "the spokesperson" / "the official" who was never named:
  // nobody a reader can identify (the training keys: vague 10 times in 12 for a bare "Police").
  if (head.norm === 'police' && np.to - np.from === 1) return 'vague';
  if (UNNAMED_ROLES.has(head.norm) && !hasName && !possessive) return 'vague';
  if (kind === 'person') {
    // "A Ridgeline spokesperson", "One European diplomat": an indefinite person is unspecified
    // whatever names modify the role (LABELLING.md: "a spokeswoman for …" is vague).
    if (indefinite) return 'vague';
    if (hasName) return plural ? 'group' : 'named';
    return plural ? 'group' : 'named';
  }
  if (kind === 'organisation') {
    if (hasName) return 'named';
    if (indefinite) return 'vague';
    // "Supermarkets", "fishing industry groups": a kind of body, none of them identified.
    return plural && !definite ? 'group' : 'named';
  }
  if (kind === 'document') {
    // "Its most recent accounts": an owned document is identified, whatever its adjectives.
    if (hasName || (definite && !indefinite) || owned) return 'named';
    // A document the reader can look up is named even without "the": "census figures", "a letter
    // from the education department", "filings with the commission". Vague: a bare or quantified
    // kind of evidence nobody can trace ("studies", "several reports", "industry estimates").
    // The words after the head up to the next punctuation: "a letter from the education department".
    const after: Token[] = [];
    for (let i = np.head + 1; i < toks.length && after.length < 10 && toks[i].pos !== 'PUNCT'; i++) after.push(toks[i]);
    // The document's own words only: "A study suggests that rents in London …" is not traced by "London".
    const verb = after.findIndex((t) => t.pos === 'AUX' || t.norm === 'that' || t.pos === 'SCONJ' || (t.pos === 'VERB' && !TRACING_PARTICIPLES.has(t.norm)));
    const own = verb >= 0 ? after.slice(0, verb) : after;
    if (tracedDocument(lex, own)) return 'named'; // "recent figures from the Office for National Statistics"
    // "a notice the company filed with the state labor department", "A survey carried out for the
    // council in 2023", "a report to the police and crime panel": one document, described so a reader
    // can find it (the training keys of batches 1–125: named 620 times in 630 where the source runs
    // past its head; "a study", "A 2021 study" stay vague).
    if ((det === 'a' || det === 'an') && (describesDocument(toks.slice(np.head + 1, np.to)) || describesDocument(own))) return 'named';
    const words = toks.slice(np.from, np.to).filter((t) => /\p{L}/u.test(t.text) && t.pos !== 'DET');
    // "Industry estimates", "More recent figures": any such word, not only the first ("More" may open).
    if (words.some((t) => VAGUE_DOC_OPENERS.has(t.norm))) return 'vague';
    // A modifier naming the document's kind or owner ("census figures", "budget papers"); taggers
    // sometimes call such a noun a verb, so any word before the head counts.
    const modifier = toks.slice(np.from, np.head).some((t) => /\p{L}/u.test(t.text) && t.pos !== 'DET' && t.pos !== 'ADP');
    return modifier ? 'named' : 'vague';
  }
  // "according to a copy of the plan obtained by the Ledger": a thing a reader can trace, whatever its head.
  if (forceSource && !kind) {
    const after: Token[] = [];
    for (let i = np.head + 1; i < np.to && after.length < 12; i++) after.push(toks[i]);
    if (tracedDocument(lex, after)) return 'named';
  }
  // "Supermarkets have said": a bare plural subject of a reporting verb is a vague source.
  if (bareOpener(head, np.head) && !hasName) return 'vague';
  if (!forceSource) return null;
  return hasName || definite ? 'named' : 'vague';
}

/** Modifiers that say what kind of report, not whose: "media reports", "eyewitness accounts". */
const KIND_OF_REPORT = new Set(['media', 'news', 'wire', 'eyewitness', 'witness', 'press', 'unconfirmed', 'local', 'social', 'anecdotal', 'online', 'foreign', 'international', 'initial', 'early', 'preliminary', 'conflicting', 'similar', 'separate', 'other']);

/**
 * Evidence a reader can look up though its noun alone ("figures", "records") identifies nothing:
 * "the figures" named earlier, "council records", "Treasury data", "figures from the screening
 * programme". Not "industry estimates", "independent studies" or "partial figures" (an adjective
 * says what kind, not whose). The training keys mark such phrases named 64 times to 13.
 */
function identifiedEvidence(lex: Lexicons, toks: Token[], np: { from: number; to: number; head: number }, definite: boolean): boolean {
  const words = toks.slice(np.from, np.head).filter((t) => /\p{L}/u.test(t.text) && t.pos !== 'DET');
  // "More recent figures", "media reports", "unconfirmed wire reports": what kind, not whose.
  if (words.some((t) => VAGUE_DOC_OPENERS.has(t.norm) || KIND_OF_REPORT.has(t.norm))) return false;
  if (definite) return true;
  if (words.some((t) => (t.pos === 'NOUN' || t.pos === 'PROPN') && !VAGUE_DOC_OPENERS.has(t.norm))) return true;
  const after: Token[] = [];
  for (let i = np.head + 1; i < toks.length && after.length < 10 && toks[i].pos !== 'PUNCT'; i++) after.push(toks[i]);
  const verb = after.findIndex((t) => t.pos === 'AUX' || t.norm === 'that' || t.pos === 'SCONJ' || (t.pos === 'VERB' && !TRACING_PARTICIPLES.has(t.norm)));
  return tracedDocument(lex, verb >= 0 ? after.slice(0, verb) : after);
}

const MONTHS = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/;
const TIME_ADVERBS = new Set(['yesterday', 'today', 'tonight', 'earlier', 'later', 'again', 'recently', 'previously']);
const ADJUNCT_PREPOSITIONS = new Set(['on', 'in', 'at', 'during', 'after', 'before', 'last', 'this', 'next', 'earlier']);

/**
 * "confirmed on Monday that", "ruled last week that", "said yesterday that": a short time phrase,
 * then the reported clause. Never an object ("reported a loss that year", "remembered the day
 * that …") or a noun the clause belongs to ("responded to allegations that …").
 */
/** A finite verb after `from` before the clause's punctuation (a number's own comma excepted). */
function verbBeforeClauseEnd(toks: Token[], from: number): boolean {
  for (let j = from; j < toks.length && !(toks[j].pos === 'PUNCT' && toks[j].text !== '-'); j++) {
    if (toks[j].pos === 'AUX' || (toks[j].pos === 'VERB' && !toks[j].norm.endsWith('ing'))) return true;
  }
  return false;
}

/** "have found, with unusual agreement, that …": a clause after a short aside between commas. */
function thatAfterAside(toks: Token[], from: number): boolean {
  if (toks[from]?.text !== ',') return false;
  for (let j = from + 1; j < Math.min(toks.length, from + 8); j++) if (toks[j].text === ',') return toks[j + 1]?.norm === 'that';
  return false;
}

/** `clauseOnly` false: any word may follow "that" ("found last year that overcrowding had …"). */
function thatAfterAdjunct(toks: Token[], from: number, clauseOnly = true): boolean {
  const first = toks[from];
  if (!first || !(TIME_ADVERBS.has(first.norm) || ADJUNCT_PREPOSITIONS.has(first.norm))) return false;
  let time = false;
  for (let i = from; i < Math.min(toks.length, from + 5); i++) {
    const t = toks[i];
    if (t.norm === 'that') return i > from && time && toks[i + 1] !== undefined && (!clauseOnly || (toks[i + 1].pos !== 'VERB' && toks[i + 1].pos !== 'AUX'));
    if (TIME_ADVERBS.has(t.norm) || TIME_NOUNS.has(t.norm) || MONTHS.test(t.norm) || (t.pos === 'NUM' && /^\d{4}$/.test(t.text))) time = true;
    else if (!(t.pos === 'ADP' || t.pos === 'NUM' || ADJUNCT_PREPOSITIONS.has(t.norm) || TIME_DETERMINERS.has(t.norm) || t.norm === 'the')) return false;
  }
  return false;
}

/** Words that tie a document to who made, published or obtained it. */
const TRACING_LINKS = new Set(['from', 'by', 'with', 'of', 'at', 'in']);
const TRACING_PARTICIPLES = new Set(['published', 'obtained', 'filed', 'seen', 'released', 'commissioned', 'prepared', 'submitted', 'compiled', 'posted', 'issued', 'presented', 'produced', 'lodged', 'tabled']);

/**
 * The words after a document's head trace it (LABELLING.md: an identified document is named):
 * "recent figures from the Office for National Statistics", "filings at Companies House", "a study
 * in the Caledonian Medical Journal", "a response obtained by the traders", "a paper the team
 * published". Not "a study in mice" or "reports of shortages".
 */
function tracedDocument(lex: Lexicons, after: Token[]): boolean {
  const owner = (t: Token): boolean => !!sourceNoun(lex, t) || isNameToken(t, false);
  for (let i = 0; i < after.length; i++) {
    const t = after[i];
    // "a response obtained by the traders", "a paper the team published": made or obtained by someone.
    if (TRACING_PARTICIPLES.has(t.norm) && after.some((x, k) => k !== i && owner(x))) return true;
    if (TRACING_LINKS.has(t.norm) && after.slice(i + 1).some(owner)) {
      // "in"/"at" trace only to a name ("in the Caledonian Medical Journal"), not to a kind of thing.
      if ((t.norm === 'in' || t.norm === 'at') && !after.slice(i + 1).some((x) => isNameToken(x, false))) continue;
      return true;
    }
  }
  return false;
}

function trimContent(original: string, start: number, end: number): { start: number; end: number } | null {
  while (start < end && /[\s,:;—–-]/.test(original[start])) start++;
  while (end > start && /[\s.,;:!?]/.test(original[end - 1])) end--;
  return end - start >= 2 ? { start, end } : null;
}

/** Index of the first token after `from` that ends the reported clause (", highlighting ..."). */
function clauseEnd(toks: Token[], from: number, limit: number, quotes: QuoteRegion[]): number {
  for (let i = from; i < limit - 1; i++) {
    const t = toks[i];
    if (t.text !== ',' && t.text !== ';' && t.text !== '—') continue;
    if (insideAny(quotes, t.start, t.end)) continue;
    const n = toks[i + 1];
    if ((n.pos === 'VERB' && n.norm.endsWith('ing')) || n.norm === 'according' || n.norm === 'while' || n.norm === 'but' || n.norm === 'whereas') return i;
  }
  return limit;
}

export function findAttributions(
  original: string,
  s: SentenceTokens,
  lex: Lexicons,
): { attributions: FoundAttribution[]; interpretations: InterpretationCue[] } {
  const toks = s.tokens;
  const n = toks.length;
  const attributions: FoundAttribution[] = [];
  const interpretations: InterpretationCue[] = [];
  if (!n) return { attributions, interpretations };
  const inQuote = (i: number): boolean => insideAny(s.quotes, toks[i].start, toks[i].end);
  // Wording that withholds a name, outside quotation marks ("who asked not to be named",
  // "unnamed", "people familiar with"). It makes a source anonymous only near its report: before
  // the reporting verb or within a few words after it ("said one official, who spoke on condition
  // of anonymity"), never far into the reported words ("… should call the anonymous tip-off line").
  const anonymousAt = lex.anonymous.findAll(toks).filter((m) => !inQuote(m.from));

  type Cand = { from: number; to: number; kind: ReportingKind | 'interpretation'; term: string };
  const cands: Cand[] = [];
  const taken = new Set<number>();
  for (const m of lex.reporting.findAll(toks)) {
    cands.push({ from: m.from, to: m.to, kind: m.entry.kind, term: m.entry.term });
    for (let i = m.from; i < m.to; i++) taken.add(i);
  }
  // "The court heard he had two previous cautions", "…, the court heard.": what a court hears is
  // evidence put to it (the training keys call such sentences attributed 17 times in 17). Not "the
  // court heard evidence from three witnesses", an event.
  // "The tribunal was told that …", "…, the inquest was told." the same way (2.24.0).
  for (let i = 1; i < n; i++) {
    const t = toks[i];
    const told = t.norm === 'told' && i >= 2 && (toks[i - 1].norm === 'was' || toks[i - 1].norm === 'were');
    const bodyAt = told ? i - 2 : i - 1;
    const body = toks[bodyAt];
    if ((t.norm !== 'heard' && !told) || (taken.has(i) && !told) || !isHearingBody(body)) continue;
    // The body heads the subject ("The court heard", "Jurors heard", "…, the inquest heard.",
    // "Harnley Crown Court heard"), not "Crowds outside the court heard him shout".
    let nameFrom = bodyAt;
    while (nameFrom > 0 && toks[nameFrom - 1].pos === 'PROPN' && toks[nameFrom - 1].cap && body.cap) nameFrom--;
    let det = nameFrom >= 1 && toks[nameFrom - 1].pos === 'DET' ? nameFrom - 1 : nameFrom;
    // "a jury at Severnmouth Crown Court heard": the jury of the court named after it.
    if (det >= 2 && toks[det - 1].norm === 'at' && isHearingBody(toks[det - 2])) det = toks[det - 3]?.pos === 'DET' ? det - 3 : det - 2;
    const before = toks[det - 1];
    if (before && before.text !== ',' && !(det - 1 === 0 && before.pos === 'CCONJ')) continue;
    const nx = toks[i + 1];
    // A clause follows ("heard he had", "heard Smith had") or nothing does (a tag); not an object
    // ("heard Google's appeal", "heard it in camera", "heard them out").
    // ("…, Ashcombe Crown Court heard on Wednesday.", "…, the jury heard yesterday.": a tag with its day.)
    const datedTag = !!nx && toks.slice(i + 1).every((x) => x.pos === 'PUNCT' || TIME_WORDS.has(x.norm) || WEEKDAYS.has(x.norm) || MONTHS.test(x.norm) || x.pos === 'NUM') && toks.slice(i + 1).some((x) => x.pos === 'PUNCT');
    const clause =
      !nx ||
      nx.pos === 'PUNCT' ||
      datedTag ||
      nx.norm === 'how' ||
      (nx.pos === 'PRON' && CLAUSE_SUBJECTS.has(nx.norm)) ||
      (nx.pos === 'PROPN' && !toks.slice(i + 1, i + 5).some(ownerMark)) ||
      (told && nx.norm === 'that');
    if (!clause) continue;
    // ("was told" replaces the plain "told" the verb list found: the body was told, it told nobody.)
    if (told) for (let c = cands.length - 1; c >= 0; c--) if (cands[c].from === i) cands.splice(c, 1);
    cands.push({ from: told ? i - 1 : i, to: i + 1, kind: 'neutral', term: told ? 'be told' : 'hear' });
    taken.add(i);
  }
  // "He was told by one resident that …", "The panel was told by Chief Constable Gareth Penhallow that
  // …": a passive report, whose speaker is the agent after "by" (the verb list's "told" would take the
  // listener as the speaker; the main loop drops a "told" after "was").
  for (let i = 1; i + 2 < n; i++) {
    if (toks[i].norm !== 'told' || (toks[i - 1].norm !== 'was' && toks[i - 1].norm !== 'were') || toks[i + 1].norm !== 'by' || inQuote(i)) continue;
    cands.push({ from: i - 1, to: i + 2, kind: 'neutral', term: 'be told by' });
    taken.add(i);
  }
  // "Police put the crowd at 3,000", "The audit puts the figure at £2m": an estimate reported as the
  // subject's. The training keys call "put … at <number>" attributed 14 times in 15.
  for (let i = 0; i < n; i++) {
    if (toks[i].lemma !== 'put' || toks[i].pos !== 'VERB' || taken.has(i) || !putsAFigure(toks, i)) continue;
    cands.push({ from: i, to: i + 1, kind: 'neutral', term: 'put' });
  }
  for (const m of lex.framing.findAll(toks)) {
    if (m.entry.kind !== 'interpretation' || taken.has(m.from)) continue;
    cands.push({ from: m.from, to: m.to, kind: 'interpretation', term: m.entry.term });
  }
  cands.sort((a, b) => a.from - b.from);

  /**
   * The subject of the main clause before token `limit` (a participle's comma, an "and"): never a
   * subject found after it ("The union disputes that figure, saying it includes …" is the union's,
   * not "it"'s). A plural noun between a subject and an object is the verb the tagger misread.
   */
  const findMainSubject = (limit: number): { from: number; to: number; head: number } | null => {
    const realVerb = (i: number): boolean => (toks[i].pos === 'VERB' || toks[i].pos === 'AUX') && !toks[i].norm.endsWith('ing') && (i === 0 || toks[i - 1].norm !== 'to');
    // Only when the clause has no verb the tagger saw ("Council officials this week rejected …" has one).
    const anyVerb = toks.slice(0, limit).some((_, i) => realVerb(i));
    for (let i = 0; i < limit; i++) {
      const t = toks[i];
      const misreadVerb = !anyVerb && t.pos === 'NOUN' && i > 0 && t.norm.endsWith('s') && ['NOUN', 'ADJ', 'PROPN'].includes(toks[i - 1].pos) &&
        !!toks[i + 1] && (toks[i + 1].pos === 'DET' || toks[i + 1].norm === 'that') && !TIME_NOUNS.has(toks[i + 2]?.norm ?? '');
      if (realVerb(i) || misreadVerb) {
        let k = i - 1;
        while (k >= 0 && (toks[k].pos === 'ADV' || toks[k].pos === 'AUX' || toks[k].pos === 'PART')) k--;
        if (k >= 0 && toks[k].text === ',') k = skipAppositive(toks, k);
        const np = k >= 0 ? npLeft(toks, k, 0) : null;
        // "The union/ADJ disputes/NOUN": the tagger's adjective still heads a determined subject.
        if (!np && misreadVerb && k >= 1 && toks[0].pos === 'DET') return { from: 0, to: k + 1, head: k };
        return np;
      }
    }
    return null;
  };

  for (const c of cands) {
    if (inQuote(c.from)) continue;
    if (c.term === 'be told by') {
      const found = passiveReport(original, s, toks, c, lex, anonymousAt.some((m) => m.from >= c.to && m.from < c.to + ANONYMITY_REACH));
      if (found) attributions.push(found);
      continue;
    }
    // Not in the reported words after the verb ("said … that anyone should call the anonymous hotline").
    // Nor before another report ("An official who asked not to be named said …, while Jo Park said").
    let anonymous = anonymousAt.some(
      (m) =>
        m.from < c.to + ANONYMITY_REACH &&
        !toks.slice(c.to, m.from).some((t) => t.norm === 'that' || OPEN_QUOTES.has(t.text)) &&
        // (a report in a clause of its own: "…, while Jo Park said"; not one inside the withholding
        // clause: "One keeper, who asked not to be named because the zoo had told staff …, said").
        !cands.some((o) => o !== c && o.from >= m.to && o.to <= c.from && toks.slice(o.to, c.from).some((t) => CLAUSE_JOINS.has(t.norm))),
    );
    const first = toks[c.from];
    // "Solvane Energy today announced …": a press release's organisation writing about itself
    // (LABELLING.md: in a press release the organisation is the writer), not a report of its words.
    if (first.lemma === 'announce' && toks[c.from - 1]?.norm === 'today') continue;
    // "claimed £11,400 in expenses": money claimed, not words.
    // ("Organisers claimed 30,000 people joined", "Labour claimed £4bn had been wasted" report a claim: a verb follows.)
    if (first.lemma === 'claim' && c.to - c.from === 1 && /^[£$€\d]/.test(toks[c.to]?.text ?? '') && !verbBeforeClauseEnd(toks, c.to)) continue;
    // "a teacher saw him beat the club leader", "a reporter saw no cameras": seeing, not a view ("the firm
    // saw the Gulls as a cornerstone" is one; the present "analysts see growth slowing" is a forecast).
    if (first.norm === 'saw' && c.to - c.from === 1 && toks[c.to]?.norm !== 'that' && !seenAs(toks, c.to)) continue;
    // "The council's revised plan said nothing about parking": what was not said is no report (the keys: fact).
    if (first.lemma === 'say' && c.to - c.from === 1 && toks[c.to]?.norm === 'nothing') continue;
    // "The results add weight to the view that …": an idiom, not a remark added.
    if (first.lemma === 'add' && c.to - c.from === 1 && (toks[c.to]?.norm === 'up' || !!ADD_IDIOMS.get(toks[c.to]?.norm ?? '')?.has(toks[c.to + 1]?.norm ?? ''))) continue;
    const single = c.to - c.from === 1;
    // wink sometimes tags a verb as an adjective ("Smith detailed ...") or a noun ("the group
    // claims the route ...", "the office estimates that"): accept those between a subject and an object.
    const prevTok = toks[c.from - 1];
    const nextTok = toks[c.from + 1];
    const afterSubject = !!prevTok && (['PROPN', 'PRON', 'NOUN'].includes(prevTok.pos) || prevTok.text === ',');
    /** "Census figures show …", "Budget documents published last year show …": the document that speaks. */
    const docSubject = DOC_ONLY.has(first.lemma) ? documentSubjectBefore(toks, c.from, (t) => sourceNoun(lex, t) === 'document') : -1;
    const beforeObject = !!nextTok && (nextTok.norm === 'that' || nextTok.pos === 'DET' || nextTok.pos === 'PRON' || OPEN_QUOTES.has(nextTok.text) || nextTok.norm === 'to');
    const afterThat = toks[c.from + 2];
    // "The office projects that 214 districts …", "The district projects it will save …": a clause follows.
    const clauseAfter = nextTok?.norm === 'that' ? !!afterThat && afterThat.pos !== 'VERB' && afterThat.pos !== 'AUX' : SUBJECT_PRONOUNS.has(nextTok?.norm ?? '') && (afterThat?.pos === 'AUX' || afterThat?.pos === 'VERB');
    if (NOUN_FIRST_VERBS.has(first.lemma) && first.pos !== 'VERB' && !clauseAfter) continue;
    const verbLike =
      first.pos === 'VERB' ||
      (first.pos === 'ADJ' && first.norm.endsWith('ed') && !!prevTok && ['PROPN', 'PRON', 'NOUN'].includes(prevTok.pos)) ||
      (first.pos === 'NOUN' && afterSubject && beforeObject && (prevTok.pos !== 'NOUN' || first.norm.endsWith('s'))) ||
      // "The researchers estimate that …", "Hospital managers estimate that …": after a plural subject
      // and before a clause, the tagger's noun is the verb.
      (first.pos === 'NOUN' && prevTok?.pos === 'NOUN' && /[^s]s$/.test(prevTok.norm) && nextTok?.norm === 'that' && (clauseAfter || !!afterThat?.norm.endsWith('ing'))) ||
      // "Census figures show that …": the tagger reads "show" after a plural document as a noun.
      // ("Its accounts for the year to March 2024 show": a year or a number may end the document's phrase.)
      (first.pos === 'NOUN' && DOC_ONLY.has(first.lemma) && (afterSubject || prevTok?.pos === 'VERB' || prevTok?.pos === 'NUM') && docSubject >= 0);
    if (c.kind !== 'according' && single && !verbLike) continue;
    if (c.kind === 'interpretation' && !verbLike) continue;

    let np: { from: number; to: number; head: number } | null = null;
    let appositive: { from: number; to: number } | null = null;
    let contentStart = -1;
    let contentEnd = -1;
    let tag = false; // "..., she said." trailing attribution tag

    if (c.kind === 'according') {
      // "Nothing went according to plan": a manner, not a source.
      // ("went according to the timetable": after a verb, the noun after a determiner too; "According
      // to the plan published by the council, …" still gives a source.)
      const afterVerb = toks[c.from - 1]?.pos === 'VERB' || toks[c.from - 1]?.pos === 'ADV';
      if (MANNER_NOUNS.has(toks[c.to]?.norm ?? '') || (afterVerb && toks[c.to]?.pos === 'DET' && MANNER_NOUNS.has(toks[c.to + 1]?.norm ?? ''))) continue;
      np = npRight(toks, c.to, n);
      if (!np) {
        // Tagging slips ("police" as a verb): take the words up to the next comma.
        let e = c.to;
        // ("according to figures presented to the authority's board on Tuesday": up to 14 words.)
        while (e < n && e - c.to < 14 && toks[e].pos !== 'PUNCT') e++;
        if (e > c.to && (e === n || toks[e].pos === 'PUNCT')) np = { from: c.to, to: e, head: e - 1 };
      }
      if (np && c.from > 1 && !(c.from === 1 && OPEN_QUOTES.has(toks[0].text))) {
        // A trailing "according to X" names its source up to the clause's end: "the contract posted on
        // its website", "the librarian's sign-in sheets", "the consultancy Skyward Analytics" (the
        // tagger often ends the noun phrase early at a hyphen, a name or a verb-like noun).
        let e = np.to;
        while (e < n && e - np.to < 12 && !STOP_SOURCE.has(toks[e].text) && !inQuote(e)) e++;
        if (e > np.to && (e === n || STOP_SOURCE.has(toks[e].text))) np = { from: np.from, to: e, head: np.head };
      }
      if (np) {
        if (c.from === 0 || (c.from === 1 && OPEN_QUOTES.has(toks[0].text))) {
          // "According to the council the figure had doubled": without a comma, a second determiner after
          // the source's noun opens the reported clause.
          // (With a comma later, "According to figures the council published in May, …" keeps its phrase.)
          for (let d = np.from + 1; d < np.to && !toks.slice(np.to).some((t) => t.text === ','); d++) {
            if (toks[d].pos === 'DET' && !POSSESSIVE_PRONOUNS.has(toks[d].norm) && (toks[d - 1].pos === 'NOUN' || toks[d - 1].pos === 'PROPN')) {
              np = { from: np.from, to: d, head: Math.min(np.head, d - 1) };
              break;
            }
          }
          let k = np.to;
          while (k < n && toks[k].text !== ',') k++;
          contentStart = k < n ? toks[k].end : toks[np.to - 1].end;
          contentEnd = s.end;
        } else {
          contentStart = s.start;
          contentEnd = toks[c.from].start;
        }
      }
    } else {
      // Subject to the left, skipping adverbs, auxiliaries and "to" ("prompted Iran to denounce").
      let k = c.from - 1;
      let blocked = invertedNegation(toks, c.from);
      /** End of a time phrase stepped over ("last spring"); the source phrase keeps it. */
      let timeEnd = -1;
      while (k >= 0) {
        const t = toks[k];
        if (NEGATIONS.has(t.norm) || (MODALS.has(t.norm) && t.pos === 'AUX')) blocked = true;
        // "The district plans to add": the tagger's noun is the control verb of speech to come.
        if (t.norm === 'to' && k + 1 === c.from && toks[k - 1]?.pos === 'NOUN' && INTENDED.has(toks[k - 1].lemma)) blocked = true;
        if (SKIP_LEFT.has(t.norm) || (t.pos === 'ADV' && !nameContinuation(toks, k))) k--;
        // "Residents there said": a place adverb after the speakers (the tagger calls "there" a pronoun).
        else if (PLACE_ADVERBS.has(t.norm) && k > 0 && (toks[k - 1].pos === 'NOUN' || toks[k - 1].pos === 'PROPN')) k--;
        // "Environmental group Clear Water Now, however, said": a discourse adverb between commas.
        else if (t.text === ',' && k >= 3 && DISCOURSE_ADVERBS.has(toks[k - 1].norm) && toks[k - 2].text === ',' && (toks[k - 3].pos === 'NOUN' || toks[k - 3].pos === 'PROPN')) k -= 3;
        // "A survey by the forum last spring found": a time phrase sits between subject and verb.
        else if (TIME_NOUNS.has(t.norm) && k > 0 && TIME_DETERMINERS.has(toks[k - 1].norm)) {
          if (timeEnd < 0) timeEnd = k + 1;
          k -= 2;
          // "The council's budget papers from that year put": the time phrase hangs on the document.
          if (k >= 1 && (toks[k].norm === 'from' || toks[k].norm === 'for') && toks[k - 1].pos === 'NOUN' && sourceNoun(lex, toks[k - 1]) === 'document') k--;
        }
        // "An inspection by the national police inspectorate in 2023 found": a year the same way.
        // (Only after a participle or inside a document's phrase: in "Patients treated at the hospital in
        // 2022 said" the hospital does not speak.)
        else if (t.pos === 'NUM' && /^(?:19|20)\d\d$/.test(t.text) && k > 1 && YEAR_PREPOSITIONS.has(toks[k - 1].norm) && ((toks[k - 2].pos === 'VERB' && /(?:ed|en)$/.test(toks[k - 2].norm)) || documentPhraseEndsAt(toks, k - 2, (x) => sourceNoun(lex, x) === 'document'))) {
          if (timeEnd < 0) timeEnd = k + 1;
          k -= 2;
        }
        // "An independent review released Wednesday found": a bare weekday after a participle.
        else if (WEEKDAYS.has(t.norm) && k > 0 && toks[k - 1].pos === 'VERB' && /(?:ed|en)$/.test(toks[k - 1].norm)) {
          if (timeEnd < 0) timeEnd = k + 1;
          k -= 1;
        }
        // "declined to say", "went on to insist": step over the control verb. "is expected to
        // announce", "plans to publish": speech that has not happened is no report.
        else if (t.pos === 'VERB' && toks[k + 1] && toks[k + 1].norm === 'to') {
          if (INTENDED.has(t.lemma) || INTENDED.has(t.norm)) blocked = true;
          k--;
        }
        else break;
      }
      // Negated or hypothetical speech is not an attribution ("did not respond", "can comment").
      if (blocked) continue;
      // Passive or participle ("were rejected", "figures published by"): the subject is not the speaker.
      const after = toks[c.to];
      if (after && after.norm === 'by' && first.norm.endsWith('ed')) continue;
      // "Under rules announced alongside the figures": a participle after a preposition's object.
      // ("In Gaza officials reported that …": a speaker after an opening phrase still speaks.)
      if (first.norm.endsWith('ed') && k >= 0 && toks[k].pos === 'NOUN' && !isVagueNoun(lex, toks[k]) && sourceNoun(lex, toks[k]) !== 'person' && sourceNoun(lex, toks[k]) !== 'organisation' &&
        (() => { const o = npLeft(toks, k, 0); return !!o && o.from > 0 && PARTICIPLE_HOSTS.has(toks[o.from - 1].norm); })()) continue;
      // "patients admitted to the two hospitals": admission to a place, not a confession ("admitted to
      // taking bribes" still reports one).
      if (first.lemma === 'admit' && after?.norm === 'to' && !toks[c.to + 1]?.norm.endsWith('ing') &&
        !toks.slice(c.to + 1, c.to + 6).some((t) => t.norm === 'that' || t.text === ':' || OPEN_QUOTES.has(t.text))) continue;
      // "Gareth Nolan, 46, denies 11 counts of fraud": a plea to the counts of an indictment, which the
      // paper reports as a fact of the case (the training keys: fact 5 times in 5), not a claim it attributes.
      if (first.lemma === 'deny' && c.to - c.from === 1 && pleaToCounts(toks, c.to)) continue;
      // "Corvane Coatings Inc. admitted three counts under the Clean Water Act", "He admitted a fifth
      // charge", "admitted misconduct in public office": a guilty plea, which court reports state as a
      // fact of the case (the training keys: fact or framing 13 times in 13 for such pleas).
      // (Not an admission of fact, where a verb of its own follows: "He admitted fraud was widespread".)
      if (first.lemma === 'admit' && c.to - c.from === 1 && (pleaToCounts(toks, c.to) || PLEA_OFFENCES.has(toks[c.to]?.norm ?? '')) && !finiteVerbInPhrase(toks, c.to)) continue;
      // "The association, which represents 61 shops", "Raman, who represents Harlow Park": speaking for
      // people, not a reading of events.
      if (first.lemma === 'represent' && (RELATIVE.has(toks[c.from - 1]?.norm ?? '') || toks[c.to]?.pos === 'NUM' || COUNT_APPROXIMATORS.has(toks[c.to]?.norm ?? ''))) continue;
      // "The club reckoned without the weather": an idiom, not a view.
      if (first.lemma === 'reckon' && (toks[c.to]?.norm === 'without' || toks[c.to]?.norm === 'with')) continue;
      // "Residents have heard that before", "Investors have heard that promise before": "that" points back.
      if (c.term === 'hear that' && (toks[c.to]?.norm === 'before' || toks[c.to]?.pos === 'PUNCT' || ((toks[c.to]?.pos === 'NOUN' || toks[c.to]?.pos === 'ADJ') && toks.slice(c.to, c.to + 4).some((t) => t.norm === 'before')))) continue;
      // "Larkfield Group … has agreed to buy Trenton Buses": a deal, not a view it states.
      if (first.lemma === 'agree' && c.to - c.from === 1 && toks[c.to]?.norm === 'to' && (toks[c.to + 1]?.pos === 'VERB' || toks[c.to + 1]?.pos === 'AUX')) continue;
      const justBefore = toks[c.from - 1];
      if (justBefore && ['be', 'is', 'are', 'was', 'were', 'been', 'being', "'s", "'re"].includes(justBefore.norm) && /(?:ed|en|wn|ld|id)$/.test(first.norm)) continue;
      if (REQUIRE_CLAUSE.has(first.lemma) && c.to - c.from === 1) {
        const nx = toks[c.to];
        // "who asked that her surname not be used": a withheld name, not a report.
        if (first.lemma === 'ask' && toks[c.from - 1]?.norm === 'who' && toks.slice(c.to, c.to + 10).some((x) => ['name', 'named', 'surname', 'identified', 'anonymity'].includes(x.norm))) continue;
        // "A group calling itself Black Lantern": naming, not a report.
        if (first.lemma === 'call' && nx && REFLEXIVES.has(nx.norm)) continue;
        // ("confirmed it had been in contact": "it" opens a clause when a verb follows it.)
        const ok = (nx && (nx.norm === 'that' || OPEN_QUOTES.has(nx.text) || nx.text === ':' || nx.text === ',' || nx.pos === 'PRON' && nx.norm !== 'it' || nx.pos === 'DET' && first.lemma === 'call')) ||
          (nx?.norm === 'it' && (toks[c.to + 1]?.pos === 'AUX' || toks[c.to + 1]?.pos === 'VERB') && !CLAUSE_JOINS.has(toks[c.to + 1]?.norm ?? '')) ||
          (NOUN_FIRST_VERBS.has(first.lemma) && clauseAfter) ||
          // "The zoo has confirmed the calf is the first giraffe born …": a clause without "that" (2.24.0).
          (first.lemma === 'confirm' && !!nx && (nx.pos === 'DET' || nx.pos === 'PROPN' || nx.pos === 'NUM') && saysAClause(toks, c.to)) ||
          // "confirmed on Monday that", "ruled last week that": a short time or place phrase before the clause.
          thatAfterAdjunct(toks, c.to);
        const tagged = c.from > 0 && (toks[c.from - 1].text === ',' || CLOSE_QUOTES.has(toks[c.from - 1].text) || closingTag(toks, c.from, c.to));
        if (!ok && !tagged) {
          // "The discussions revealed Iran's commitment": no clause follows, so it is the writer's reading.
          if (lex.framing.matchAt(toks, c.from)?.entry.kind === 'interpretation') {
            const participle = first.norm.endsWith('ing') && c.from > 0 && toks[c.from - 1].text === ',';
            const np0 = k >= 0 ? npLeft(toks, k, 0) : null;
            const k0 = np0 ? classify(toks, np0, 0, lex, anonymous) : null;
            if (!k0) interpretations.push({ from: c.from, to: c.to, term: c.term, participle });
          }
          continue;
        }
      }
      const gerund = first.norm.endsWith('ing');
      /** The "who" of a clause that withholds the speaker's name, once looked for. */
      let withheld = -1;
      if (k >= 0 && toks[k].text === ',' && gerund) {
        // A participle clause (", calling for ...") shares the main clause's subject.
        np = findMainSubject(k);
      } else if (k >= 0 && toks[k].text === ',' && (withheld = withheldNameClause(toks, k)) >= 0) {
        // A clause that withholds the name makes the speaker anonymous whatever its wording ("who spoke
        // to the Courier and asked not to be named", "who asked us not to use his name"): the training
        // keys call such speakers anonymous 192 times in 194.
        anonymous = true;
        // "Another passenger, who gave only her first name, Jess, said": LABELLING.md names the
        // described speaker, not the first name given.
        // ("One investor who turned the firm down in 2022, and who asked not to be named …, said": the
        // first relative clause's antecedent.)
        if (withheld >= 3 && toks[withheld - 1].norm === 'and' && toks[withheld - 2].text === ',') {
          // The first "who" of the description: after a comma ("X, who …, and who …") or bare ("An engineer who …").
          const floor = Math.max(0, withheld - 20);
          let who = relativeOpenerLeft(toks, withheld - 2, floor);
          if (who < 0) {
            const bare = toks.slice(floor, withheld - 2).findIndex((x) => x.norm === 'who' && x.pos === 'PRON');
            who = bare >= 0 ? floor + bare : -1;
          }
          if (who >= 1) withheld = who;
        }
        // ("A former player, now 24, who asked us not to use his name, said": an age between commas
        // belongs to the speaker before it.)
        let before = withheld - 2;
        if (before >= 2 && toks[before].pos === 'NUM' && /^\d{1,3}$/.test(toks[before].text)) {
          let a = before - 1;
          if (AGE_WORDS.has(toks[a].norm)) a--;
          if (a >= 1 && toks[a].text === ',') before = a - 1;
        }
        np = withheld >= 2 && toks[withheld - 1].text === ',' ? npLeft(toks, before, 0) : null;
        if (!np && withheld >= 2 && toks[withheld - 1].text === ',' && loneOne(toks, before) && (before === 0 || toks[before - 1].pos === 'PUNCT' || toks[before - 1].pos === 'CCONJ')) np = { from: before, to: before + 1, head: before };
        // "One man, a welder who asked not to be named …, said": the description ("a welder") is an
        // appositive of the speaker named first, whom the keys name.
        if (!np && withheld >= 1) {
          const described = npLeft(toks, withheld - 1, 0);
          const named = described && described.from >= 2 && toks[described.from - 1].text === ',' ? npLeft(toks, described.from - 2, 0) : null;
          // ("Outside the factory gates, one woman who …, and who gave her name only as Jan, said": a
          // preposition's object before the comma is where she stood, not who she is.)
          // (wink reads "Outside" opening a sentence as an adjective.)
          const where = named && named.from > 0 ? toks[named.from - 1] : null;
          np = named && !(where && (where.pos === 'ADP' || LOCATIVES.has(where.norm))) ? named : described;
        }
      } else if (k >= 0 && toks[k].text === ',' ) {
        const kk = skipAppositive(toks, k);
        np = kk >= 0 ? npLeft(toks, kk, 0) : null;
        if (np && kk + 2 <= k - 1) appositive = { from: kk + 2, to: k };
        // "One, who posted under the name …, said", "Another, retired teacher Walt Brennan, said": one
        // of the people just described, opening the clause; a name in the appositive is the speaker.
        if (!np && kk >= 0 && (loneOne(toks, kk) || toks[kk].norm === 'another') && (kk === 0 || toks[kk - 1].pos === 'PUNCT' || toks[kk - 1].pos === 'CCONJ') && SAYING.has(first.lemma)) {
          const named = npLeft(toks, k - 1, kk + 2);
          const described = npRight(toks, kk + 2, k);
          // ("One, a document dated 2019, says": a thing, no speaker.)
          if (named && named.from === kk + 2 && toks[named.head].pos === 'PROPN') np = named;
          else if (loneOne(toks, kk) && !(described && sourceNoun(lex, toks[described.head]) === 'document')) np = { from: kk, to: kk + 1, head: kk };
        }
      } else if (k >= 0 && RELATIVE.has(toks[k].norm) && toks[k].pos === 'PRON') {
        // "traders, who warned ...": the antecedent speaks.
        let a = k - 1;
        if (a >= 0 && toks[a].text === ',') a--;
        np = a >= 0 ? npLeft(toks, a, 0) : null;
      } else if (k >= 0 && (toks[k].norm === 'and' || toks[k].norm === 'but') && toks[k].pos === 'CCONJ') {
        // "Teller congratulated Ekwueme and said ...": shares the main subject.
        np = findMainSubject(k);
      } else if (k >= 0 && CLOSE_QUOTES.has(toks[k].text)) {
        np = null;
      } else if (k >= 1 && (withheld = withheldNameClause(toks, k + 1)) >= 1 && !toks.slice(withheld, k).some((t) => t.text === ',')) {
        // (No comma in between: in "One tenant, a care worker who … was not named in court, said she
        // had complained" the clause ended at the comma, and "she" speaks.)
        // "a 19-year-old from Zeluk who gave his name only as Karim said": the description speaks.
        anonymous = true;
        np = npLeft(toks, withheld - 1, 0);
        const from = np ? toks[np.from - 1] : undefined;
        if (np && from?.norm === 'from' && np.from >= 2) {
          const holder = npLeft(toks, np.from - 2, 0);
          if (holder) np = { from: holder.from, to: np.to, head: holder.head };
        }
      } else {
        np = k >= 0 ? npLeft(toks, k, 0) : null;
        // "The driver who hit the cyclist said", "The lawyer representing the widow said": the
        // phrase next to the verb is the object inside a relative or participle clause; the
        // subject the clause describes speaks.
        if (np) np = describedSubject(toks, np) ?? np;
        // The source phrase is whole: "Figures published by the regulator last year".
        // Only a document's or a post-modifier's object's, not a bare speaker's: "Islanders last night slammed" is the islanders'.
        if (np && timeEnd > np.to && np.to === k + 1 && ((np.from > 0 && (toks[np.from - 1].pos === 'ADP' || toks[np.from - 1].pos === 'VERB')) || sourceNoun(lex, toks[np.head]) === 'document')) np = { ...np, to: timeEnd };
        if (!np && k >= 1) np = documentBeforeParticiple(toks, k, timeEnd, (t) => sourceNoun(lex, t) === 'document');
        if (!np && k >= 0 && (QUANTIFIED_SPEAKERS.has(toks[k].norm) || loneOne(toks, k)) && (k + 1 === c.from || (loneOne(toks, k) && toks.slice(k + 1, c.from).every((t) => t.pos === 'ADV'))) && SAYING.has(first.lemma) && (k === 0 || toks[k - 1].pos === 'PUNCT' || toks[k - 1].pos === 'CCONJ')) np = { from: k, to: k + 1, head: k };
        if (!np && k >= 0) {
          // "A source who asked not to be named said": step back over a relative clause.
          for (let r = k; r >= Math.max(1, k - 12); r--) {
            if (toks[r].text === ',' || toks[r].pos === 'PUNCT') break;
            if ((toks[r].norm === 'who' || toks[r].norm === 'which') && toks[r].pos === 'PRON') {
              np = npLeft(toks, r - 1, 0);
              break;
            }
          }
        }
      }
      // Trailing tag: "..., she said." / "“...,” said the minister."
      // Only near the end of the sentence: "In a significant exchange, the minister voiced ..." is not a tag.
      let rest = 0;
      for (let i = c.to; i < n; i++) if (toks[i].pos !== 'PUNCT') rest++;
      const nearEnd = rest <= 6;
      if (np) {
        const before = toks[np.from - 1];
        // A tag between commas mid-sentence ("They came from Ostravia, the coast guard said, and were
        // taken …") closes the reported words as one near the end does.
        const parenthetical = before?.text === ',' && toks[c.to]?.text === ',' && c.to - c.from === 1;
        if ((nearEnd || parenthetical) && before && (before.text === ',' || CLOSE_QUOTES.has(before.text)) && np.from > 1) {
          tag = true;
          contentStart = s.start;
          contentEnd = before.text === ',' ? before.start : before.end;
        }
      } else {
        const b = toks[c.from - 1];
        // (", citing an internal review": what is cited never speaks; ", told colleagues": the listener.)
        if (b && (CLOSE_QUOTES.has(b.text) || (b.text === ',' && (nearEnd || speakerEndsSentence(toks, c.to)))) && c.from > 1 && first.lemma !== 'cite' && first.lemma !== 'tell') {
          np = npRight(toks, c.to, n);
          // ("…," said one, who works in the eastern division.": "one" alone, described after a comma.)
          if (!np && loneOne(toks, c.to) && (toks[c.to + 1]?.text === ',' || toks[c.to + 1]?.pos === 'PUNCT')) np = { from: c.to, to: c.to + 1, head: c.to };
          // ", said he had been waiting": a pronoun with its own verb opens the reported clause; it
          // is no speaker placed after the verb.
          // ("said she first reported …": adverbs may come between the pronoun and its verb.)
          let pv = np ? np.to : 0;
          while (np && toks[pv]?.pos === 'ADV' && pv - np.to < 2) pv++;
          if (np && np.to - np.from === 1 && SUBJECT_PRONOUNS.has(toks[np.from].norm) && (toks[pv]?.pos === 'AUX' || toks[pv]?.pos === 'VERB')) np = null;
          // "…, Cllr Neil Barraclough, said the council would support the school": a noun phrase with
          // its own verb after it opens the reported clause too (an inverted speaker ends the sentence
          // or goes on with an appositive or an adverbial).
          if (np && toks[np.to]?.pos === 'AUX') np = null;
          if (np) {
            tag = true;
            contentStart = s.start;
            contentEnd = b.text === ',' ? b.start : b.end;
          }
        }
      }
    }

    if (np && !tag && c.kind !== 'according') {
      // "Tallis Line has issued a statement saying …": the statement carries the words of whoever
      // issued it, and that body or person is the source.
      const issuer = issuerOf(toks, np);
      if (issuer && classify(toks, issuer, 0, lex, anonymous)) np = issuer;
    }
    if (np && !tag && c.kind !== 'according') {
      const widened = widenOverPostModifier(toks, np, (t) => sourceNoun(lex, t) === 'document');
      // "A study published in March by the Veld Institute, a trade research group, estimated": the
      // appositive describes the publisher inside the widened phrase, which ends after it.
      if (widened !== np && appositive && !RELATIVE_OPENERS.has(toks[appositive.from].norm) && toks[appositive.from].norm !== 'that') {
        np = { ...widened, to: appositive.to };
        appositive = null;
      } else np = widened;
    }
    let kind = np ? classify(toks, np, 0, lex, anonymous, c.kind === 'according') : null;
    // "…, the meeting heard.": a hearing body that no source list names is still the one that heard.
    if (!kind && np && (c.term === 'hear' || c.term === 'be told') && isHearingBody(toks[np.head])) kind = 'named';
    // "…, which the festival says would make the event unviable", "a project its engineers say could be
    // finished": the speaker of a relative clause whose reported verb follows at once (2.24.0).
    const relativeReport = !!np && (RELATIVE.has(toks[np.from - 1]?.norm ?? '') || toks[np.from - 1]?.pos === 'NOUN') && (toks[c.to]?.pos === 'AUX' || (toks[c.to]?.pos === 'VERB' && /s$/.test(toks[c.to].norm)));
    if (!kind && np && SAYING.has(first.lemma) && (tag || saysAClause(toks, c.to) || relativeReport)) kind = speakingNoun(toks, np, relativeReport);
    // "Many said the fields were among the best farmland", "Some say it builds a sense of belonging":
    // an unnamed share of people opening the clause (LABELLING.md: vague).
    if (!kind && np && np.to - np.from === 1 && QUANTIFIED_SPEAKERS.has(toks[np.from].norm) && SAYING.has(first.lemma) && saysAClause(toks, c.to) &&
      (np.from === 0 || toks[np.from - 1].pos === 'PUNCT' || toks[np.from - 1].pos === 'CCONJ')) kind = 'vague';
    // "More than half said …", "Nearly a quarter said …": a share of people already counted (the training
    // keys: group, 4 times in 4).
    if (!kind && !tag && c.from >= 1 && SHARE_HEADS.has(toks[c.from - 1].norm) && (!np || np.head === c.from - 1) && SAYING.has(first.lemma) && saysAClause(toks, c.to)) {
      const from = quantityStart(toks, c.from - 1, 0);
      if (from === 0 || toks[from - 1].pos === 'PUNCT' || toks[from - 1].pos === 'CCONJ') {
        np = { from, to: c.from, head: c.from - 1 };
        kind = 'group';
      }
    }
    // "A Courier analysis of the timetables found …", "our own count shows …": the paper's own work is
    // the writer's voice, not a source it reports (the training keys: fact, 12 times in 12).
    // ("A Herald review of 112 requests found …" whether or not the masthead was recognised: a review by
    // another paper is written "a review by the Herald".)
    if (np && ownWork(original.slice(toks[np.from].start, toks[np.to - 1].end), s.ownMastheads)) continue;
    // "The Courier reported last year that …", "as the Sentinel reported" in the Courier or the Sentinel:
    // the paper's own earlier reporting, in its own voice (the training keys: fact 3 times in 3).
    if (np && OWN_REPORTING.has(first.lemma) && ownName(original.slice(toks[np.from].start, toks[np.to - 1].end), s.ownMastheads)) continue;
    if (!kind && !tag && docSubject >= 0 && c.kind !== 'according' && (!np || np.to <= c.from)) {
      // The subject found left of the verb is no source ("last year" in "Budget documents published
      // last year show …", or nothing where the tagger made the document noun a verb): the plural
      // document opening the clause speaks.
      np = documentPhrase(toks, docSubject);
      // "Figures from the council's own housing register show": the phrase runs on to the verb over a
      // "from/by/of/at/in …" part or a participle, with no punctuation between.
      const link = toks[docSubject + 1];
      // (Never over a reporting verb the tagger misread: in "Data on school absences published yesterday
      // show rates have risen" the cue found is "rates", and "show" is no part of the source.)
      if (link && (POST_MODIFIER_LINKS.has(link.norm) || link.norm === 'from' || link.norm === 'of' || (link.pos === 'VERB' && /ed$/.test(link.norm))) &&
        !toks.slice(docSubject + 1, c.from).some((t) => (t.pos === 'PUNCT' && t.text !== "'" && t.text !== '’') || SHOW_FORMS.has(t.norm))) np = { ...np, to: c.from };
      kind = classify(toks, np, 0, lex, anonymous, true);
    }
    if (np && appositive) {
      // "The operator, Caldmouth Transit, said": the appositive names the source.
      const ap = npLeft(toks, appositive.to - 1, appositive.from);
      const apKind = ap ? classify(toks, ap, 0, lex, anonymous) : null;
      // "The chairman of the Party of Regions, Mr. Dainis Oltre, said": a role whose head is a common
      // noun takes the person's name from the appositive, whatever names sit in its modifiers.
      const headHasName = toks[np.head].pos === 'PROPN' || toks[np.head].pos === 'PRON';
      // "The trust, which runs St Aldric's, said": a relative clause is no appositive name.
      const relative = RELATIVE_OPENERS.has(toks[appositive.from].norm) || toks[appositive.from].norm === 'that';
      if (ap && apKind && !relative && (!kind || (apKind === 'named' && !headHasName)) && toks[appositive.from].pos !== 'VERB') {
        if (!kind) kind = apKind === 'group' || apKind === 'vague' ? apKind : 'named';
        else if (kind !== 'anonymous') kind = 'named';
        np = { from: np.from, to: ap.to, head: np.head };
      }
    }
    if (np && kind && tag && np.to < n - 2 && toks[np.to].text === ',') {
      // "..., the union's general secretary, Mark Hale, told ...": include the name.
      const ap = npRight(toks, np.to + 1, n);
      if (ap && toks.slice(ap.from, ap.to).some((t) => t.pos === 'PROPN') && (ap.to >= n || toks[ap.to].text === ',' || toks[ap.to].pos === 'PUNCT' || toks[ap.to].pos === 'VERB')) {
        np = { from: np.from, to: ap.to, head: np.head };
        if (kind !== 'anonymous') kind = 'named';
      }
    }
    if (np && !kind && c.kind !== 'according') {
      // "Independent economists who have examined stadiums have found": the antecedent speaks.
      for (let r = np.from - 1; r >= Math.max(1, np.from - 12); r--) {
        if (toks[r].pos === 'PUNCT' && toks[r].text !== ',') break;
        if ((toks[r].norm === 'who' || toks[r].norm === 'which') && toks[r].pos === 'PRON') {
          let a = r - 1;
          if (a >= 0 && toks[a].text === ',') a--;
          const ant = a >= 0 ? npLeft(toks, a, 0) : null;
          const antKind = ant ? classify(toks, ant, 0, lex, anonymous) : null;
          if (ant && antKind) {
            np = ant;
            kind = antKind;
          }
          break;
        }
      }
    }
    // Not for a tag closing the sentence ("…, the team found." reports what the team found; "…, she
    // found." is as often a scene), nor before a clause ("found that", "found, in 2023, that", "found
    // last year that").
    // A document opening the clause speaks through "show"/"find" over whatever modifies it, where the
    // phrase next to the verb is no source or no document ("March" in "Parking counts from March show",
    // nothing in "Sales records kept by the county recorder show").
    if (!tag && c.kind !== 'according' && SHOW_FORMS.has(first.norm) && (!np || !kind || (kind !== 'pronoun' && sourceNoun(lex, toks[np.head]) !== 'document' && !researchFinding(toks, np, c.from)))) {
      const doc = documentOpeningClause(toks, c.from, (t) => sourceNoun(lex, t) === 'document');
        // (The paper's own work stays the writer's voice.)
      const phrase = doc ? original.slice(toks[doc.from].start, toks[doc.to - 1].end) : '';
      if (doc && (!np || doc.from <= np.from) && !ownWork(phrase, s.ownMastheads)) {
        np = doc;
        kind = classify(toks, doc, 0, lex, anonymous, true);
      }
    }
    const closingFinding = tag && kind !== 'pronoun' && (!toks[c.to] || toks[c.to].pos === 'PUNCT');
    const clauseFollows = toks[c.to]?.norm === 'that' || thatAfterAside(toks, c.to) || thatAfterAdjunct(toks, c.to, false);
    if (np && kind && !closingFinding && DOC_ONLY.has(first.lemma) && c.to - c.from === 1 && !clauseFollows) {
      // "Police found a body" reports an event; "The study found higher scores" reports a finding.
      // sourceNoun, not a bare lookup: it also finds "Studies" (a capitalised plural the tagger lemmatises as itself).
      // "The museum recorded 212,000 visitors", "The state health department recorded 2,870 cases": a
      // public body keeping a count reports a figure (the training keys: attributed). A place that
      // "recorded 11 such days", a team that "recorded 3 wins", a singer's albums or a company's losses
      // are things that happened to them (and "reported a pre-tax loss of £48 million" stays a fact:
      // the keys, 13 times in 16).
      const counted = first.lemma === 'record' && RECORDING_BODIES.has(toks[np.head].norm) && figureFollows(toks, c.to, 2);
      // "The researchers found no meaningful difference": people whose work is finding report a finding.
      if (sourceNoun(lex, toks[np.head]) !== 'document' && !counted && !researchFinding(toks, np, c.from)) {
        np = null;
        kind = null;
      }
    }
    // Whatever the steps above made of a long description, a phrase opening the sentence and described
    // between commas up to the verb speaks.
    // ("Route 4, the free road, adds forty minutes": "add" reports only before a clause.)
    if ((!np || !kind) && !tag && OPENING_SAYS.has(first.lemma) && !first.norm.endsWith('ing') && c.kind !== 'according' && (first.lemma !== 'add' || toks[c.to]?.norm === 'that' || saysAClause(toks, c.to))) {
      const opener = openingSpeaker(toks, c.from);
      const openerKind = opener ? classify(toks, opener, 0, lex, anonymous) : null;
      if (opener && openerKind && !ownWork(original.slice(toks[opener.from].start, toks[opener.to - 1].end), s.ownMastheads)) {
        np = opener;
        kind = openerKind;
      }
    }
    if (!np || !kind) {
      const interp = c.kind === 'interpretation' || lex.framing.matchAt(toks, c.from)?.entry.kind === 'interpretation';
      if (interp) {
        const participle = first.norm.endsWith('ing') && c.from > 0 && toks[c.from - 1].text === ',';
        interpretations.push({ from: c.from, to: c.to, term: c.term, participle });
      }
      continue;
    }

    if (!tag && c.kind !== 'according') {
      let k = c.to;
      const lemma = first.lemma;
      if (c.to - c.from === 1 && (lemma === 'tell' || lemma === 'inform' || lemma === 'brief' || lemma === 'assure' || lemma === 'warn' || lemma === 'urge')) {
        const obj = npRight(toks, k, n);
        if (obj && !(toks[k].norm === 'that')) k = obj.to;
      }
      while (k < n && (toks[k].norm === 'that' || toks[k].text === ':' || toks[k].text === ',')) k++;
      if (k < n) {
        const q = s.quotes.find((r) => r.start === toks[k].start);
        const end = q ? Math.min(q.end, s.end) : (() => {
          const e = clauseEnd(toks, k, n, s.quotes);
          return e < n ? toks[e].start : s.end;
        })();
        contentStart = toks[k].start;
        contentEnd = end;
      }
    }
    // A trailing tag after a quote: the content is the quote.
    let content = contentStart >= 0 ? trimContent(original, contentStart, contentEnd) : null;
    if (tag && content) {
      const q = s.quotes.find((r) => r.end <= contentEnd + 1 && r.end >= contentEnd - 1 && r.start >= s.start);
      if (q) content = { start: q.start, end: q.end };
    }
    const direct = !!content && s.quotes.some((q) => q.start < content!.end && q.end > content!.start);
    // "The figures appear in the annual Road Safety Report, published Monday.": a date never speaks.
    // (A month only beside a number: "said May" is a person, "published May 3" a date.)
    // "Mr Patel, whose lawyers said …": the speakers are the lawyers, not "whose lawyers".
    if (toks[np.from].norm === 'whose' && np.to - np.from > 1) np = { ...np, from: np.from + 1 };
    const words = toks.slice(np.from, np.to);
    const dated = words.some((t) => t.pos === 'NUM');
    // ("One said" is a person, not a number.)
    if (!(words.length === 1 && loneOne(toks, np.from)) && words.every((t) => TIME_WORDS.has(t.norm) || (dated && MONTHS.test(t.norm)) || t.pos === 'NUM' || t.pos === 'PUNCT')) continue;
    attributions.push({
      source: span(original, toks[np.from].start, toks[np.to - 1].end),
      sourceKind: kind,
      cue: span(original, first.start, toks[c.to - 1].end),
      content,
      direct,
      cueKind: c.kind,
      term: c.term,
    });
  }
  const reports = mainReports(attributions, original, s.end);
  const transcript = s.transcriptSpeakers?.size ? transcriptSpeaker(toks, s.transcriptSpeakers) : null;
  // The label names who speaks: a report inside the answer is the speaker's own ("Loughrey: Some of
  // them say that, and I understand the worry." is Loughrey's).
  if (transcript) {
    const content = trimContent(original, toks[transcript.colon].end, s.end);
    reports.length = 0;
    reports.push({
      source: span(original, toks[0].start, toks[transcript.colon - 1].end),
      sourceKind: 'named',
      cue: span(original, toks[transcript.colon].start, toks[transcript.colon].end),
      content,
      direct: false,
      cueKind: 'neutral',
      term: ':',
    });
  }
  return { attributions: reports, interpretations };
}

/**
 * "Nor has the council said which routes …", "…, and neither did the minister say when …": a negation
 * inverted before the subject (within 12 words, no verb between its auxiliary and the cue).
 */
function invertedNegation(toks: Token[], cue: number): boolean {
  for (let j = cue - 2; j >= 0 && cue - j <= 12; j--) {
    const t = toks[j];
    if (t.pos === 'VERB' || (t.pos === 'PUNCT' && t.text !== ',')) return false;
    if ((t.norm === 'nor' || t.norm === 'neither') && toks[j + 1].pos === 'AUX') return true;
  }
  return false;
}

/** Prepositions of place the tagger may read as adjectives or adverbs ("Outside/ADJ the court, …"). */
const LOCATIVES = new Set(['outside', 'inside', 'near', 'behind', 'beyond', 'beside', 'opposite', 'across', 'along', 'around']);

/** How far after the agent of "was told by" its "that" may come (an appositive, a time phrase). */
const PASSIVE_THAT_REACH = 30;

/**
 * "He was told by one resident that the council had …", "The court was told by one of the tenants, a
 * 20-year-old nursing student who gave evidence by video link, that she …": the agent speaks, and the
 * clause after "that" is what it said. Only with that "that": "was told by police to leave" is an order.
 */
function passiveReport(original: string, s: SentenceTokens, toks: Token[], c: { from: number; to: number; kind: ReportingKind | 'interpretation'; term: string }, lex: Lexicons, anonymous: boolean): FoundAttribution | null {
  const n = toks.length;
  let agent = npRight(toks, c.to, n);
  if (!agent) return null;
  // "by Lochgarran Council last spring that": the time phrase is no part of the agent.
  let to = agent.to;
  while (to - 1 > agent.from && TIME_WORDS.has(toks[to - 1].norm) && toks[to - 1].pos !== 'PROPN') to--;
  if (to < agent.to) agent = { from: agent.from, to, head: Math.min(agent.head, to - 1) };
  // Not a channel or a deadline: "told by letter that", "told by email", "told by June that".
  const words = toks.slice(agent.from, agent.to);
  if (words.every((t) => TIME_WORDS.has(t.norm) || WEEKDAYS.has(t.norm) || MONTHS.test(t.norm) || t.pos === 'NUM')) return null;
  if (words.length === 1 && words[0].pos === 'NOUN' && !/s$/.test(words[0].norm)) return null;
  let that = -1;
  for (let i = agent.to; i < Math.min(n, agent.to + PASSIVE_THAT_REACH); i++) {
    const t = toks[i];
    if (t.norm === 'that' && (toks[i - 1].text === ',' || i === agent.to || TIME_WORDS.has(toks[i - 1].norm) || toks[i - 1].pos === 'NOUN' || toks[i - 1].pos === 'PROPN' || toks[i - 1].pos === 'NUM')) { that = i; break; }
    if (t.text === ';' || t.text === ':' || OPEN_QUOTES.has(t.text) || (t.pos === 'AUX' && i === agent.to)) return null;
  }
  if (that < 0 || that + 1 >= n) return null;
  // "by the county's emergency services director, Angela Burke, that": the appositive names the agent.
  if (toks[agent.to]?.text === ',' && toks[that - 1].text === ',' && that - 1 > agent.to + 1) {
    const named = npRight(toks, agent.to + 1, that - 1);
    if (named && named.to === that - 1) agent = { from: agent.from, to: that - 1, head: agent.head };
  }
  const kind = classify(toks, agent, 0, lex, anonymous) ?? (RESEARCHERS.has(toks[agent.head].norm) ? 'vague' : null) ??
    (toks[agent.from].norm === 'one' || INDEFINITE.has(toks[agent.from].norm) ? 'anonymous' : null);
  if (!kind) return null;
  const end = clauseEnd(toks, that + 1, n, s.quotes);
  const content = trimContent(original, toks[that + 1].start, end < n ? toks[end].start : s.end);
  return {
    source: span(original, toks[agent.from].start, toks[agent.to - 1].end),
    sourceKind: kind,
    cue: span(original, toks[c.from].start, toks[c.to - 1].end),
    content,
    direct: !!content && s.quotes.some((q) => q.start < content.end && q.end > content.start),
    cueKind: 'neutral',
    term: c.term,
  };
}

/**
 * "…, said the study's lead author, Dr. Ines Halvorsen of Carden University.": after the reporting
 * verb only the speaker is left (a noun phrase and its appositive), however long.
 */
function speakerEndsSentence(toks: Token[], from: number): boolean {
  const np = npRight(toks, from, toks.length);
  if (!np) return false;
  let e = np.to;
  // "…, said Carla Mendes, who sells outdoor heaters at Mendes Hardware in Pell Flats.": a relative
  // clause about the speaker runs to the end.
  const describes = (rest: Token[]): boolean => !rest.some((t) => OPEN_QUOTES.has(t.text) || CLOSE_QUOTES.has(t.text) || t.text === ';' || t.text === ':' || SAY_VERBS_AFTER.has(t.norm));
  if (toks[e]?.text === ',' && RELATIVE_OPENERS.has(toks[e + 1]?.norm ?? '') && describes(toks.slice(e))) return true;
  if (toks[e]?.text === ',') {
    const ap = npRight(toks, e + 1, toks.length);
    if (ap) {
      e = ap.to;
      // "…, said Dr Aled Brynmor, an epidemiologist at Corwen University who was not involved in the
      // research.": the appositive's own prepositional phrase and relative clause run to the end.
      const rest = toks.slice(e);
      const opener = rest[0]?.text === ',' ? rest[1] : rest[0];
      if (opener && (RELATIVE_OPENERS.has(opener.norm) || DESCRIBING_PREPOSITIONS.has(opener.norm)) && describes(rest)) return true;
    }
  }
  return toks.slice(e).every((t) => t.pos === 'PUNCT');
}
/** Prepositions that go on describing a speaker named after the verb ("an epidemiologist at …", "a director of …"). */
const DESCRIBING_PREPOSITIONS = new Set(['at', 'of', 'for', 'with', 'from', 'in']);
/** A second report after the speaker ends the description: "…, said Tom Hale, who added that …" stays a tag; "says" starts a clause. */
const SAY_VERBS_AFTER = new Set(['said', 'says', 'say', 'told', 'added']);

/**
 * The reports of one sentence, the one that frames it first. A verb inside the subject phrase of a
 * later report (an appositive's or a relative clause's: "Ruth Mbeki, a pensions consultant who
 * advises several council funds, said …") describes who speaks; it is no report of its own. And a
 * report whose words hold another report's verb ("The state government is expected to …, officials
 * said.", "She expects to save …, according to an estimate prepared by Tallis.") is the one the
 * sentence rests on, so it comes first.
 */
function mainReports(found: FoundAttribution[], original: string, sentenceEnd: number): FoundAttribution[] {
  const within = (x: Span, r: { start: number; end: number } | null): boolean => r !== null && x.start >= r.start && x.end <= r.end;
  /** A report in a "whose" clause has a speaker of its own ("Mr Patel, whose lawyers said he would appeal, told …"). */
  const inWhoseClause = (a: FoundAttribution): boolean =>
    a.source !== null && (/\bwhose\s+$/i.test(original.slice(Math.max(0, a.source.start - 8), a.source.start)) || /^whose\b/i.test(a.source.text));
  /**
   * a's verb sits in b's subject phrase after b's source, where that phrase goes on with an appositive
   * or a relative clause ("Ruth Mbeki, …", "Neighbors who …") — not a participle's subject found
   * across a whole clause ("…, blaming") nor the same subject's other verb.
   */
  const inSubjectOf = (a: FoundAttribution, b: FoundAttribution): boolean =>
    b.source !== null && b.source.end <= b.cue.start && a.cue.start >= b.source.end && a.cue.end <= b.cue.start &&
    /^\s*(?:,|(?:who|which|that|whose)\b)/.test(original.slice(b.source.end, b.cue.start)) && !/ing$/.test(b.cue.text) &&
    !(a.source && a.source.start === b.source.start);
  /** After a speaker named behind the verb: "said Denise Crowther, regional organiser for the Transport Workers' Alliance, which represented …". */
  const inSpeakerAfter = (a: FoundAttribution, b: FoundAttribution): boolean =>
    b.source !== null && a.source !== null && b.source.start > b.cue.start && a.cue.start >= b.source.end &&
    a.source.start >= b.source.start && a.source.end <= b.source.end;
  const kept = found.filter((a) => inWhoseClause(a) || !found.some((b) => b !== a && (inSubjectOf(a, b) || inSpeakerAfter(a, b))));
  const tail = (t: FoundAttribution): boolean => {
    // The sentence's last words: "…, the notice said.", "…, the operator said on Friday.", "…, according to its annual report."
    if (t.content === null || t.content.end > t.cue.start || t.source === null) return false;
    const rest = original.slice(Math.max(t.cue.end, t.source.end), sentenceEnd);
    return !rest.includes(',') && /^[\s\p{P}]*(?:[\p{L}\d]+[\s\p{P}]*){0,6}$/u.test(rest);
  };
  const held = (t: FoundAttribution, a: FoundAttribution): boolean =>
    a !== t && within(a.cue, t.content) &&
    // not a tail itself, nor one across a clause of its own ("The minister said the talks went well; no
    // deal has been reached, officials said.")
    !(a.content !== null && a.content.end <= a.cue.start) &&
    !/;|,\s*(?:but|and|while|whereas|though|although)\b|\bbut\b/.test(original.slice(a.cue.end, t.cue.start)) &&
    // An "according to" vouches for an event, an estimate or an expectation ("The council expects …,
    // according to the cabinet report"; "Observers challenged 27 ballots, according to the clerk's
    // office"); after a speech act it is the speaker's own source ("Hale said the lane would cut
    // journeys by six minutes, according to modelling by the council's consultants").
    (t.cueKind !== 'according' || !SPEECH_ACTS.has(a.term));
  // The report the sentence rests on comes first.
  const outer = kept.findIndex((t) => tail(t) && kept.some((a) => held(t, a)));
  if (outer > 0) kept.unshift(...kept.splice(outer, 1));
  return kept;
}

/** Labels that open a line with a colon but name no speaker ("Update: …", "Editor's note: …"). */
const LINE_LABELS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'q', 'a', 'update', 'updates', 'correction', 'note', 'editor', 'analysis', 'background', 'warning', 'breaking', 'live', 'watch', 'listen', 'read', 'photo', 'video', 'source', 'sources', 'context', 'recap', 'summary', 'explainer', 'opinion', 'comment', 'verdict', 'timeline', 'key', 'exclusive', 'latest', 'pictured', 'inset', 'main', 'top', 'above', 'below', 'credit', 'clarification', 'disclosure', 'statement', 'question', 'answer']);

/**
 * An interview in transcript form: "Kessler: The coffee cups sliding along the bridge console …".
 * One to three capitalised name words opening the sentence, then a colon and the answer: the
 * named person's words (the answer of a Q&A). Only a label of the article's transcript (never a
 * line label such as "Update:" or "Q:"), not a time ("10:30").
 */
function transcriptSpeaker(toks: Token[], speakers: ReadonlySet<string>): { colon: number } | null {
  let k = 0;
  while (k < toks.length && k < 3 && toks[k].cap && /^\p{Lu}[\p{L}'’.-]*$/u.test(toks[k].text) && (toks[k].pos === 'PROPN' || toks[k].pos === 'NOUN')) k++;
  if (k === 0 || toks[k]?.text !== ':' || k + 1 >= toks.length) return null;
  if (/^\d/.test(toks[k + 1].text)) return null;
  // Only the article's labels (transcriptLabels): a surname that is also a word ("Tully", "Young")
  // speaks there, and a common word used once ("Tonight: …") never became a label.
  if (!speakers.has(toks.slice(0, k).map((t) => t.text).join(' '))) return null;
  return { colon: k };
}

const TRANSCRIPT_LABEL = /^(\p{Lu}[\p{Ll}'’.-]+(?: \p{Lu}[\p{Ll}'’.-]+){0,2}|Q|A)\s*:\s+\S/u;
/** A speaker's label after the interviewer's question in the same paragraph ("Q: Why? Lowther: The waiting."). */
const INLINE_LABEL = /[?!.]['"’”]?\s+(\p{Lu}[\p{Ll}'’.-]+(?: \p{Lu}[\p{Ll}'’.-]+){0,2})\s*:\s+\S/gu;
/** Labels that always mark the interviewer's turn. */
const QUESTION_LABELS = new Set(['Q', 'Question', 'Interviewer']);
/**
 * Labels of the interviewer's turns besides those: the paper's reporter, its name ("Gazette: …"),
 * or whoever chairs the exchange. A lawyer's questions at a hearing are no interviewer's: they are
 * hers, attributed like any speaker's (the training keys: "Ms Okonedo: You called it borrowing …").
 */
const INTERVIEWER_PAPERS = 'Press|Dispatch|Ledger|Courier|Gazette|Times|Post|Herald|Journal|Chronicle|Echo|Tribune|Telegraph|Observer|Bulletin';
const INTERVIEWER_LABEL = new RegExp(String.raw`^(?:Q|Question|Interviewer|Reporter|Me|Moderator|Host|(?:The )?\p{Lu}[\p{L}'’.-]* (?:${INTERVIEWER_PAPERS})|${INTERVIEWER_PAPERS})$`, 'u');

/** Who speaks in an interview printed as a transcript: the interviewee(s) and the interviewer. */
export interface TranscriptLabels {
  /** Labels whose turns are a speaker's answers ("Kessler" in "Kessler: …"). */
  speakers: Set<string>;
  /** Labels whose turns are the interviewer's ("Q", "Question", "Reporter", the paper's name). */
  interviewers: Set<string>;
  /**
   * "A" or "Answer" where it stands for the interviewee (most of its turns speak in the first person):
   * the turns are answers, but the label names nobody a learner could pick as the speaker. In an
   * explainer that answers its readers' questions, "A:" is the paper's own voice and not listed here.
   */
  answers: Set<string>;
}

/** First-person words outside quotation marks: an interviewee's answer, not an explainer's. */
const FIRST_PERSON = /\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|me|my|we|We|we're|we’re|we've|we’ve|us|our|Our|My)\b/u;
const FIRST_PERSON_SINGULAR = /\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|me|my|My)\b/u;
/** The labels of INTERVIEWER_LABEL that are a paper's name. */
const PUBLICATION_LABEL = new RegExp(String.raw`(?:^|\s)(?:${INTERVIEWER_PAPERS})$`, 'u');

/**
 * The labels of an interview printed as a transcript: a "Name:" label opening two or more
 * paragraphs, or any paragraph of an article that also has a "Q:" paragraph (and a name after the
 * question in a "Q:" paragraph). A dateline ("ISLAMABAD: …", all capitals), a live blog's place or
 * day label used once, or a headline "Boris Johnson: the rise and fall" is no transcript (a review
 * found all of these taken as speakers by a sentence-by-sentence rule). The interviewer's label
 * ("Q", "Reporter", the paper's name: INTERVIEWER_LABEL) is no speaker's: what the interviewer asks
 * is the paper's question, not a source's claim.
 */
export function transcriptLabels(original: string, paragraphs: readonly { start: number; end: number }[]): TranscriptLabels {
  const counts = new Map<string, number>();
  const asks = new Map<string, number>();
  const inline: string[] = [];
  let question = false;
  let answerTurns = 0;
  let firstPersonAnswers = 0;
  let singularAnswers = 0;
  for (const p of paragraphs) {
    const m = TRANSCRIPT_LABEL.exec(original.slice(p.start, Math.min(p.end, p.start + 80)));
    if (!m) continue;
    const label = m[1];
    const text = original.slice(p.start, p.end);
    if (label === 'A' || label === 'Answer') {
      answerTurns++;
      // (Quoted words are someone else's: an explainer may quote an official saying "we".)
      const own = text.replace(/[“"][^”"]*[”"]/g, '');
      if (FIRST_PERSON.test(own)) firstPersonAnswers++;
      if (FIRST_PERSON_SINGULAR.test(own)) singularAnswers++;
    }
    if (QUESTION_LABELS.has(label)) question = true;
    if (text.includes('?')) asks.set(label, (asks.get(label) ?? 0) + 1);
    if (INTERVIEWER_LABEL.test(label)) {
      // The answer may follow in the same paragraph (bounded: a paragraph's text, one pass).
      for (const x of text.matchAll(INLINE_LABEL)) inline.push(x[1]);
    }
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  // An interviewer's label other than "Q" asks something at least once ("Host: Claudia Winkleman
  // presents" in a TV listing asks nothing), and a paper's name is the paper's where the article
  // names it ("the Gazette"), so "Times: 10am to 4pm" is a schedule.
  const interviewerLike = (l: string): boolean =>
    QUESTION_LABELS.has(l) || (INTERVIEWER_LABEL.test(l) && (asks.get(l) ?? 0) > 0 && (!PUBLICATION_LABEL.test(l) || original.includes(`the ${l}`)));
  // An interviewer's label used twice ("Reporter: …") makes a transcript as "Q:" does.
  question ||= [...counts].some(([label, c]) => c >= 2 && interviewerLike(label));
  if (question) for (const label of inline) counts.set(label, (counts.get(label) ?? 0) + 1);
  // A label with a word of LINE_LABELS ("Update", "Monday", "Editor's note") is no speaker, nor one the
  // article never names in running text ("Claim:" / "Fact:", "Where:", "Pros:", "Salary:", "Method:").
  const speaker = (label: string): boolean =>
    !label.toLowerCase().split(/[\s'’]+/).some((w) => LINE_LABELS.has(w)) && namedInText(original, label.slice(label.lastIndexOf(' ') + 1));
  const labels = [...counts].filter(([label, c]) => (question || c >= 2) && !interviewerLike(label) && speaker(label)).map(([label]) => label);
  const interviewers = new Set([...counts.keys()].filter((l) => interviewerLike(l) && (question || counts.get(l)! >= 2)));
  // "A:" for the interviewee: answers in the first person, "I" among them (an explainer's "we" is the paper's).
  const interviewee = question && answerTurns >= 2 && firstPersonAnswers * 2 > answerTurns && singularAnswers > 0;
  const answers = new Set<string>(interviewee ? [...counts.keys()].filter((l) => l === 'A' || l === 'Answer') : []);
  return { speakers: new Set(labels), interviewers, answers };
}

/**
 * Whether a name appears in the article's running text, not only where it opens a line or a sentence
 * ("Chief executive Marcy Vollrath", "…, said Holroyd"; a label's own "Holroyd:" does not count). One
 * pass over the text per label; an article has a handful of labels.
 */
function namedInText(original: string, name: string): boolean {
  if (!/^\p{Lu}/u.test(name)) return false;
  const re = new RegExp(String.raw`(?<![\p{L}\p{N}'’-])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\p{L}\p{N}-])`, 'gu');
  for (const m of original.matchAll(re)) {
    const before = original.slice(Math.max(0, m.index - 3), m.index);
    if (m.index > 0 && !/(?:\n|[.!?:]['"’”]?\s|^\s*)$/.test(before)) return true;
  }
  return false;
}

/** The transcript label opening a sentence ("Kessler" of "Kessler: The cups slid …"), if any. */
export function openingLabel(original: string, start: number, end: number): string | null {
  const m = /^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2})\s*:\s+\S/u.exec(original.slice(start, Math.min(end, start + 60)));
  return m ? m[1] : null;
}

const APPROXIMATORS = new Set(['nearer', 'closer', 'close', 'an', 'estimated', 'about', 'around', 'roughly', 'some', 'nearly', 'almost', 'between', 'more', 'less', 'fewer', 'over', 'under', 'up', 'than', 'to', 'just', 'at', 'least', 'as', 'many', 'much', 'slightly']);
/** What a count "put … on" is a standing in ("put Yes on 53 per cent"; not "on 12 months' probation"). */
const ON_FIGURE_UNITS = new Set(['per', 'percent', '%', 'pc', 'points', 'votes', 'seats']);
/** "put the cost (to its members) at roughly $2.4 million": an object, then "at" and a figure, before the clause ends. */
function putsAFigure(toks: Token[], put: number): boolean {
  for (let i = put + 1; i < toks.length && i - put <= 12; i++) {
    const t = toks[i];
    // "put the box on the table at 3pm" places a thing; only "of", "to" and "for" may link the object.
    const gerund = t.pos === 'VERB' && t.norm.endsWith('ing') && ['of', 'for'].includes(toks[i - 1].norm); // "the cost of running the routes"
    // ("the real-terms fall": a hyphen inside a compound links, it does not end the object.)
    const hyphen = (t.text === '-' || t.text === '–') && !t.spaceBefore;
    // ("put Pruitt on 1,228 votes", "put Yes on 53 per cent": a count or share after "on" is a figure too.)
    const onFigure = t.norm === 'on' && (toks[i + 1]?.pos === 'NUM' || toks[i + 1]?.type === 'number') && ON_FIGURE_UNITS.has(toks[i + 2]?.norm ?? '');
    // ("put the rise in raw material costs at £5.2 million": "in" links the object's noun too.)
    if (t.pos === 'PUNCT' && t.text !== ',' && !hyphen || (t.pos === 'VERB' && !gerund) || t.pos === 'AUX' || (t.pos === 'ADP' && t.norm !== 'at' && !onFigure && !['of', 'to', 'for', 'in'].includes(t.norm))) return false;
    if (t.norm !== 'at' && !onFigure) continue;
    let j = i + 1;
    while (toks[j] && j - i <= 4 && APPROXIMATORS.has(toks[j].norm)) j++;
    const v = toks[j];
    // "at 7pm", "at 7 p.m.", "at 10:30" are times, not figures.
    // (wink may split "10.30pm." as "10.3" + "0pm.": read the figure with what is glued to it.)
    const glued = (v?.text ?? '') + (toks[j + 1] && !toks[j + 1].spaceBefore ? toks[j + 1].text : '');
    if (/^\d{1,2}[:.]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)/i.test(glued)) return false;
    const time = /^\d{1,2}([:.]\d{2})?(am|pm)?$/i.test(v?.text ?? '') && /^(am|pm|a\.m\.|p\.m\.|o'clock|:)$/i.test(toks[j + 1]?.text ?? '') || /^\d{1,2}([:.]\d{2})?\s*(am|pm|a\.m\.|p\.m\.)\.?$/i.test(v?.text ?? '') || /^\d{1,2}:\d{2}$/.test(v?.text ?? '');
    return !!v && !time && (v.pos === 'NUM' || v.type === 'number' || v.type === 'currency' || v.pos === 'SYM' || /^[£$€]/.test(v.text));
  }
  return false;
}

const RELATIVE_OPENERS = new Set(['who', 'which', 'whose']);
/** Words that attach a noun phrase to the speaker before it: "a person close to the talks". */
const POST_MODIFIERS = new Set(['close', 'familiar', 'briefed', 'contacted', 'involved', 'speaking', 'working', 'interviewed', 'reached', 'based', 'quoted', 'employed', 'hired', 'appointed', 'published', 'commissioned', 'compiled', 'released', 'conducted', 'prepared', 'posted', 'issued', 'produced', 'collected', 'gathered', 'obtained', 'presented', 'submitted', 'tabled', 'filed', 'lodged', 'shared', 'sent', 'provided', 'supplied', 'circulated', 'leaked', 'carried', 'drawn', 'written', 'undertaken', 'funded', 'ordered', 'seen', 'analysed', 'analyzed']);
const POST_MODIFIER_LINKS = new Set(['by', 'to', 'with', 'on', 'in', 'at', 'for', 'outside', 'near', 'inside']);

/**
 * "A crew member contacted by this blog said", "A person close to the consortium, who asked not to be
 * named, said": the speaker is the noun phrase the modifier hangs on, not the modifier's object.
 */
function widenOverPostModifier(toks: Token[], np: { from: number; to: number; head: number }, isDocument: (t: Token) => boolean): { from: number; to: number; head: number } {
  const link = toks[np.from - 1];
  const mod = toks[np.from - 2];
  if (!link || !mod || !POST_MODIFIER_LINKS.has(link.norm)) return np;
  // "A survey by the forum found", "Figures from the operator show": the document speaks.
  if (isDocument(mod) && (link.norm === 'by' || link.norm === 'from')) {
    const doc = npLeft(toks, np.from - 2, 0);
    if (doc) return { from: doc.from, to: np.to, head: np.from - 2 };
  }
  // "A survey of 800 firms by the chamber found", "A poll of 600 residents by the trust found": the
  // document heads a phrase whose "of" part comes before "by".
  if (!isDocument(mod) && (link.norm === 'by' || link.norm === 'from') && (mod.pos === 'NOUN' || mod.pos === 'PROPN')) {
    const doc = npLeft(toks, np.from - 2, 0);
    if (doc && doc.head < np.from - 2 && isDocument(toks[doc.head]) && toks.slice(doc.head + 1, np.from - 2).some((t) => t.norm === 'of')) return { from: doc.from, to: np.to, head: doc.head };
  }
  // "A report published last year by the Halden Trust": a short time phrase may sit between the
  // participle and "by".
  let m = np.from - 2;
  // "A necropsy carried out by the state veterinary laboratory": a participle with its particle.
  if (link.norm === 'by' && (mod.norm === 'out' || mod.norm === 'up') && toks[m - 1] && POST_MODIFIERS.has(toks[m - 1].norm)) m--;
  else if (link.norm === 'by' && !POST_MODIFIERS.has(mod.norm)) {
    for (let k = m; k >= Math.max(1, np.from - 6); k--) {
      const t = toks[k];
      if (POST_MODIFIERS.has(t.norm)) {
        m = k;
        break;
      }
      const timeWord = TIME_NOUNS.has(t.norm) || TIME_DETERMINERS.has(t.norm) || MONTHS.test(t.norm) || (t.pos === 'NUM' && /^\d{4}$/.test(t.text)) || ['in', 'on', 'the', 'of'].includes(t.norm);
      if (!timeWord) break;
    }
  }
  if (!POST_MODIFIERS.has(toks[m].norm)) return np;
  // "Sleep specialists not involved in the study", "experts not directly involved in the research".
  let o = m - 1;
  while (o > 0 && (toks[o].norm === 'not' || (toks[o].pos === 'ADV' && /ly$/.test(toks[o].norm)))) o--;
  const owner = npLeft(toks, o, 0);
  // (A capitalised owner only over a common noun and not through "by": "Experts not involved in the
  // research said" — the tagger calls a sentence-opening "Experts" a name.)
  if (!owner || (toks[owner.head].pos === 'PROPN' && !isDocument(toks[owner.head]) && (link.norm === 'by' || toks[np.head].pos === 'PROPN'))) return np;
  // A name is the speaker on its own: "Anna Smith speaking near the plant said" is Anna Smith.
  if (toks[owner.head].pos === 'PROPN' && owner.to - owner.from > 1 && !isDocument(toks[owner.head])) return owner;
  return { from: owner.from, to: np.to, head: owner.head };
}

/** The noun phrase ending at `k` is a document, or the object of "by"/"from" after one ("An inspection by the national police inspectorate"). */
function documentPhraseEndsAt(toks: Token[], k: number, isDocument: (t: Token) => boolean): boolean {
  if (toks[k].pos !== 'NOUN' && toks[k].pos !== 'PROPN') return false;
  const np = npLeft(toks, k, 0);
  if (!np) return false;
  if (isDocument(toks[np.head])) return true;
  const widened = widenOverPostModifier(toks, np, isDocument);
  return widened !== np && isDocument(toks[widened.head]);
}

/**
 * "A major review published in 2021 found", "A council survey carried out last summer found", "A
 * necropsy carried out by the state veterinary laboratory found": the verb's subject is a document
 * with a participle phrase after it (its time phrase already stepped over, up to `timeEnd`). `k` is
 * the last word before the verb (or its time phrase) that no noun phrase ends on.
 */
function documentBeforeParticiple(toks: Token[], k: number, timeEnd: number, isDocument: (t: Token) => boolean): { from: number; to: number; head: number } | null {
  let p = k;
  // "carried out", "drawn up", "set up": the participle's particle.
  if ((toks[p].pos === 'ADP' || toks[p].pos === 'PART') && ['out', 'up'].includes(toks[p].norm)) p--;
  const part = toks[p];
  if (!part || part.pos !== 'VERB' || !(POST_MODIFIERS.has(part.norm) || /(?:ed|en)$/.test(part.norm))) return null;
  const near = npLeft(toks, p - 1, 0);
  // "A study by the University of Cardel published last year": the document before "by" its author.
  const doc = near && !isDocument(toks[near.head]) ? widenOverPostModifier(toks, near, isDocument) : near;
  if (!doc || !isDocument(toks[doc.head])) return null;
  // The document opens the clause: in "Staff who wrote the emails leaked last week said" or "Families
  // who took part in the consultation carried out last year said" it is an object, and the people speak.
  const before = toks[doc.from - 1];
  if (before && !(before.pos === 'PUNCT' || before.pos === 'CCONJ' || before.pos === 'SCONJ' || before.pos === 'ADV')) return null;
  return { from: doc.from, to: Math.max(timeEnd, k + 1), head: doc.head };
}

/** Verbs of saying after which a described opening phrase speaks (not "The study, published in …, followed"). */
const OPENING_SAYS = new Set(['say', 'state', 'argue', 'warn', 'claim', 'insist', 'stress', 'explain', 'add', 'note', 'write', 'complain']);
/** Where the clause holding token `at` opens: after the last ", and" / ", but" before it, else the sentence start. */
function clauseStartBefore(toks: Token[], at: number): number {
  for (let k = at - 1; k >= 1; k--) if (toks[k].pos === 'CCONJ' && toks[k - 1].text === ',') return k + 1;
  return 0;
}

/** Prepositions that may carry a speaker's phrase on before its description: "Residents in Mill Lane", "Critics of stop and search". */
const SPEAKER_LINKS = new Set(['in', 'of', 'from', 'at', 'on', 'with', 'for']);

/**
 * "Marcus Bell, who runs a two-person company in Eastbrook that makes a study-planner app, said",
 * "Residents in Mill Lane, where more than 40 homes were flooded in 2020, said", "Save Wendover Pool, a
 * residents' group formed in April, said": the phrase opening the sentence (or a clause after ", and" /
 * ", but") speaks, described between commas up to the comma just before the verb at `verbAt`. No
 * quotation mark, colon or semicolon may sit between, and the whole subject stays within 40 words.
 * The opening phrase, or null.
 */
function openingSpeaker(toks: Token[], verbAt: number): { from: number; to: number; head: number } | null {
  if (verbAt < 3 || toks[verbAt - 1].text !== ',') return null;
  const start = clauseStartBefore(toks, verbAt);
  if (verbAt - start > 40) return null;
  let np = npRight(toks, start, verbAt);
  // "Save Wendover Pool, a residents' group formed in April, said": a campaign named by a capitalised
  // verb before a name (the tagger reads "Save" as the verb).
  if (!np && toks[start].pos === 'VERB' && toks[start].cap && start + 1 < verbAt) {
    const rest = npRight(toks, start + 1, verbAt);
    if (rest && rest.from === start + 1 && toks.slice(rest.from, rest.to).every((t) => t.cap || t.pos === 'DET')) np = { from: start, to: rest.to, head: rest.head };
  }
  if (!np || np.from !== start) return null;
  const head = toks[np.head];
  if (TIME_WORDS.has(head.norm) || WEEKDAYS.has(head.norm) || MONTHS.test(head.norm)) return null;
  let end = np.to;
  while (end < verbAt && SPEAKER_LINKS.has(toks[end].norm) && toks[end].pos === 'ADP') {
    const pp = npRight(toks, end + 1, verbAt);
    if (!pp) break;
    end = pp.to;
  }
  if (toks[end]?.text !== ',') return null;
  for (let k = end; k < verbAt; k++) {
    const t = toks[k];
    // (Not an apostrophe: "a residents' group".)
    if (OPEN_QUOTES.has(t.text) || t.text === '”' || t.text === '»' || t.text === ':' || t.text === ';') return null;
  }
  return { from: np.from, to: end, head: np.head };
}

/** Participles that may follow a document in its own phrase besides the -ed/-en forms ("records kept by", "figures held by"). */
const IRREGULAR_PARTICIPLES = new Set(['kept', 'held', 'made', 'done', 'seen', 'taken', 'run', 'drawn', 'written', 'given', 'sent', 'put', 'set', 'read', 'shown', 'brought', 'built', 'paid', 'sold', 'told', 'won', 'lost', 'found', 'got', 'gotten', 'hit', 'cut', 'led', 'met']);
/** Words that may sit inside a document's phrase between its head and the verb. */
const PHRASE_POS = new Set(['ADP', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADV', 'PART', 'SYM', 'CCONJ']);

/**
 * "Parking counts from March show", "The council's own report to cabinet shows", "Sales records kept
 * by the county recorder show", "A poll the district commissioned in August found", "The latest stock
 * assessment, prepared by government scientists and reviewed by outside experts, found": a document
 * opening the clause (at the sentence start or after ", and"/", but") with its modifiers running up to
 * the verb at `verbAt` — prepositions, names, numbers, participles and a phrase between commas, but no
 * finite verb of its own, no relative pronoun and no other reporting verb. The source runs from the
 * document to the verb, without a phrase between commas after it. Null otherwise.
 */
function documentOpeningClause(toks: Token[], verbAt: number, isDocument: (t: Token) => boolean): { from: number; to: number; head: number } | null {
  const start = clauseStartBefore(toks, verbAt);
  if (verbAt - start > 30) return null;
  // The opening noun phrase: determiners, modifiers and nouns up to the first word that is none of these.
  let i = start;
  let head = -1;
  while (i < verbAt && (['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'ADV'].includes(toks[i].pos) || ownerMark(toks[i]))) {
    // ("A poll the district commissioned": a determiner after the head opens another phrase.)
    if (toks[i].pos === 'DET' && head >= 0) break;
    if (toks[i].pos === 'NOUN' || toks[i].pos === 'PROPN') head = i;
    i++;
  }
  // ("Parking counts/VERB from March": the tagger reads a plural document noun as a verb.)
  if (head < 0 && i < verbAt && toks[i].pos === 'VERB' && isDocument(toks[i]) && i > start) head = i++;
  else if (head >= 0 && i < verbAt && toks[i].pos === 'VERB' && isDocument(toks[i]) && toks[i].norm.endsWith('s')) head = i++;
  // "The Office for National Statistics figures show", "The Office for National Statistics' figures show": a
  // body's name, then the document next to the verb, which heads the phrase.
  const last = verbAt - 1;
  if (head >= 0 && !isDocument(toks[head]) && last > i && isDocument(toks[last]) &&
    toks.slice(i, last).every((t) => t.pos === 'PROPN' || (t.cap && t.pos !== 'VERB') || ['of', 'for', 'and', 'the', '&'].includes(t.norm) || ((t.text === "'" || t.text === '’') && !t.spaceBefore) || ownerMark(t))) {
    head = last;
    i = verbAt;
  }
  if (head < 0 || !isDocument(toks[head])) return null;
  let end = verbAt;
  let commas = 0;
  const participle = (t: Token): boolean => t.pos === 'VERB' && (/(?:ed|en)$/.test(t.norm) || IRREGULAR_PARTICIPLES.has(t.norm) || POST_MODIFIERS.has(t.norm));
  /** Inside a phrase between commas that opens with a participle ("sent out before the ban began"). */
  let aside = false;
  for (let k = i; k < verbAt; k++) {
    const t = toks[k];
    if (t.text === ',') {
      commas++;
      if (commas === 1) {
        end = k;
        aside = !!toks[k + 1] && participle(toks[k + 1]);
      } else aside = false;
      continue;
    }
    if (RELATIVE_OPENERS.has(t.norm) || t.norm === 'that' || SHOW_FORMS.has(t.norm) || t.norm === 'said' || t.norm === 'says') return null;
    // (A capitalised word the tagger read as a verb is part of a name: "the Agency on Aging".)
    if (PHRASE_POS.has(t.pos) || participle(t) || (t.pos === 'VERB' && t.cap)) continue;
    if (aside && (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PRON' || t.pos === 'SCONJ')) continue;
    return null;
  }
  // A phrase between commas closes before the verb ("…, prepared by …, found"); one comma alone is no phrase.
  if (commas === 1 || commas > 2 || (commas === 2 && toks[verbAt - 1].text !== ',')) return null;
  return { from: start, to: end, head };
}

/** The index of a "who/which/whose" that follows a comma, scanning left from `from` to `floor`. */
function relativeOpenerLeft(toks: Token[], from: number, floor: number): number {
  for (let r = from - 1; r > floor; r--) {
    if (RELATIVE_OPENERS.has(toks[r].norm) && toks[r - 1]?.text === ',') return r;
    if (toks[r].pos === 'PUNCT' && toks[r].text !== ',') return -1;
  }
  return -1;
}

/**
 * The index of a plural document noun ("figures", "records") opening the clause that ends just
 * before token `at`, or -1. The noun itself may carry a verb tag: in "Official traffic counts show
 * that …" the tagger reads "counts" as the verb and "show" as a noun.
 */
function documentSubjectBefore(toks: Token[], at: number, isDocument: (t: Token) => boolean): number {
  for (let k = at - 1; k >= Math.max(0, at - 10); k--) {
    const t = toks[k];
    // ("City purchasing records": a gerund before the noun modifies it.)
    const opens = k === 0 || toks[k - 1].pos === 'PUNCT' || toks[k - 1].pos === 'DET' || toks[k - 1].pos === 'ADJ' || toks[k - 1].cap || toks[k - 1].pos === 'NOUN' || ownerMark(toks[k - 1]) ||
      (toks[k - 1].pos === 'VERB' && toks[k - 1].norm.endsWith('ing'));
    // Plural: "figures", "counts", and "data", plural without an -s.
    // Not a modifier of the noun after it ("a public records request").
    const modifier = k + 1 < at && (toks[k + 1].pos === 'NOUN' || toks[k + 1].pos === 'PROPN');
    if (isDocument(t) && (t.norm.endsWith('s') || t.norm === 'data') && opens && !modifier) return k;
    // "the Grain Traders' Association": a plural possessive's apostrophe is inside the name.
    if ((t.text === "'" || t.text === '’') && !t.spaceBefore) continue;
    // A participle may sit inside the subject ("figures published by the regulator"), and so may a
    // modifier or a document noun the tagger reads as a verb ("City purchasing records", "the
    // council's own housing register").
    const modifierVerb = t.pos === 'VERB' && (t.norm.endsWith('ing') ? toks[k + 1]?.pos === 'NOUN' : isDocument(t));
    // "Its annual accounts, published on Friday, show": a participle phrase between commas, just
    // before the verb, describes the document before it.
    if (t.text === ',' && k === at - 1) {
      let open = k - 1;
      while (open > 0 && k - open < 12 && toks[open].pos !== 'PUNCT') open--;
      if (open > 0 && toks[open].text === ',' && toks[open + 1]?.pos === 'VERB' && /(?:ed|en|wn)$/.test(toks[open + 1].norm)) {
        k = open;
        continue;
      }
    }
    if (t.pos === 'PUNCT' || t.pos === 'AUX' || (t.pos === 'VERB' && !t.norm.endsWith('ed') && !modifierVerb)) return -1;
  }
  return -1;
}

/** The noun phrase ending at document noun `doc`, whatever tags its modifiers carry ("Official traffic counts"). */
function documentPhrase(toks: Token[], doc: number): { from: number; to: number; head: number } {
  let from = doc;
  while (from > 0 && doc - from < 6) {
    const t = toks[from - 1];
    if (t.pos === 'PUNCT' && t.norm !== "'s" || t.pos === 'AUX' || t.pos === 'ADP' || t.pos === 'SCONJ' || t.pos === 'CCONJ' || t.pos === 'PRON' && t.norm !== 'its' && t.norm !== 'their') break;
    from--;
    if (t.pos === 'DET') break;
  }
  return { from, to: doc + 1, head: doc };
}

/** From a comma just left of a verb, skip an appositive or relative clause back to its head noun. */
/**
 * The "who" opening a relative clause that withholds a name ("who gave only her first name, Jess",
 * "who gave his name only as Karim", "who asked not to be named"), ending at the comma before the
 * reporting verb (or at the verb itself, `comma` then being the verb's index); -1 when there is none.
 */
function withheldNameClause(toks: Token[], comma: number): number {
  // (30 words: "A mother of two, who spoke to the Courier after the meeting and asked not to be named
  // because she works for the council, said".)
  for (let i = comma - 1; i >= Math.max(1, comma - 30); i--) {
    const t = toks[i];
    if (t.norm === 'who' && t.pos === 'PRON') {
      const clause = toks.slice(i + 1, comma);
      // "who asked to be identified only as Leanne" withholds a surname as "who gave only her first name" does.
      // ("a baker … whose son asked not to be named": someone else's name is withheld, not the speaker's.)
      if (clause.some((x) => x.norm === 'whose')) return -1;
      const name = clause.some((x) => ['name', 'named', 'names', 'surname', 'identified'].includes(x.norm));
      const withheld = clause.some((x) => ['only', 'not', 'declined', 'refused', 'withheld', 'first'].includes(x.norm));
      return name && withheld ? i : -1;
    }
    if (STOP_SOURCE.has(t.text) && t.text !== ',') return -1;
  }
  return -1;
}

/** What carries someone's words: "a statement saying", "a letter calling for". */
const VEHICLE_NOUNS = new Set(['statement', 'letter', 'release', 'note', 'message', 'email', 'e-mail', 'memo', 'post', 'notice', 'submission']);
const ISSUING_VERBS = new Set(['issue', 'release', 'send', 'publish', 'post', 'put', 'make', 'sign', 'submit', 'write', 'circulate', 'distribute', 'share']);
const RECIPIENTS = new Set(['us', 'me', 'them', 'him', 'her', 'reporters', 'journalists', 'members', 'staff', 'parents', 'residents', 'customers']);

/**
 * The issuer of a statement noun phrase that is the object of an issuing verb ("Tallis Line has
 * issued a statement", "A trust spokesperson has sent us a statement"), or null.
 */
function issuerOf(toks: Token[], np: { from: number; to: number; head: number }): { from: number; to: number; head: number } | null {
  if (!VEHICLE_NOUNS.has(toks[np.head].lemma) && !VEHICLE_NOUNS.has(toks[np.head].norm)) return null;
  let v = np.from - 1;
  if (v >= 0 && RECIPIENTS.has(toks[v].norm)) v--;
  if (v >= 0 && toks[v].norm === 'out' && toks[v - 1]?.lemma === 'put') v--;
  if (v < 1 || toks[v].pos !== 'VERB' || !ISSUING_VERBS.has(toks[v].lemma)) return null;
  let k = v - 1;
  while (k >= 0 && (toks[k].pos === 'ADV' || toks[k].pos === 'AUX' || toks[k].pos === 'PART')) {
    // "The council was sent a letter saying …": the subject received it; the sender is not named.
    if (['be', 'get'].includes(toks[k].lemma)) return null;
    k--;
  }
  if (k < 0) return null;
  if (toks[k].text === ',') {
    // "The ship's operator, Tallis Line, has issued": the role and the name in apposition.
    const kk = skipAppositive(toks, k);
    const head = kk >= 0 ? npLeft(toks, kk, 0) : null;
    return head && kk + 2 <= k - 1 ? { from: head.from, to: k, head: head.head } : head;
  }
  return npLeft(toks, k, 0);
}

/** "saw the Gulls as a cornerstone": an "as" before the clause ends. */
function seenAs(toks: Token[], from: number): boolean {
  for (let i = from; i < Math.min(toks.length, from + 10); i++) {
    if (toks[i].pos === 'PUNCT') return false;
    // (Not the "as" of a clause: "saw their side lose 3-0 as the rain poured down".)
    if (toks[i].norm === 'as') return !toks.slice(i + 1, i + 5).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
  }
  return false;
}

/** Masthead words a paper's own analysis is named by ("A Ledger review", "a Gazette investigation"). */
const MASTHEADS = 'Courier|Mercury|Gazette|Herald|Ledger|Post|Times|Tribune|Chronicle|Echo|Journal|Sentinel|Examiner|Observer|Express|Star|Record|Standard|Advertiser|Telegraph|Bulletin|Press|Register|Dispatch|Guardian|Globe|Inquirer|Argus|Courant|Mail|Citizen|Enquirer|Leader|Clarion|Beacon|Messenger|Gleaner|Recorder|Voice|Review|Reporter|Eagle|Banner|Pioneer|Monitor|Crier|Free Press|News';
const OWN_WORK_NOUNS = 'analysis|review|investigation|count|survey|examination|tally|check|comparison|audit|study|reconstruction|inquiry|look|poll';
const OUR_WORK = new RegExp(String.raw`^(?:[Oo]ur|[Tt]his (?:newspaper|paper|site|publication)(?:'s|’s)) (?:own )?(?:\w+ )?(?:${OWN_WORK_NOUNS})\b`, 'u');
const MASTHEAD_WORK = new RegExp(String.raw`^(?:[Aa]n?|[Tt]he) (${MASTHEADS})(?:'s|’s)? (?:own )?(?:${OWN_WORK_NOUNS})\b`, 'u');

/** The paper's work named after it: "a count by the Ledger", "An analysis of court records by this newspaper". */
const WORK_BY_US = new RegExp(String.raw`^(?:[Aa]n?|[Tt]he) (?:[\p{L}-]+ ){0,2}(?:${OWN_WORK_NOUNS})(?: of [^,;]{1,60})? by (?:this (?:newspaper|paper|site|publication)|the (${MASTHEADS}))$`, 'u');

/** Verbs by which a paper cites its own earlier reporting. */
const OWN_REPORTING = new Set(['report', 'reveal', 'disclose']);
const MASTHEAD_NAME = new RegExp(String.raw`^(?:[Tt]he )?(?:\p{Lu}[\p{L}'’-]+ )?(${MASTHEADS})$`, 'u');

/** "the Courier", "The Kelsham Courier" where the article shows the Courier is its own paper. */
function ownName(phrase: string, own: ReadonlySet<string> | undefined): boolean {
  const m = MASTHEAD_NAME.exec(phrase);
  return !!m && !!own?.has(m[1]);
}

/**
 * "Our own count", "this newspaper's analysis", and "A Courier analysis" or "a count by the Courier"
 * where the article shows the Courier is its own paper: the writer's work, not a source. "A Guardian
 * investigation" in a paper that is not the Guardian stays a source.
 */
function ownWork(phrase: string, own: ReadonlySet<string> | undefined): boolean {
  if (OUR_WORK.test(phrase)) return true;
  const m = MASTHEAD_WORK.exec(phrase);
  if (m) return !!own?.has(m[1]);
  const by = WORK_BY_US.exec(phrase);
  return !!by && (by[1] === undefined || !!own?.has(by[1]));
}

const SELF_REFERENCE = new RegExp(String.raw`\b(?:told|seen by|obtained by|reviewed by|shared with|provided to|given to|sent to|released to|leaked to|supplied to|spoke to|speaking to|talking to|asked by|contacted by) (?:the )?(${MASTHEADS})\b|\bthe (${MASTHEADS}) (?:has |had |have )?(?:seen|asked|contacted|approached|learned|learnt|obtained|reviewed|requested|counted|found)\b|\b(?:a|an|our) (${MASTHEADS}) (?:reporter|photographer|journalist|correspondent)\b|(?:©|\(c\)|[Cc]opyright)[^\n]{0,20}\b(${MASTHEADS})\b|\b[Ff]ollow the (${MASTHEADS})\b`, 'gu');

/** A masthead line near the top: "Oakhaven Mercury", "Kelsham Courier, Thursday 6 March", "By Nora Delacourt, Grayford Ledger". */
const MASTHEAD_LINE = new RegExp(String.raw`^(?:By [^\n,]{2,60}, )?(?:\p{Lu}[\p{L}'’-]+ ){0,3}(${MASTHEADS})(?:,[^\n]{0,40})?$`, 'gmu');

/** The names by which an article shows it is the paper speaking ("told the Courier", "the Ledger has seen"). */
export function ownMastheads(original: string): Set<string> {
  const found = new Set<string>();
  for (const m of original.slice(0, 600).matchAll(MASTHEAD_LINE)) found.add(m[1]);
  for (const m of original.matchAll(SELF_REFERENCE)) {
    const name = m.slice(1).find((x) => x !== undefined);
    if (name) found.add(name);
  }
  return found;
}

/** Verbs that only a speaker does: whoever "said" something spoke, whatever the noun. */
const SAYING = new Set(['say', 'tell', 'state', 'explain', 'insist', 'stress']);

/**
 * The kind of a speaker whose head noun no list knows ("…, the theatre said.", "Marenza's coast
 * guard said"): a noun phrase that says something is someone, a body or a document. Determined or
 * owned and singular, it is identified (named); "a …" and plurals are vague. Not a time, a number,
 * a word the tagger did not call a noun, or the object of a preposition or verb.
 */
function speakingNoun(toks: Token[], np: { from: number; to: number; head: number }, relativeSubject = false): SourceKind | null {
  const head = toks[np.head];
  // "specialists we spoke to during the break said": a preposition's or a verb's object is not the subject
  // (but "which the festival says would …": the subject of a relative clause).
  const before = toks[np.from - 1];
  if (before && !(relativeSubject && RELATIVE.has(before.norm)) && (before.pos === 'ADP' || before.pos === 'VERB' || before.pos === 'PRON')) return null;
  if (head.pos !== 'NOUN' || TIME_WORDS.has(head.norm) || MONTHS.test(head.norm) || !/^\p{L}/u.test(head.text)) return null;
  if (NOT_SPEAKERS.has(head.lemma) || NOT_SPEAKERS.has(head.norm)) return null;
  if (COLLECTIVES.has(head.norm) || PEOPLE_ADJECTIVES.has(head.norm)) return 'group';
  if (UNKNOWN_PEOPLE.has(head.norm)) return 'vague';
  const first = toks[np.from].norm;
  // "The plaintiffs say", "the guide's compilers said", "the majority said": people of some kind,
  // none of them identified (the training keys: vague).
  // (A word the lemmatiser does not know keeps its "s": "forwarders", "campaigners".)
  const plural = (head.norm !== head.lemma || !/(?:ss|us|is)$/.test(head.norm)) && head.norm.endsWith('s') && !SINGULAR_IN_S.has(head.norm);
  if (plural || SHARE_NOUNS.has(head.norm)) return 'vague';
  const owned = toks.slice(np.from, np.head).some(ownerMark) || OWNER_PRONOUNS.has(first);
  if (first === 'the' || first === 'this' || first === 'that' || owned) return 'named';
  return INDEFINITE.has(first) ? 'vague' : null;
}
const SHARE_NOUNS = new Set(['majority', 'minority', 'rest', 'remainder', 'half', 'bulk']);
const SINGULAR_IN_S = new Set(['headquarters', 'news', 'series', 'species', 'means', 'works', 'barracks', 'crossroads']);
/**
 * Things that "say" without being anyone's voice: instruments and displays ("the clock said 9pm",
 * "the machine said the card had been declined"), the body and the mind ("her instinct told her"),
 * and figures of speech ("the silence said more", "the weather said otherwise").
 */
const NOT_SPEAKERS = new Set(['clock', 'watch', 'thermometer', 'scoreboard', 'screen', 'display', 'machine', 'computer', 'sign', 'meter', 'gauge', 'dial', 'label', 'tag', 'phone', 'app', 'satnav', 'readout', 'monitor', 'forecast', 'instinct', 'face', 'heart', 'gut', 'mind', 'eye', 'eyes', 'voice', 'silence', 'weather', 'proverb', 'saying', 'story', 'timing', 'result', 'decision', 'pattern', 'evidence', 'number', 'picture', 'history', 'experience', 'logic', 'sense', 'reason', 'conscience']);
/** "The crowd told him to go home", "the couple told the inquest": people together (group). */
const COLLECTIVES = new Set(['crowd', 'couple', 'pair', 'trio', 'audience', 'crew', 'congregation', 'gathering', 'mob', 'class', 'panel', 'staff', 'workforce']);
/** "The caller said", "the stranger told her": someone the article cannot identify (vague). */
const UNKNOWN_PEOPLE = new Set(['caller', 'stranger', 'passer-by', 'bystander', 'onlooker']);

/**
 * After "said"/"told …": a clause, a quotation or "that" — something said. Not an object and
 * nothing more ("said nothing", "tells a different story", "said 9pm when …", "says more about the
 * board than …"), nor an order ("told staff to lie down").
 */
function saysAClause(toks: Token[], from: number): boolean {
  for (let i = from; i < Math.min(toks.length, from + 12); i++) {
    const t = toks[i];
    // 'said, "We have lost half the hives."', 'told the BBC: "…"', 'said on Sunday that', 'said, however, that'.
    if (t.norm === 'that' || t.text === ':' || OPEN_QUOTES.has(t.text)) return true;
    if (t.text === ',' || t.text === '(' || t.text === ')') continue;
    if (t.pos === 'PUNCT' || t.pos === 'SCONJ' || CLAUSE_STOPS.has(t.norm)) return false;
    if (t.norm === 'to' && (toks[i + 1]?.pos === 'VERB' || toks[i + 1]?.pos === 'AUX')) return false;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !t.norm.endsWith('ing') && i > from) return true;
  }
  return false;
}
const CLAUSE_STOPS = new Set(['when', 'while', 'as', 'than', 'because', 'before', 'after', 'until', 'and', 'but', 'or']);

/** Words that open a clause inside a relative clause ("who asked not to be named because …"). */
const SUBORDINATORS = new Set(['because', 'since', 'as', 'while', 'when', 'after', 'before', 'although', 'though', 'until', 'so']);

/**
 * "a welder who asked not to be named because his application is pending": the verb is in a clause
 * that hangs on a relative clause, so it is still part of the description of who speaks.
 */
function inRelativesSubclause(toks: Token[], verb: number): boolean {
  for (let j = verb - 1; j >= Math.max(1, verb - 6); j--) {
    if (toks[j].pos === 'PUNCT') return false;
    if (SUBORDINATORS.has(toks[j].norm)) {
      for (let r = j - 1; r >= Math.max(0, j - 10); r--) {
        if (toks[r].pos === 'PUNCT') return false;
        if (RELATIVE_OPENERS.has(toks[r].norm)) return true;
      }
      return false;
    }
  }
  return false;
}

/**
 * Right after a verb of saying, a lower-case word the tagger calls a verb, then perhaps more
 * nouns, then a capitalised name: a role before the speaker's name ("skipper Alan Trewin", "lead
 * author Dr Mira Castellanos"). Not "-ed"/"-ing" forms, which open a clause.
 */
function roleBeforeName(toks: Token[], j: number): boolean {
  const t = toks[j];
  if (t.pos !== 'VERB' || t.cap || /(?:ed|ing)$/.test(t.norm)) return false;
  let i = j + 1;
  while (i < toks.length && i - j <= 3 && toks[i].pos === 'NOUN' && !toks[i].cap) i++;
  const name = toks[i];
  return !!name && name.cap && name.pos === 'PROPN' && (toks[i + 1]?.pos === 'PROPN' || toks[i + 1]?.pos === 'PUNCT' || !toks[i + 1]);
}

/**
 * The comma-delimited segment holding the verb opens with "who", "which" or "whose": however many
 * verbs it coordinates ("Hal Brennock, who farms 300 hectares near Skelby and grew Dunlin in one of
 * the trial fields, said"), it is a relative clause, not the main one.
 */
function segmentIsRelative(toks: Token[], verb: number): boolean {
  // "The Kessick Riverkeepers, a volunteer group that first collected water samples …, said", "Safe Care
  // Families, a campaign group founded by relatives …, says": an appositive noun phrase whose noun a
  // relative clause or a participle describes.
  let relative = false;
  for (let r = verb - 1; r >= Math.max(0, verb - 30); r--) {
    const t = toks[r];
    if (t.text === ',') {
      const first = toks[r + 1];
      if (RELATIVE_OPENERS.has(first.norm)) return true;
      // (Only after a bare noun phrase: in "The river burst its banks, the water that had built up for
      // days flooding the streets, said Tom Hale" the segment is no appositive of "its banks".)
      return relative && (first.pos === 'DET' || first.pos === 'ADJ' || first.pos === 'NOUN' || first.pos === 'PRON' && POSSESSIVE_PRONOUNS.has(first.norm)) && !clauseBefore(toks, r);
    }
    if (t.pos === 'PUNCT') return false;
    const before = toks[r - 1];
    if ((RELATIVE_OPENERS.has(t.norm) || t.norm === 'that') && before && (before.pos === 'NOUN' || before.pos === 'PROPN')) relative = true;
    if (r === verb - 1 && before && t.pos === 'NOUN' && toks[verb].pos === 'VERB' && /ed$/.test(toks[verb].norm)) relative = true;
  }
  return false;
}

/**
 * The words between the comma at `comma` and the comma or sentence start before it are a clause, not
 * a bare noun phrase: a verb, or an owner inside the phrase ("The river burst its banks", where the
 * tagger calls "burst" a noun).
 */
function clauseBefore(toks: Token[], comma: number): boolean {
  let r = comma - 1;
  for (; r >= 0 && toks[r].text !== ','; r--) {
    if ((toks[r].pos === 'VERB' || toks[r].pos === 'AUX') && !nameContinuation(toks, r) && !nounReadAsVerb(toks, r, 0)) {
      // "Ada Kereszt, who runs the Merrowby Welcome Group, a volunteer network that …": a relative
      // clause opening after a comma describes a speaker; it is no clause of its own.
      let o = r;
      while (o > 0 && toks[o - 1].text !== ',') o--;
      return !(o > 0 && RELATIVE_OPENERS.has(toks[o].norm));
    }
  }
  for (let q = r + 2; q < comma; q++) if (POSSESSIVE_PRONOUNS.has(toks[q].norm)) return true;
  return false;
}

/**
 * A noun the tagger read as a verb at the end of a noun phrase: "the housing lead,", "the council's
 * lead on housing", "its head": no finite verb follows a determiner or an owner with nothing between.
 */
function nounReadAsVerb(toks: Token[], i: number, from: number): boolean {
  const t = toks[i];
  if (t.pos !== 'VERB' || t.cap || i <= from || /(?:ed|ing|en)$/.test(t.norm)) return false;
  const next = toks[i + 1];
  // ("the study's lead author": a noun may follow the misread one.)
  if (next && next.pos !== 'PUNCT' && next.pos !== 'ADP' && !(next.pos === 'NOUN' && !next.cap)) return false;
  const owner = (x: Token | undefined): boolean => !!x && (x.pos === 'DET' || ownerMark(x) || POSSESSIVE_PRONOUNS.has(x.norm));
  const p = toks[i - 1];
  return owner(p) || ((p.pos === 'NOUN' || p.pos === 'ADJ') && i - 1 > from && owner(toks[i - 2]));
}

function skipAppositive(toks: Token[], comma: number): number {
  // (30 words: "Ray Cassidy, 52, who served two tours with the Northern Rifles and has been treated at the
  // service's Wexley clinic since 2021, said".)
  for (let i = comma - 1; i >= Math.max(0, comma - 30); i--) {
    const t = toks[i];
    // "Kyle Brandt, an electrician from Ashby Crossing, said": a capitalised word read as a verb inside a name.
    if (nounReadAsVerb(toks, i, 0) || (t.pos === 'VERB' && nameContinuation(toks, i))) continue;
    // ", published on Monday," is a participle phrase: step over it like an appositive.
    if (t.pos === 'VERB' && toks[i - 1]?.text === ',' && /(?:ed|ing|en)$/.test(t.norm)) continue;
    // "the Port Avery-based maker": a hyphenated compound is an adjective, not a clause's verb.
    if (t.pos === 'VERB' && (toks[i - 1]?.text === '-' || toks[i - 1]?.text === '–') && !t.spaceBefore) continue;
    if (t.text === ',') {
      const after = toks[i + 1];
      // "Mary Felton, whose father, Arthur, was a client, said": a segment that opens with a finite
      // verb continues a relative clause begun further left; its antecedent is before that clause.
      if (after && (after.pos === 'AUX' || (after.pos === 'VERB' && !/(?:ed|ing|en)$/.test(after.norm)))) {
        const rel = relativeOpenerLeft(toks, i, Math.max(0, comma - 30));
        if (rel > 0) return toks[rel - 1].text === ',' && rel - 2 >= 0 ? rel - 2 : -1;
      }
      const b = toks[i - 1];
      // ("Amalgamated Transit Workers Local 1190, which represents …, said": a union local's number ends its name.)
      const unitNumber = !!b && b.pos === 'NUM' && !!toks[i - 2] && UNIT_WORDS.has(toks[i - 2].norm) && toks[i - 2].cap;
      // ("One, who …, said", "Another, a welder, said": one of the people described, on its own.)
      // (Not a thing: "One, issued in Qaresh in 2014, says" is a document.)
      const loneSpeaker = !!b && (loneOne(toks, i - 1) || b.norm === 'another') && (i - 1 === 0 || toks[i - 2].pos === 'PUNCT' || toks[i - 2].pos === 'CCONJ') && after?.pos !== 'VERB';
      if (b && (b.pos === 'NOUN' || b.pos === 'PROPN' || b.pos === 'PRON' || unitNumber || loneSpeaker || (b.text === ')' && bracketOpen(toks, i - 1, 0) >= 0))) {
        // "Ada Kereszt, who runs the Merrowby Welcome Group, a volunteer network that …, said": the
        // noun before this comma is the object inside a relative clause; its antecedent speaks.
        const rel = relativeOpenerLeft(toks, i, Math.max(0, comma - 30));
        if (rel >= 2 && toks[rel - 1].text === ',' && (toks[rel - 2].pos === 'PROPN' || toks[rel - 2].pos === 'NOUN') && toks.slice(rel + 1, i).some((x) => x.pos === 'VERB' || x.pos === 'AUX')) return rel - 2;
        return i - 1;
      }
      // "June Arkwright, 81, who waited three days …, said", "Margaret Tull, 84, a nurse, said": the
      // age between commas belongs to the name before it.
      if (b && b.pos === 'NUM' && /^\d{1,3}$/.test(b.text) && toks[i - 2]?.text === ',' && i >= 3 && (toks[i - 3].pos === 'PROPN' || toks[i - 3].pos === 'NOUN' || nameContinuation(toks, i - 3))) return i - 3;
      return -1;
    }
    if (t.pos === 'VERB' && !['named', 'identified', 'asked', 'spoke', 'speaking', 'authorised', 'authorized', 'requested', 'declined', 'be', 'want'].includes(t.norm) && !toks.slice(i - 3 < 0 ? 0 : i - 3, i).some((x) => RELATIVE_OPENERS.has(x.norm))) {
      // a full clause, not an appositive
      if (!toks.slice(Math.max(0, i - 6), i).some((x) => RELATIVE_OPENERS.has(x.norm)) && !inRelativesSubclause(toks, i) && !segmentIsRelative(toks, i)) return -1;
    }
  }
  return -1;
}
