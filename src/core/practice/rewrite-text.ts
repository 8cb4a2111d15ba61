/**
 * Small text edits for neutral-rewrite items: replacing spans inside a sentence, tidying
 * what an omission leaves behind, and changing one fact for the "fact-changed" distractor.
 */
import { escapeRegExp } from '../text/regexp';

export interface Replacement {
  /** Absolute offsets into the original text (inside the sentence). */
  start: number;
  end: number;
  to: string;
}

/** A neutral alternative that means "leave the word out": '', '(omit)', '—'. */
export function isOmission(alternative: string | undefined): boolean {
  if (alternative === undefined) return false;
  const t = alternative.trim();
  return t === '' || /^\(?\s*(omit|omitted|delete|drop|none)\s*\)?$/i.test(t) || /^[—–-]+$/.test(t);
}

/** Applies non-overlapping replacements to a sentence that starts at `sentenceStart`. */
export function applyReplacements(sentence: string, sentenceStart: number, replacements: Replacement[]): string {
  const sorted = replacements.slice().sort((a, b) => b.start - a.start);
  let text = sentence;
  let lastStart = Infinity;
  for (const r of sorted) {
    if (r.end > lastStart) continue; // overlapping: keep the later one only
    const from = r.start - sentenceStart;
    const to = r.end - sentenceStart;
    if (from < 0 || to > text.length) continue;
    const replacement = withoutEchoes(isOmission(r.to) ? '' : r.to, text.slice(0, from), text.slice(to));
    const before = fixArticle(text.slice(0, from), replacement + text.slice(to));
    text = before + replacement + text.slice(to);
    lastStart = r.start;
  }
  return tidy(text, /^\p{Lu}/u.test(sentence));
}

/**
 * Drops a word the replacement repeats from its surroundings: "military aggression" with the
 * alternative "military campaign" for "aggression" must not become "military military campaign".
 */
function withoutEchoes(replacement: string, before: string, after: string): string {
  let out = replacement.trim();
  const prev = /(\p{L}+)\s*$/u.exec(before)?.[1];
  const next = /^\s*(\p{L}+)/u.exec(after)?.[1];
  const words = out.split(/\s+/);
  if (prev && words.length > 1 && words[0].toLowerCase() === prev.toLowerCase()) out = words.slice(1).join(' ');
  const rest = out.split(/\s+/);
  if (next && rest.length > 1 && rest[rest.length - 1].toLowerCase() === next.toLowerCase()) out = rest.slice(0, -1).join(' ');
  return out;
}

/** Makes an "a"/"an" right before an edit agree with the word that now follows it. */
function fixArticle(before: string, after: string): string {
  const article = /\b([Aa])n? $/.exec(before);
  const next = /^\s*(\p{L}+)/u.exec(after);
  if (!article || !next) return before;
  const word = next[1];
  const vowel = (/^[aeiou]/i.test(word) && !/^(uni|use|usu|eu|one)/i.test(word)) || /^(hour|honest|honou?r|heir)/i.test(word);
  return before.slice(0, article.index) + article[1] + (vowel ? 'n ' : ' ');
}

/** Collapses what omissions leave: double spaces, space before punctuation, doubled commas. */
export function tidy(text: string, capitalise: boolean): string {
  let t = text
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/,\s*,/g, ',')
    .replace(/^\s*,\s*/, '')
    .trim();
  if (capitalise) t = t.charAt(0).toUpperCase() + t.slice(1);
  return t;
}

const NUMBER_WORDS: Record<string, string> = {
  one: 'three', two: 'five', three: 'seven', four: 'nine', five: 'two', six: 'two', seven: 'four',
  eight: 'three', nine: 'four', ten: 'three', eleven: 'five', twelve: 'four', twenty: 'fifty',
  dozen: 'hundred', dozens: 'hundreds', hundred: 'thousand', hundreds: 'dozens', thousand: 'hundred',
  thousands: 'hundreds', million: 'thousand', millions: 'thousands', billion: 'million', half: 'a quarter',
  monday: 'thursday', tuesday: 'friday', wednesday: 'saturday', thursday: 'monday', friday: 'tuesday',
  saturday: 'wednesday', sunday: 'thursday', january: 'june', february: 'july', march: 'august',
  april: 'september', may: 'october', june: 'january', july: 'february', august: 'march',
  september: 'april', october: 'may', november: 'april', december: 'may',
};

/** Words that also have a non-number reading; changing them would not change a fact. */
const AMBIGUOUS = new Set(['may', 'march', 'one']);

function changeNumber(digits: string): string {
  const grouped = digits.includes(',');
  const decimals = /\.(\d+)$/.exec(digits)?.[1].length ?? 0;
  const value = Number(digits.replace(/,/g, ''));
  let changed: number;
  if (decimals === 0 && value >= 1900 && value <= 2100) changed = value - 3;
  else if (value < 10) changed = value + 3;
  else changed = value * 1.6;
  const fixed = decimals > 0 ? changed.toFixed(decimals) : String(Math.round(changed));
  if (!grouped) return fixed;
  const [whole, frac] = fixed.split('.');
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac ? `.${frac}` : '');
}

function matchCase(model: string, word: string): string {
  return /^\p{Lu}/u.test(model) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

/**
 * Changes one checkable fact in `text`: the first number written in digits, else a number
 * word, weekday or month, else one named party swapped for another of the same kind
 * (a person for a person, an organisation for an organisation). Null when nothing fits.
 */
export function changeOneFact(
  text: string,
  parties: readonly { name: string; kind: string }[] = [],
): { text: string; from: string; to: string } | null {
  const digits = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/.exec(text);
  if (digits) {
    const to = changeNumber(digits[0]);
    return { text: text.slice(0, digits.index) + to + text.slice(digits.index + digits[0].length), from: digits[0], to };
  }
  for (const match of text.matchAll(/\p{L}+/gu)) {
    const lower = match[0].toLowerCase();
    const replacement = NUMBER_WORDS[lower];
    if (!replacement || AMBIGUOUS.has(lower)) continue;
    const to = matchCase(match[0], replacement);
    const at = match.index ?? 0;
    return { text: text.slice(0, at) + to + text.slice(at + match[0].length), from: match[0], to };
  }
  const wholeWord = (name: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'u');
  for (const from of parties) {
    if (from.name.length < 3 || !wholeWord(from.name).test(text)) continue;
    const to = parties.find(
      (p) => p !== from && p.kind === from.kind && !text.includes(p.name) && !p.name.includes(from.name) && !from.name.includes(p.name),
    );
    if (!to) continue;
    return { text: text.replace(wholeWord(from.name), to.name), from: from.name, to: to.name };
  }
  return null;
}
