/**
 * Check-worthy anchors: numbers with their units, dates, comparisons and named events.
 */
import type { Token } from './nlp';
import type { Lexicons } from './lexicons';

export interface Anchor {
  from: number;
  to: number;
  kind: 'number' | 'date' | 'comparison' | 'event' | 'action';
}

const PAST_AUX = new Set(['has', 'have', 'had', "'s", "'ve", 'did']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it']);

const APPROX = new Set(['over', 'nearly', 'about', 'around', 'almost', 'roughly', 'approximately', 'some', 'at', 'least', 'more', 'than', 'less', 'fewer', 'up', 'to', 'just', 'under', 'below', 'above']);
const CURRENCY = new Set(['$', '€', '£', '¥', 'us$']);
const NUMBER_WORDS = new Set([
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen',
  'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'thousand',
  'million', 'billion', 'trillion', 'dozen', 'half', 'third', 'quarter', 'dozens', 'hundreds', 'thousands',
  'millions', 'billions',
]);

function isNumberToken(t: Token): boolean {
  if (t.type === 'number' || /^\d/.test(t.text)) return true;
  return t.pos === 'NUM' && NUMBER_WORDS.has(t.norm);
}

export function findAnchors(toks: Token[], lex: Lexicons): Anchor[] {
  const out: Anchor[] = [];
  const used = new Uint8Array(toks.length);
  // Dates first: "March 3", "May 5, 2024", "on Tuesday", "in 2023".
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    let isMonth = false;
    if (t.cap) {
      const m = lex.claimCues.matchAt(toks, i, Math.min(toks.length, i + 2));
      isMonth = !!m && (m.entry.kind === 'month' || m.entry.kind === 'weekday');
      if (m && m.entry.kind === 'month' && t.norm === 'march' && !(toks[i + 1] && isNumberToken(toks[i + 1])) && !(toks[i - 1] && ['in', 'on', 'since', 'until', 'by', 'last', 'early', 'late', 'of'].includes(toks[i - 1].norm))) isMonth = false;
    }
    if (t.text === 'May' && toks[i + 1] && toks[i + 1].type === 'number') isMonth = true;
    if (isMonth) {
      let j = i + 1;
      while (j < toks.length && (toks[j].type === 'number' || toks[j].text === ',' ) && j < i + 4) j++;
      while (j > i + 1 && toks[j - 1].text === ',') j--;
      out.push({ from: i, to: j, kind: 'date' });
      for (let k = i; k < j; k++) used[k] = 1;
    }
  }
  for (let i = 0; i < toks.length; i++) {
    if (used[i]) continue;
    const t = toks[i];
    if (isNumberToken(t) || (CURRENCY.has(t.text) && toks[i + 1] && isNumberToken(toks[i + 1]))) {
      if (t.norm === 'one' || (t.norm === 'half' && i + 1 < toks.length && toks[i + 1].norm === 'of')) continue;
      let from = i;
      while (from > 0 && (APPROX.has(toks[from - 1].norm) || CURRENCY.has(toks[from - 1].text)) && i - from < 3) from--;
      while (from < i && !CURRENCY.has(toks[from].text) && ['to', 'at', 'up', 'some'].includes(toks[from].norm)) from++;
      let j = i + 1;
      while (j < toks.length && (isNumberToken(toks[j]) || toks[j].text === '%' || (toks[j].norm === '-' && !toks[j].spaceBefore))) j++;
      const unit = j < toks.length ? lex.claimCues.matchAt(toks, j, Math.min(toks.length, j + 2)) : null;
      if (unit && unit.entry.kind === 'unit') j = unit.to;
      const isYear = /^(1[89]|20)\d\d$/.test(t.text) && j === i + 1;
      out.push({ from, to: j, kind: isYear ? 'date' : 'number' });
      for (let k = from; k < j; k++) used[k] = 1;
      i = j - 1;
    }
  }
  for (const m of lex.claimCues.findAll(toks)) {
    if (used[m.from]) continue;
    if (m.entry.kind === 'action') {
      // A verifiable action: a past or perfect verb whose subject is a name or pronoun
      // ("The senator voted against", "We have cut taxes").
      const t = toks[m.from];
      if (t.pos !== 'VERB') continue;
      const past = /ed$/.test(t.norm) || t.norm !== t.lemma && !t.norm.endsWith('s') && !t.norm.endsWith('ing');
      const prev = toks[m.from - 1];
      const perfect = prev && PAST_AUX.has(prev.norm);
      if (!past && !perfect) continue;
      let k = m.from - 1;
      while (k >= 0 && (toks[k].pos === 'AUX' || toks[k].pos === 'ADV' || toks[k].pos === 'PART')) k--;
      const subj = toks[k];
      if (!subj || !(subj.pos === 'PROPN' || (subj.pos === 'PRON' && SUBJECT_PRONOUNS.has(subj.norm)) || (subj.pos === 'NOUN' && k > 0 && toks[k - 1].pos === 'PROPN'))) continue;
      out.push({ from: m.from, to: m.to, kind: 'action' });
      continue;
    }
    if (m.entry.kind === 'comparison' || m.entry.kind === 'time') {
      out.push({ from: m.from, to: m.to, kind: m.entry.kind === 'time' ? 'date' : 'comparison' });
    }
  }
  // Named events: a capitalised sequence ending in an event word ("the Paris Agreement").
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i];
    if (t.cap && lex.eventWords.has(t.text) && toks[i - 1].cap && !used[i]) {
      let from = i - 1;
      while (from > 1 && (toks[from - 1].cap || toks[from - 1].type === 'number')) from--;
      out.push({ from, to: i + 1, kind: 'event' });
    }
  }
  return out.sort((a, b) => a.from - b.from);
}

const CONTACT_WORDS = new Set(['call', 'calls', 'phone', 'telephone', 'tel', 'helpline', 'hotline', 'ring', 'text', 'contact', 'dial', 'fax', 'whatsapp']);
const REFERENCE_WORDS = new Set(['no', 'no.', 'number', 'case', 'ref', 'ref.', 'reference', 'code', 'docket', 'file', 'flight', 'route', 'room', 'gate', 'platform']);
const CLOCK = /^(?:\d{1,2}[:.]\d{2}(?:am|pm)?|\d{1,2}(?:am|pm)\.?)$/i;
const MERIDIEM = new Set(['a.m.', 'p.m.', 'am', 'pm', 'a.m', 'p.m', "o'clock", 'gmt', 'bst', 'utc', 'cet', 'est', 'pst', 'hrs', 'hours']);

/**
 * Logistics, not claims (docs/LABELLING.md: "phone numbers, case numbers, days or times"): a
 * clock time ("7 p.m.", "10:30", "9am"), a phone number ("0800 123 456", after "call"), a
 * reference or case number ("No. 24-CV-1182"), or a weekday or date without a year. Nobody checks
 * these against a source, so a sentence whose only anchors are logistics is not a claim.
 */
export function isLogisticsAnchor(toks: Token[], a: Anchor): boolean {
  const words = toks.slice(a.from, a.to);
  // A year is history you can check ("closed in 2022"); a weekday or day of the month is a schedule.
  if (a.kind === 'date') return !words.some((t) => /^(1[89]|20)\d\d$/.test(t.text));
  if (a.kind !== 'number') return false;
  const text = words.map((t) => t.text).join(' ');
  const after = toks[a.to];
  if (words.some((t) => CLOCK.test(t.text))) return true;
  if (after && MERIDIEM.has(after.norm)) return true;
  const before = toks.slice(Math.max(0, a.from - 3), a.from).map((t) => t.norm);
  const digits = text.replace(/\D/g, '').length;
  if (digits >= 7 && (/^0/.test(words[0]?.text ?? '') || words.length > 1 || before.some((w) => CONTACT_WORDS.has(w)))) return true;
  if (before.length && REFERENCE_WORDS.has(before[before.length - 1])) return true;
  // "24-CV-1182": digits glued to letters by hyphens.
  if (after && !after.spaceBefore && /^[-–]/.test(after.text) && toks[a.to + 1] && /^[A-Z]{1,4}$/.test(toks[a.to + 1].text)) return true;
  return false;
}
