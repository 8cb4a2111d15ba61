import { describe, expect, it } from 'vitest';
import { isJsonObject, jsonDepthExceeds, parseJsonFile, type JsonFileRefusal } from '../../../src/core/text/json-file';

class Refused extends Error {
  constructor(
    readonly reason: JsonFileRefusal,
    readonly detail: string,
  ) {
    super(`${reason}: ${detail}`);
  }
}

const LIMITS = { maxBytes: 64, maxDepth: 3 };
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

function refusal(bytes: Uint8Array, limits = LIMITS): Refused {
  try {
    parseJsonFile(bytes, limits, (reason, detail) => new Refused(reason, detail));
  } catch (error) {
    if (error instanceof Refused) return error;
    throw error;
  }
  throw new Error('not refused');
}

describe('parseJsonFile', () => {
  it('returns the parsed value of a file within the limits, a UTF-8 BOM ignored', () => {
    const value = parseJsonFile(encode('\uFEFF{"a":[1,{"b":"é"}]}'), LIMITS, () => new Error('refused'));
    expect(value).toEqual({ a: [1, { b: 'é' }] });
  });

  it('refuses a file over the byte cap before decoding it, naming both sizes', () => {
    const big = new Uint8Array(65).fill(0xff); // not UTF-8 either: size is checked first
    expect(refusal(big)).toMatchObject({ reason: 'too-large', detail: '65 bytes > 64' });
    const atCap = encode(`"${'x'.repeat(62)}"`); // exactly 64 bytes
    expect(parseJsonFile(atCap, LIMITS, () => new Error('refused'))).toBe('x'.repeat(62));
  });

  it('refuses bytes that are not UTF-8', () => {
    expect(refusal(new Uint8Array([0x7b, 0xc3, 0x28, 0x7d]))).toMatchObject({ reason: 'not-utf8', detail: 'not UTF-8 text' });
  });

  it('refuses nesting past the cap before parsing, even when the JSON is also broken', () => {
    expect(refusal(encode('[[[[1]]]]'))).toMatchObject({ reason: 'too-deep', detail: 'nesting deeper than 3' });
    expect(refusal(encode('{"a":[[[{'))).toMatchObject({ reason: 'too-deep' });
    expect(parseJsonFile(encode('[[[1]]]'), LIMITS, () => new Error('refused'))).toEqual([[[1]]]);
  });

  it('refuses text that is not JSON', () => {
    expect(refusal(encode('{"a":'))).toMatchObject({ reason: 'not-json', detail: 'not JSON' });
    expect(refusal(encode(''))).toMatchObject({ reason: 'not-json' });
  });
});

describe('jsonDepthExceeds', () => {
  it('counts arrays and objects, not brackets inside strings or after escaped quotes', () => {
    expect(jsonDepthExceeds('{"a":{"b":[1]}}', 3)).toBe(false);
    expect(jsonDepthExceeds('{"a":{"b":[[1]]}}', 3)).toBe(true);
    expect(jsonDepthExceeds('["[[[[", "\\"[[[["]', 1)).toBe(false);
    expect(jsonDepthExceeds('[[],[],[]]', 2)).toBe(false);
  });
});

describe('isJsonObject', () => {
  it('is true only for objects, not null or arrays', () => {
    expect(isJsonObject({})).toBe(true);
    expect(isJsonObject(null)).toBe(false);
    expect(isJsonObject([])).toBe(false);
    expect(isJsonObject('x')).toBe(false);
  });
});
