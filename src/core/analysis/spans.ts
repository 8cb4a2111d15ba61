/**
 * Lexicon spans inside one sentence: loaded words, hedges / certainty / intensifiers, and the
 * writer's framing cues (motive readings, predictions, calls to action, first person).
 */
import type { Token } from './nlp';
import type { FramingKind, Lexicons, LoadedEntry, MarkerKind } from './lexicons';

export interface TokenMatch<T> {
  from: number;
  to: number;
  entry: T;
}

/**
 * Headline verbs: wink tags the verb of "Senator blasts critics" as a plural noun. A VERB-only
 * entry still matches an -s word tagged NOUN between a subject (name, noun, pronoun) and an
 * object (name, determiner, pronoun; or any noun after a name).
 */
function headlineVerb(toks: Token[], i: number, pos: string): boolean {
  const t = toks[i];
  if (pos !== 'VERB' || t.pos !== 'NOUN' || !t.norm.endsWith('s') || t.norm.endsWith('ss')) return false;
  const prev = toks[i - 1];
  const next = toks[i + 1];
  if (!prev || !next) return false;
  if (prev.pos === 'PROPN' && next.pos === 'NOUN') return true;
  return (prev.pos === 'PROPN' || prev.pos === 'PRON' || prev.pos === 'NOUN') && (next.pos === 'PROPN' || next.pos === 'DET' || next.pos === 'PRON');
}

/** Token i belongs to a capitalised multi-word name ("United Nations", "Islamic Jihad"). */
function inCapitalisedName(toks: Token[], i: number): boolean {
  const t = toks[i];
  if (!t.cap) return false;
  const prev = toks[i - 1];
  const next = toks[i + 1];
  const capNeighbour = (x: Token | undefined): boolean => !!x && x.cap && (x.pos === 'PROPN' || x.pos === 'NOUN' || x.pos === 'ADJ');
  if (i > 0 && (t.pos === 'PROPN' || capNeighbour(prev) || capNeighbour(next))) return true;
  // Sentence-initial: only part of a name when the next word is capitalised too.
  return i === 0 && capNeighbour(next) && next!.pos === 'PROPN';
}

/**
 * Hyphenated words matched by word-formation patterns (anti-/pro- coinages, "gun-obsessed").
 * wink keeps some hyphenated words whole and splits others ("Trump - loving"), so the word is
 * rebuilt from tokens joined by an unspaced hyphen before it is tested.
 */
function findCompounds(toks: Token[], lex: Lexicons, taken: Uint8Array): TokenMatch<LoadedEntry>[] {
  const out: TokenMatch<LoadedEntry>[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (taken[i] || toks[i].pos === 'PUNCT') continue;
    let j = i + 1;
    let word = toks[i].norm;
    while (j + 1 < toks.length && toks[j].text === '-' && !toks[j].spaceBefore && !toks[j + 1].spaceBefore && toks[j + 1].pos !== 'PUNCT') {
      word += '-' + toks[j + 1].norm;
      j += 2;
    }
    const dash = word.indexOf('-');
    if (dash > 0 && !/^\d/.test(word)) {
      const entry = lex.compound(word);
      if (entry) {
        let free = true;
        for (let k = i; k < j; k++) if (taken[k]) free = false;
        if (free) out.push({ from: i, to: j, entry });
      }
    }
    i = j - 1;
  }
  return out;
}

export function findLoaded(toks: Token[], lex: Lexicons): TokenMatch<LoadedEntry>[] {
  let listed = findListed(toks, lex);
  if (listed.length) {
    const neutral = lex.neutralPhrases.findAll(toks);
    if (neutral.length) listed = listed.filter((m) => !neutral.some((n) => n.from <= m.from && n.to >= m.to));
  }
  if (!lex.hasCompounds) return listed;
  const taken = new Uint8Array(toks.length);
  for (const m of listed) for (let k = m.from; k < m.to; k++) taken[k] = 1;
  const compounds = findCompounds(toks, lex, taken);
  if (!compounds.length) return listed;
  return [...listed, ...compounds].sort((a, b) => a.from - b.from);
}

function findListed(toks: Token[], lex: Lexicons): TokenMatch<LoadedEntry>[] {
  return lex.loaded.findAll(toks, 0, toks.length, (m) => {
    const e = m.entry;
    if (e.pos && m.to - m.from === 1 && toks[m.from].pos !== e.pos && !headlineVerb(toks, m.from, e.pos)) return false;
    if (e.category !== 'label' || e.term === e.term.toLowerCase()) {
      for (let i = m.from; i < m.to; i++) if (inCapitalisedName(toks, i)) return false;
    }
    return true;
  });
}

export function findMarkers(toks: Token[], lex: Lexicons): TokenMatch<{ kind: MarkerKind; term: string }>[] {
  return lex.markers.findAll(toks, 0, toks.length, (m) => {
    const t = toks[m.from];
    if (t.norm === 'may' && m.to - m.from === 1) {
      // "May 5", "in May", "Theresa May": the month or a name, not the modal.
      if (t.text === 'May' && m.from > 0) return false;
      const next = toks[m.from + 1];
      if (next && (next.pos === 'NUM' || next.text === ',' || next.text === '.')) return false;
      const prev = toks[m.from - 1];
      if (prev && ['in', 'of', 'since', 'until', 'by', 'early', 'late', 'mid', 'last', 'next', 'this'].includes(prev.norm)) return false;
    }
    if (t.norm === 'might' && t.pos === 'NOUN') return false;
    if (t.norm === 'most' && t.pos !== 'ADV') return false;
    if ((t.norm === 'potential' || t.norm === 'possible') && t.pos === 'NOUN') return false;
    if (t.norm === 'indeed' && m.from > 0 && toks[m.from - 1].norm === 'very') return false;
    return markerInContext(toks, m.from, m.to);
  });
}

/** Verbs after "could" that speak of what may happen (possibility), not of what someone is able to do. */
const POSSIBILITY_VERBS = new Set([
  // (2.23.0: verbs the training keys call a hedge after "could" every time they occur three times or
  // more — prevent, account for — and kin that change a quantity or a course.)
  // (Not move, begin, include, explain: "residents could move freely", "fans could begin queuing", "you
  // could include a note" are ability or an option as often; review of 2.24.0.)
  'prevent', 'account', 'lengthen', 'narrow', 'discourage', 'limit', 'widen', 'deepen', 'weaken',
  'be', 'have', 'become', 'mean', 'cost', 'lead', 'result', 'cause', 'trigger', 'rise', 'fall', 'drop', 'face', 'affect',
  'hit', 'spread', 'end', 'happen', 'delay', 'force', 'push', 'add', 'change', 'worsen', 'collapse', 'threaten', 'derail',
  'undermine', 'leave', 'prove', 'take', 'run', 'reach', 'climb', 'double', 'halve', 'slip', 'put', 'spell', 'go',
  'soar', 'lose', 'increase', 'decrease', 'reduce', 'grow', 'shrink', 'fail', 'raise', 'cut', 'slow', 'stall', 'damage',
  'harm', 'hurt', 'kill', 'close', 'spark', 'jump', 'plunge', 'decline', 'disappear', 'vanish', 'drive', 'send', 'mark',
  'signal', 'set', 'open', 'face', 'come', 'return', 'resume', 'stop', 'block', 'jeopardise', 'jeopardize', 'risk', 'expose',
  'continue', 'follow', 'pass', 'occur', 'arrive', 'save', 'see', 'exceed', 'top', 'bring', 'create', 'boost', 'improve',
  'help', 'trigger', 'last', 'require', 'need', 'push', 'wipe', 'ease', 'overwhelm', 'collapse',
]);
const NEGATORS = new Set(['not', "n't", 'never', 'no', 'cannot', 'nobody', 'nothing']);
/** Subjects that negate what "could" says: "nobody could prove", "neither account could be verified". */
const NEGATED_SUBJECTS = new Set(['nobody', 'neither', 'none', 'noone']);
/** "We do not suggest that …": the writer proposing or disclaiming, not a source's hedged finding. */
const FIRST_PERSON_SUBJECTS = new Set(['i', 'we']);
/** "could hardly be worse": a near-negation, a verdict rather than a doubt. */
const NEAR_NEGATORS = new Set(['hardly', 'scarcely', 'barely']);
/** Clause openers after which "could" states a purpose, a condition of time or an open question, not doubt. */
const COULD_NOT_DOUBT_AFTER = new Set(['so', 'before', 'until', 'till', 'whether', 'nothing', 'everything', 'anything', 'that', 'which']);

/**
 * "could" hedges a prediction ("delays could continue"), but not in a purpose or time clause ("so
 * they could go", "before the track could be repaired"), an open question ("whether it could run"),
 * a relative clause of what was possible ("everything that could go wrong"), a counterfactual past
 * ("could have prevented") or the idiom "could be forgiven".
 */
function couldIsOpenPossibility(toks: Token[], could: number, verb: number): boolean {
  for (let k = could - 1; k >= Math.max(0, could - 4); k--) {
    const p = toks[k];
    if (p.pos === 'PUNCT') break;
    if (COULD_NOT_DOUBT_AFTER.has(p.norm) && (p.norm !== 'that' || k === could - 1 || toks[k + 1]?.pos === 'PRON')) {
      // "said that X could …" reports a prediction: only a "that" right before "could" (a relative
      // clause) or before a pronoun subject of a purpose clause ("so that they could") counts.
      if (p.norm === 'that' && k > 0 && toks[k - 1].norm !== 'so' && k !== could - 1) continue;
      return false;
    }
  }
  const v = toks[verb];
  const after = toks[verb + 1];
  if (v.norm === 'have' && after && after.norm !== 'been' && /(?:ed|en|wn|ne|ught|id)$/.test(after.norm)) return false;
  if (v.norm === 'be' && after?.norm === 'forgiven') return false;
  return true;
}
/** Nouns before a literal "of course": "a change of course", "as a matter of course". */
const COURSE_NOUNS = new Set(['change', 'changes', 'matter', 'reversal', 'correction', 'corrections', 'alteration', 'collision']);
/** Adjectives and participles of how plainly something is seen or marked: "clearly visible". */
const PERCEIVED = new Set(['visible', 'audible', 'marked', 'labelled', 'labeled', 'signposted', 'defined', 'lit', 'legible', 'displayed', 'printed', 'signed']);
/** Participles after which "in part" says how much, not how sure: "funded in part by", "read in part to the court". */
const NOT_CAUSE_WORDS = new Set(['funded', 'paid', 'financed', 'read', 'written', 'owned', 'built', 'sponsored', 'backed', 'supported', 'covered', 'published', 'broadcast', 'quoted', 'reproduced', 'refunded', 'repaid']);
const COMPARATIVE_BEFORE_LIKELY = new Set(['more', 'less', 'as', 'times', 'equally', 'twice', 'least', 'thrice', 'most']);

/**
 * Markers in context (analyser 2.0.0): words of the marker lists that have a second sense.
 * - "could" is a hedge of possibility ("could cost jobs", "could be delayed"), not ability ("the plant
 *   could store 1,600 MWh", "nothing we could save") and never when negated ("could not prove").
 * - "likely" after more/less/as/…times is a statistical comparison ("twice as likely to"), not doubt.
 * - "prove(s/d/n)", "kind of" and "so-called" left the lists in 2.2.0 (see markers.json's notes).
 * - "plainly" at the end of a clause is manner ("tell schools plainly"), not certainty.
 * - "alleged" as an accuser's reporting verb ("had alleged that") is not a hedge; before a noun it is.
 */
function markerInContext(toks: Token[], from: number, to: number): boolean {
  const t = toks[from];
  const prev = (k = 1): Token | undefined => toks[from - k];
  const next = (k = 1): Token | undefined => toks[to - 1 + k];
  if (t.norm === 'could' && to - from === 1) {
    let j = to;
    while (toks[j] && (toks[j].pos === 'ADV' && !NEGATORS.has(toks[j].norm) && !NEAR_NEGATORS.has(toks[j].norm))) j++;
    const v = toks[j];
    if (!v || NEGATORS.has(v.norm) || NEAR_NEGATORS.has(v.norm)) return false;
    if (!couldIsOpenPossibility(toks, from, j)) return false;
    // "nobody could prove", "Neither account could be verified": the negated subject of "could"
    // itself (not "Problems nobody foresaw could …").
    if (NEGATED_SUBJECTS.has(prev()?.norm ?? '') || (NEGATED_SUBJECTS.has(prev(2)?.norm ?? '') && prev()?.pos === 'NOUN')) return false;
    return POSSIBILITY_VERBS.has(v.lemma) || POSSIBILITY_VERBS.has(v.norm);
  }
  // "in parts of the county" says where, not how sure (the keys mark it 0 of 3); "in part" hedges a cause.
  if (t.norm === 'in' && toks[to - 1]?.norm === 'parts') return false;
  // "a change of course" is a direction; "clearly visible" is how well something is seen (2.23.0).
  if (t.norm === 'of' && toks[to - 1]?.norm === 'course' && COURSE_NOUNS.has(prev()?.norm ?? '')) return false;
  if (t.norm === 'clearly' && to - from === 1 && PERCEIVED.has(next()?.norm ?? '')) return false;
  // "in part" hedges a cause ("caused in part by dry weather", "stems in part from"), not who paid
  // ("funded in part by a grant": the training keys never mark it, 0 of 6) or what was read ("read in
  // part to the court").
  if (t.norm === 'in' && toks[to - 1]?.norm === 'part' && to - from === 2 && NOT_CAUSE_WORDS.has(prev()?.norm ?? '')) return false;
  if ((t.lemma === 'suggest' || t.norm === 'suggest') && FIRST_PERSON_SUBJECTS.has(prev()?.norm ?? '')) return false;
  if ((t.lemma === 'suggest' || t.norm === 'suggest') && ['do', 'not', "n't"].includes(prev()?.norm ?? '') && FIRST_PERSON_SUBJECTS.has(prev(prev()?.norm === 'not' || prev()?.norm === "n't" ? 3 : 2)?.norm ?? '')) return false;
  if ((t.norm === 'likely' || t.norm === 'unlikely') && to - from === 1) {
    const p = prev();
    if (p && COMPARATIVE_BEFORE_LIKELY.has(p.norm)) return false;
    if (next()?.norm === 'than') return false;
    if (p && (p.pos === 'DET' || p.pos === 'ADJ' || p.pos === 'NUM') && next()?.pos !== 'PART' && next()?.norm !== 'to') return false; // "an unlikely setting", "600 likely voters"
  }
  if (t.lemma === 'expect' || t.norm === 'expected' || t.norm === 'expect') {
    // "didn't expect to feel the floor vibrate", "can expect to live nine fewer years": no doubt about a claim.
    for (let k = 1; k <= 3; k++) {
      const p = prev(k);
      if (!p || p.pos === 'PUNCT') break;
      if (NEGATORS.has(p.norm) || p.norm === 'can') return false;
    }
  }
  if ((t.norm === 'alleged' || t.norm === 'alleges' || t.norm === 'allege') && to - from === 1) {
    // "Prosecutors had alleged that …", "The suit alleges …": the reporting verb of an accuser,
    // not the writer's hedge ("1,460 alleged violations" is one). The training keys agree 4 of 4.
    const p = prev();
    const n = next();
    if (n && (n.norm === 'that' || n.pos === 'DET' || n.pos === 'PRON' || n.pos === 'ADP')) return false;
    if (p && (p.pos === 'AUX' || p.pos === 'NOUN' || p.pos === 'PROPN' || p.pos === 'PRON') && !(n && (n.pos === 'NOUN' || n.pos === 'ADJ'))) return false;
  }
  if (t.norm === 'plainly') {
    // "Plainly, the council has failed" opens the sentence: certainty. "tell schools plainly" ends a clause: manner.
    const p = prev();
    const opens = !p || p.pos === 'PUNCT';
    const n = next();
    if (!opens && (!n || n.pos === 'PUNCT' || n.norm === 'what' || n.norm === 'that' || n.norm === 'how')) return false;
  }
  return true;
}

export interface FramingMatch {
  from: number;
  to: number;
  kind: FramingKind | 'firstPerson';
  term: string;
}

export function findFramingCues(toks: Token[], lex: Lexicons): FramingMatch[] {
  const out: FramingMatch[] = [];
  for (const m of lex.framing.findAll(toks)) {
    if (m.entry.kind === 'interpretation') continue; // handled with attribution (depends on the subject)
    const t = toks[m.from];
    // Modal call-to-action words must be modals, not nouns ("a must").
    if ((t.norm === 'must' || t.norm === 'should') && t.pos !== 'AUX' && t.pos !== 'VERB') continue;
    if (m.entry.kind === 'callToAction' && (t.norm === 'demand' || t.norm === 'urge') && t.pos !== 'VERB') continue;
    out.push({ from: m.from, to: m.to, kind: m.entry.kind, term: m.entry.term });
  }
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.pos === 'PRON' || t.pos === 'DET') {
      if (lex.firstPerson.has(t.norm) && !(t.text === 'US')) out.push({ from: i, to: i + 1, kind: 'firstPerson', term: t.norm });
    }
  }
  return out.sort((a, b) => a.from - b.from);
}

/**
 * The sentiment signal (analyser 1.2.0): an adjective or adverb that wink's sentiment lexicon
 * scores strongly negative, outside names, in a sentence that already reads as opinion.
 * Both cut-offs were chosen on the BABE DEV half from a small grid (valence −0.2 / −0.4 / −0.6 ×
 * P(subjective) 0 / 0.3 / 0.4 / 0.5 / 0.6; DEV word F1 is flat at 0.387–0.390 around the choice):
 * without the sentence gate these words are mostly descriptive ("poor families", "a dead tree").
 */
export const SENTIMENT_MAX_VALENCE = -0.4;
export const SENTIMENT_MIN_P_SUBJECTIVE = 0.4;

const SENTIMENT_ENTRY: LoadedEntry = {
  term: '',
  category: 'evaluative',
  reason: 'a strongly negative word (automatic sentiment score, not the hand-written list) in a sentence that reads as opinion; check whether it describes or judges',
  neutral: [],
  single: true,
};

/** Negative-valence adjectives and adverbs not already covered by `taken` (lexicon matches). */
export function findSentimentLoaded(toks: Token[], lex: Lexicons, taken: TokenMatch<LoadedEntry>[]): TokenMatch<LoadedEntry>[] {
  const out: TokenMatch<LoadedEntry>[] = [];
  let neutral: TokenMatch<{ term: string }>[] | null = null;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.sentiment === undefined || t.sentiment > SENTIMENT_MAX_VALENCE) continue;
    if (t.pos !== 'ADJ' && t.pos !== 'ADV') continue;
    if (lex.sentimentNotLoaded.has(t.norm) || lex.sentimentNotLoaded.has(t.lemma)) continue;
    // Never a proper name or part of one ("Grave Street", "Bad Homburg"): capitalised words
    // other than the first of the sentence are skipped outright.
    if (t.cap && (i > 0 || inCapitalisedName(toks, i))) continue;
    if (taken.some((m) => m.from <= i && m.to > i)) continue;
    neutral ??= lex.neutralPhrases.findAll(toks);
    if (neutral.some((n) => n.from <= i && n.to > i)) continue;
    out.push({ from: i, to: i + 1, entry: { ...SENTIMENT_ENTRY, term: t.norm } });
  }
  return out;
}
