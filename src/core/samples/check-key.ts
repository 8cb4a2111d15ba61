/**
 * Whether a key from outside the app fits an article's text: its shape (parseAnswerKey), the
 * samples' rules (validateKey), and that practice can place every sentence and span in the
 * text (analysisFromAnswerKey), so a stored key never fails later in a session.
 */
import { analysisFromAnswerKey } from '../practice/from-answer-key';
import type { AnswerKey } from './answer-key';
import { parseAnswerKey } from './parse-key';
import { validateKey } from './validate-key';

export type KeyCheck = { ok: true; key: AnswerKey } | { ok: false; problems: string[] };

export function checkKeyAgainstText(value: unknown, text: string): KeyCheck {
  let key: AnswerKey;
  try {
    key = parseAnswerKey(value);
  } catch (error) {
    return { ok: false, problems: [error instanceof Error ? error.message : String(error)] };
  }
  const problems = validateKey(key, text);
  if (problems.length > 0) return { ok: false, problems };
  try {
    analysisFromAnswerKey(text, key);
  } catch (error) {
    return { ok: false, problems: [error instanceof Error ? error.message : String(error)] };
  }
  return { ok: true, key };
}
