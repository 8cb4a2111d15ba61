/**
 * Corrections to wink's part-of-speech tags where news text trips it up in ways that hide a speaker,
 * applied to every sentence right after tagging so the attribution rules, the features and the
 * models all see the same tags. Each fix is narrow: a tag is changed only where its context leaves
 * one reading (the training keys' sentences with a source but no attribution found, analyser 2.23.0:
 * "Consumer group Fair Cover/VERB said/ADJ insurers were …", "Its rival/ADJ, Corran Airways, said",
 * "Some say/NOUN it builds …").
 */
import type { Token } from './nlp';

/** Determiners that can stand alone as the subject of a verb of saying ("Some say", "Others argue"). */
const QUANTIFIERS = new Set(['some', 'many', 'most', 'others', 'several', 'few', 'another', 'both', 'all']);
/** Forms of "say" the tagger reads as a noun or an adjective. */
const SAY_FORMS = new Map([['say', 'say'], ['says', 'say'], ['said', 'say']]);
/** Words that own the noun after them: "Its rival", "the accused", "their lawyer". */
const OWNERS = new Set(['its', 'their', 'his', 'her', 'our', 'the', 'this', 'that']);
const POSSESSIVE = new Set(["'s", '’s']);
/** Possessive pronouns (not "the", "this", "that", which OWNERS also holds). */
const OWNER_PRONOUNS = new Set(['its', 'their', 'his', 'her', 'our']);

const CLOSING_QUOTES = new Set(['"', '”', '’', "'"]);
const SHOW_FORMS = new Set(['show', 'shows', 'showed']);
const RECORD_FORMS = new Set(['record', 'records']);

const isWord = (t: Token | undefined): boolean => !!t && /\p{L}/u.test(t.text);

/** True when every word of four letters or more is capitalised: a headline in title case, where capitals mark no names. */
function titleCase(toks: readonly Token[]): boolean {
  let words = 0;
  for (const t of toks) {
    if (!isWord(t) || t.text.length < 4) continue;
    if (!t.cap) return false;
    words++;
  }
  return words >= 3;
}

/**
 * "Fair Cover/VERB", "the Financial Conduct/VERB Board": a capitalised word inside a run of names, not
 * opening the sentence and not in a title-case headline, is part of the name, whatever its ending
 * ("Rob/VERB Felling/VERB said", "the Allied/VERB Food and Drink Workers union"). So is one before a
 * name ("on Grant/VERB Avenue") or before "said" after a comma or a closing quotation mark ("…,"
 * Banning/VERB said), or after a capitalised word before "said". Right to left, so a name read as two
 * verbs is mended from its end.
 */
function namesReadAsVerbs(toks: Token[]): void {
  if (titleCase(toks)) return;
  for (let i = toks.length - 1; i >= 0; i--) {
    const t = toks[i];
    const prev = toks[i - 1];
    const next = toks[i + 1];
    if (t.pos !== 'VERB' || !t.cap) continue;
    // "Drum/VERB said the federation …", "Ward/VERB says they …": a surname that is also a verb, opening
    // the sentence before "said"/"says" (a verb cannot be their subject; an imperative never takes one).
    if (!prev || /^[.!?]$/.test(prev.text)) {
      if (next?.norm === 'said' || next?.norm === 'says') t.pos = 'PROPN';
      continue;
    }
    // "Members of Unite/VERB's executive": a verb never takes a possessive; a capitalised one is a name.
    if (next && POSSESSIVE.has(next.norm)) {
      t.pos = 'PROPN';
      continue;
    }
    // "Adeyemi-Cross/VERB said": the second half of a hyphenated surname.
    if (prev.text === '-' && !prev.spaceBefore && !t.spaceBefore && toks[i - 2]?.pos === 'PROPN' && toks[i - 2].cap) {
      t.pos = 'PROPN';
      continue;
    }
    const beforeSay = !!next && SAY_FORMS.has(next.norm);
    if ((prev.pos === 'PROPN' && prev.cap) || (next?.pos === 'PROPN' && next.cap) || (beforeSay && (prev.text === ',' || CLOSING_QUOTES.has(prev.text) || prev.cap))) t.pos = 'PROPN';
  }
}

/** Reporting verbs the tagger reads as nouns in a closing tag ("…, the paper reports."), with their lemmas. */
const TAIL_VERBS = new Map([
  ['reports', 'report'], ['records', 'record'], ['shows', 'show'], ['finds', 'find'], ['says', 'say'], ['notes', 'note'],
  ['estimates', 'estimate'], ['states', 'state'], ['lists', 'list'], ['suggests', 'suggest'], ['concludes', 'conclude'],
  ['warns', 'warn'], ['argues', 'argue'], ['claims', 'claim'], ['adds', 'add'],
  ['show', 'show'], ['estimate', 'estimate'], ['suggest', 'suggest'], ['say', 'say'], ['report', 'report'], ['record', 'record'], ['note', 'note'], ['find', 'find'], ['claim', 'claim'], ['warn', 'warn'],
]);
/** Third-person reporting verbs a singular document takes ("The filing lists …", "The ledger records …"). */
const SINGULAR_SUBJECT_REPORTS = new Set(['lists', 'shows', 'records', 'finds', 'estimates', 'puts']);
/** Bare reporting verbs the tagger reads as nouns before "that". */
const BARE_REPORTS = new Set(['estimate', 'say', 'suggest', 'show', 'warn', 'claim', 'argue', 'fear', 'believe', 'expect', 'report', 'note', 'find', 'predict', 'forecast', 'calculate', 'reckon', 'insist', 'accept', 'acknowledge', 'concede']);
const TAIL_OPENERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those']);

/** "… annual report for 2024 shows/NOUN 63 deaths": a year closing a document's phrase before the verb. */
function yearClosingPhrase(toks: Token[], k: number): boolean {
  const t = toks[k];
  return !!t && t.pos === 'NUM' && /^(?:19|20)\d\d$/.test(t.text) && ['for', 'in', 'of'].includes(toks[k - 1]?.norm ?? '');
}

/**
 * "…, its accounts show/NOUN.", "…, the paper reports/NOUN, the difference …": a short noun phrase
 * after a comma, then a reporting word, then the clause's end. A plural noun takes the bare form
 * ("its accounts show"), a singular one the -s form ("the judgment records").
 */
function closingTagVerb(toks: Token[], i: number): boolean {
  const t = toks[i];
  const lemma = TAIL_VERBS.get(t.norm);
  const next = toks[i + 1];
  if (!lemma || t.pos !== 'NOUN' || (next && !/^[.,!?;”"’]$/.test(next.text))) return false;
  const head = toks[i - 1];
  if (!head || (head.pos !== 'NOUN' && head.pos !== 'PROPN')) return false;
  const plural = /[^s]s$/.test(head.norm) || head.norm === 'data';
  if (plural !== (t.norm === lemma)) return false;
  for (let j = i - 2; j >= Math.max(0, i - 7); j--) {
    const x = toks[j];
    if (x.text === ',') return j + 1 < i - 1 && TAIL_OPENERS.has(toks[j + 1].norm);
    if (!(x.pos === 'DET' || x.pos === 'ADJ' || x.pos === 'NOUN' || x.pos === 'PROPN' || x.norm === "'s" || x.norm === '’s' || TAIL_OPENERS.has(x.norm))) return false;
  }
  return false;
}

/**
 * The subject before token `i` is plural: the noun just before it ("Business groups in the region
 * estimate"), or a plural noun opening the phrase before a preposition ("Economists at Tarrow Business
 * School estimate"). "The police report that …", "The government claim that …" have none.
 */
function pluralSubjectBefore(toks: readonly Token[], i: number): boolean {
  const plural = (t: Token): boolean => (t.pos === 'NOUN' || t.pos === 'PROPN') && /[^s]s$/.test(t.norm);
  if (plural(toks[i - 1])) return true;
  for (let j = i - 2; j >= Math.max(0, i - 8); j--) {
    if (toks[j].pos === 'PUNCT' || toks[j].pos === 'VERB' || toks[j].pos === 'AUX') return false;
    if (plural(toks[j]) && toks[j + 1]?.pos === 'ADP') return true;
  }
  return false;
}

/**
 * "that" at `at` opens a complement clause ("estimate that the strikes cost …"), not a relative one
 * with a gap ("the report that the family requested was never released", "the show that ran"): a
 * subject follows "that", and its verb is not followed at once by an auxiliary (the main clause's).
 */
function complementClause(toks: readonly Token[], at: number): boolean {
  const first = toks[at + 1];
  if (!first || first.pos === 'VERB' || first.pos === 'AUX' || first.pos === 'PUNCT') return false;
  for (let j = at + 2; j < toks.length && j - at <= 8; j++) {
    if (toks[j].pos === 'VERB' || toks[j].pos === 'AUX') {
      let k = j + 1;
      while (toks[k] && (toks[k].pos === 'ADV' || toks[k].pos === 'PART')) k++;
      return !(toks[k]?.pos === 'AUX' && toks[j].pos === 'VERB');
    }
    if (toks[j].pos === 'PUNCT') break;
  }
  // (No verb read: the tagger made it a noun, "the strikes cost/NOUN £40 million"; a relative clause
  // always has its verb.)
  return true;
}

export function correctTags(toks: Token[]): Token[] {
  namesReadAsVerbs(toks);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const prev = toks[i - 1];
    const next = toks[i + 1];
    const say = SAY_FORMS.get(t.norm);
    // "Fair Cover/VERB said/ADJ", "Some say/NOUN it …": a form of "say" after a subject is the verb
    // (not "the said property", "a say in", "their say").
    const quantifierOpens = !!prev && QUANTIFIERS.has(prev.norm) && (i === 1 || toks[i - 2].pos === 'PUNCT' || toks[i - 2].pos === 'CCONJ');
    // "which ministers say/NOUN will cut costs", "that public health doctors say/NOUN is needed": after a
    // plural noun and before a verb or a clause.
    const afterPlural = t.norm === 'say' && !!prev && prev.pos === 'NOUN' && /[^s]s$/.test(prev.norm) &&
      !!next && (next.pos === 'AUX' || next.pos === 'VERB' || next.norm === 'that' || (next.pos === 'PRON' && next.norm !== 'its'));
    if (say && t.pos !== 'VERB' && prev && (quantifierOpens || afterPlural || (t.norm === 'said' && prev.pos !== 'DET' && prev.pos !== 'ADP' && !OWNERS.has(prev.norm)))) {
      t.pos = 'VERB';
      t.lemma = say;
    }
    // Reporting words the tagger reads as nouns, one reading per token (the first that fits):
    // - "Economists at Tarrow Business School estimate/NOUN that every crown …": after a plural subject
    //   and before a complement clause ("The police report that the family requested was …" keeps its noun);
    // - a closing tag ("…, its accounts show/NOUN.");
    // - "An audit commissioned by the district in 2023 found/NOUN that …": "found" is never a noun in news copy;
    // - "Council figures show/NOUN the …": after a noun and before a clause, a determiner or a number.
    if (t.pos === 'NOUN' && BARE_REPORTS.has(t.norm) && prev && (prev.pos === 'NOUN' || prev.pos === 'PROPN') && next?.norm === 'that' &&
      pluralSubjectBefore(toks, i) && complementClause(toks, i + 1)) {
      t.pos = 'VERB';
      t.lemma = t.norm;
    } else if (closingTagVerb(toks, i)) {
      t.pos = 'VERB';
      t.lemma = TAIL_VERBS.get(t.norm) ?? t.lemma;
    } else if (t.pos === 'NOUN' && RECORD_FORMS.has(t.norm) && prev?.pos === 'NOUN' && /[^s]s$/.test(prev.norm) === (t.norm === 'record') && next?.pos === 'NUM' && !/^(?:19|20)\d\d$/.test(next.text) &&
      // (Not an age or a length: "The police records 12 years old show".)
      !['old', 'long'].includes(toks[i + 3]?.norm ?? '')) {
      // "The report records/NOUN 3,412 objections": a count after a document that agrees with it.
      t.pos = 'VERB';
      t.lemma = 'record';
    } else if (t.pos === 'NOUN' && t.norm === 'found') {
      t.pos = 'VERB';
      t.lemma = 'find';
    } else if (t.pos === 'NOUN' && SHOW_FORMS.has(t.norm) && prev && (prev.pos === 'NOUN' || prev.pos === 'PROPN' || yearClosingPhrase(toks, i - 1)) &&
      next && ((next.norm === 'that' && complementClause(toks, i + 1)) || next.pos === 'DET' || next.pos === 'NUM')) {
      t.pos = 'VERB';
      t.lemma = 'show';
    }
    // "The filing lists/NOUN debts of $1.2 billion", "The Red Book lists/NOUN £120m": a singular noun, then a
    // reporting verb's -s form the tagger read as a plural noun, in a paragraph with no other verb (the
    // tokens are a paragraph's, so this reads one-sentence paragraphs only).
    if (t.pos === 'NOUN' && SINGULAR_SUBJECT_REPORTS.has(t.norm) && prev && (prev.pos === 'NOUN' || prev.pos === 'PROPN') && !/s$/.test(prev.norm) &&
      next && (next.pos === 'NOUN' || next.pos === 'NUM' || next.pos === 'SYM' || next.pos === 'DET' || next.pos === 'ADJ' || /^[£$€]/.test(next.text)) &&
      // (Not before a year, nor before a reporting verb of its own: "Police records 2019 show nothing.")
      !/^(?:19|20)\d\d$/.test(next.text) && !toks.slice(i + 1).some((x) => TAIL_VERBS.has(x.norm)) &&
      !toks.some((x) => x.pos === 'VERB' || x.pos === 'AUX')) {
      t.pos = 'VERB';
      t.lemma = TAIL_VERBS.get(t.norm) ?? t.lemma;
    }
    // "The council's housing register/VERB shows", "A state environmental justice map/VERB ranks": a
    // bare verb form between a noun and a third-person verb is the noun that verb agrees with.
    // (Not after a plural, which is the subject: "which campaigners say leaves payouts …".)
    if (t.pos === 'VERB' && !t.cap && !SAY_FORMS.has(t.norm) && prev && (prev.pos === 'NOUN' || prev.pos === 'ADJ') && !/s$/.test(prev.norm) && !/(?:ed|ing|s)$/.test(t.norm) &&
      next && next.pos === 'VERB' && /[^s]s$/.test(next.norm)) {
      t.pos = 'NOUN';
    }
    // "The island's only shop/VERB said", "its own staff/VERB said": a verb form between an owner (and
    // "only"/"own") and "said" is the noun the speaker's phrase ends on.
    if (t.pos === 'VERB' && !t.cap && next && (next.norm === 'said' || next.norm === 'says') && prev &&
      (POSSESSIVE.has(prev.norm) || OWNER_PRONOUNS.has(prev.norm) || ((prev.norm === 'only' || prev.norm === 'own') && (POSSESSIVE.has(toks[i - 2]?.norm ?? '') || OWNER_PRONOUNS.has(toks[i - 2]?.norm ?? ''))))) {
      t.pos = 'NOUN';
    }
    // "Its rival/ADJ, Corran Airways, said", "The accused/ADJ denied": an adjective between an owner
    // and a comma or a finite verb heads its noun phrase.
    // ("The Sellrian military/ADJ says": a name may come between the owner and the head.)
    // ("Elmsford Council's education chief/ADJ, Cllr …": so may a noun after a possessive.)
    // ("The company's chief/ADJ said": so may a possessive "'s".)
    const owned = !!prev && (OWNERS.has(prev.norm) || POSSESSIVE.has(prev.norm) || ((prev.pos === 'PROPN' || prev.pos === 'ADJ') && prev.cap && OWNERS.has(toks[i - 2]?.norm ?? '')) ||
      (prev.pos === 'NOUN' && POSSESSIVE.has(toks[i - 2]?.norm ?? '')));
    if (t.pos === 'ADJ' && owned && !t.norm.endsWith('est') &&
      next && (next.text === ',' || (next.pos === 'VERB' && !next.norm.endsWith('ing')))) {
      t.pos = 'NOUN';
    }
  }
  return toks;
}
