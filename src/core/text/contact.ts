/**
 * An e-mail address or the start of a web address, as a regular-expression source to build on.
 * Bounded (an address's local part is at most 64 characters, a domain label 63) so a line that is one
 * long run of word characters is scanned in linear time: the unbounded `[\w.+-]+@` backtracked for
 * seconds on a 40,000-character run. Unanchored matching still finds any address the unbounded form
 * found, starting at most 64 characters before its "@".
 */
export const EMAIL_OR_WEB = String.raw`[\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{1,63}|\bhttps?:\/\/|\bwww\.`;
