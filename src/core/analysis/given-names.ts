/**
 * Given names by usual gender (resources/lexicons/given-names.json): for he/she agreement
 * (coreference.ts), for telling a person's name from a place's (voices.ts), and for telling an
 * author's closing bio from a story's last paragraph (text/closing-notes.ts). Data only.
 */
import givenNamesJson from '../../../resources/lexicons/given-names.json';

export const FEMALE: ReadonlySet<string> = new Set(givenNamesJson.female.map((n) => n.toLowerCase()));
export const MALE: ReadonlySet<string> = new Set(givenNamesJson.male.map((n) => n.toLowerCase()));
export const EITHER: ReadonlySet<string> = new Set(givenNamesJson.either.map((n) => n.toLowerCase()));

/** A word that is a listed given name, of either gender ("Grace", "Dana"). */
export function isGivenName(word: string): boolean {
  const w = word.toLowerCase();
  return FEMALE.has(w) || MALE.has(w) || EITHER.has(w);
}
