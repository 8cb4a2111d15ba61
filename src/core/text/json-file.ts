/**
 * The first steps of reading a JSON file someone else wrote (a class pack, a results file):
 * size, strict UTF-8, nesting depth, then syntax, cheapest first, so a huge, binary or
 * deeply nested file is refused before JSON.parse spends time or stack on it. Each reader
 * keeps its own refusal codes: it maps this module's four reasons onto them.
 */

export type JsonFileRefusal = 'too-large' | 'not-utf8' | 'too-deep' | 'not-json';

export interface JsonFileLimits {
  maxBytes: number;
  maxDepth: number;
}

/** Builds the reader's own error for a refusal; `detail` is for logs and tests. */
export type RefuseJsonFile = (reason: JsonFileRefusal, detail: string) => Error;

export type JsonObject = Record<string, unknown>;

/** A JSON object (not null, not an array). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deepest nesting of arrays and objects in `json`, stopping early past `limit` (strings skipped). */
export function jsonDepthExceeds(json: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > limit) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

/** The file's JSON value from its bytes; throws `refuse(reason, detail)` on the first check that fails. */
export function parseJsonFile(bytes: Uint8Array, limits: JsonFileLimits, refuse: RefuseJsonFile): unknown {
  if (bytes.byteLength > limits.maxBytes) throw refuse('too-large', `${bytes.byteLength} bytes > ${limits.maxBytes}`);
  let json: string;
  try {
    // fatal: binary or mis-encoded bytes are refused rather than parsed as mojibake.
    json = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw refuse('not-utf8', 'not UTF-8 text');
  }
  if (jsonDepthExceeds(json, limits.maxDepth)) throw refuse('too-deep', `nesting deeper than ${limits.maxDepth}`);
  try {
    return JSON.parse(json) as unknown;
  } catch {
    throw refuse('not-json', 'not JSON');
  }
}
