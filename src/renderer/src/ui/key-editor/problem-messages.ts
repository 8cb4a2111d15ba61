/**
 * validateKey's problems (plain English from the core, written for people editing key files) as
 * the editor's catalogue messages, with the sentence they are about so the editor can go there.
 * A problem of a form not listed here keeps the core's wording inside a catalogue sentence.
 */
import { t, type MessageKey } from '../../i18n';

export interface KeyProblem {
  /** 0-based sentence index, when the problem is about one sentence. */
  sentence: number | null;
  text: string;
}

const PATTERNS: [RegExp, MessageKey][] = [
  [/^sentence (\d+) \(attributed\) needs a source and cue/, 'keyEditor.problem.needsSource'],
  [/^sentence (\d+) \(attributed\) needs a cue/, 'keyEditor.problem.needsCue'],
  [/^sentence (\d+) is direct but has no quote marks/, 'keyEditor.problem.directNoQuotes'],
  [/^sentence (\d+) is not inside one body paragraph/, 'keyEditor.problem.notOneParagraph'],
  [/^sentence (\d+) not found/, 'keyEditor.problem.notFound'],
  [/^sentence (\d+): \w+ "(.*)" is not in the sentence/, 'keyEditor.problem.spanNotInSentence'],
  [/^unlabelled text \(not in any key sentence, heading or debris\): "(.*)"$/, 'keyEditor.problem.unlabelled'],
  [/^heading is not a whole line of the article: "(.*)"$/, 'keyEditor.problem.heading'],
  [/^heading ends with sentence punctuation: "(.*)"$/, 'keyEditor.problem.headingPunctuation'],
  [/^debris is not a whole line of the article: "(.*)"$/, 'keyEditor.problem.debris'],
];

export function keyProblem(problem: string): KeyProblem {
  for (const [pattern, key] of PATTERNS) {
    const m = pattern.exec(problem);
    if (!m) continue;
    const numbered = /^sentence/.test(problem);
    const n = numbered ? Number(m[1]) : null;
    const quoted = numbered ? m[2] : m[1];
    return { sentence: n === null ? null : n - 1, text: t(key, { n: n ?? 0, text: quoted ?? '' }) };
  }
  const n = /^sentence (\d+)\b/.exec(problem);
  return { sentence: n ? Number(n[1]) - 1 : null, text: t('keyEditor.problem.other', { detail: problem }) };
}
