import { describe, expect, it } from 'vitest';
import {
  MAX_PACK_BYTES,
  MAX_PACK_DEPTH,
  PACK_ERROR_CODES,
  PACK_VERSION,
  PackError,
  readPack,
  writePack,
  type PackArticle,
  type PackErrorCode,
} from '../../../src/core/pack';
import { sha256Hex } from '../../../src/core/text/hash';
import { keyedSample, KEYED_SAMPLE_IDS } from '../../fixtures/keyed-sample';

const CHECKED_AT = Date.UTC(2026, 11, 1, 9, 30);

async function twoArticles(): Promise<PackArticle[]> {
  const first = await keyedSample(KEYED_SAMPLE_IDS[0]);
  const second = await keyedSample(KEYED_SAMPLE_IDS[1]);
  return [
    { article: { ...first.article, byline: 'By A. Reporter', publishedAt: '2026-03-01' }, key: { answerKey: first.key, checkedAt: CHECKED_AT } },
    { article: second.article },
  ];
}

const encode = (value: unknown) => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));
const decode = (bytes: Uint8Array) => JSON.parse(new TextDecoder().decode(bytes)) as Record<string, any>;

async function refusal(bytes: Uint8Array): Promise<PackError> {
  const error = await readPack(bytes).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PackError);
  return error as PackError;
}

async function goodPackJson() {
  return decode(await writePack({ articles: await twoArticles(), assignment: { title: 'Floods week', skills: ['classify', 'loaded-words'], items: 12, due: '2027-03-12', teacher: 'Ms Ortiz' }, now: CHECKED_AT + 1 }));
}

describe('class pack round trip', () => {
  it('reads back what it wrote: articles, metadata, text, blocks, hashes, key and assignment', async () => {
    const articles = await twoArticles();
    const assignment = { title: 'Floods week', skills: ['classify' as const], items: 12, due: '2027-03-12', teacher: 'Ms Ortiz' };
    const pack = await readPack(await writePack({ articles, assignment, now: CHECKED_AT + 1 }));
    expect(pack.version).toBe(PACK_VERSION);
    expect(pack.createdAt).toBe(CHECKED_AT + 1);
    expect(pack.assignment).toEqual(assignment);
    expect(pack.articles).toHaveLength(2);
    expect(pack.articles[0].article).toEqual(articles[0].article);
    expect(pack.articles[1].article).toEqual(articles[1].article);
    expect(pack.articles[0].key).toEqual({ answerKey: articles[0].key!.answerKey, checkedAt: CHECKED_AT });
    expect(pack.articles[1].key).toBeUndefined();
  });

  it('writes the documented top-level fields', async () => {
    const json = await goodPackJson();
    expect(Object.keys(json).sort()).toEqual(['articles', 'assignment', 'createdAt', 'format', 'version']);
    expect(json.format).toBe('framewise-pack');
    expect(json.articles[0].hash).toMatch(/^[0-9a-f]{64}$/);
    expect(json.articles[0].textSha256).toBe(await sha256Hex(json.articles[0].text));
  });

  it('refuses to write a pack whose key does not fit its article', async () => {
    const [first, second] = await twoArticles();
    await expect(writePack({ articles: [{ article: second.article, key: first.key }] })).rejects.toMatchObject({ code: 'key-mismatch' });
  });
});

describe('class pack refusals', () => {
  it('has a test for every error code', () => {
    // Keep this list in step with the cases below.
    const tested: PackErrorCode[] = ['too-large', 'not-a-pack', 'newer-version', 'too-deep', 'bad-field', 'hash-mismatch', 'key-mismatch'];
    expect([...PACK_ERROR_CODES].sort()).toEqual(tested.sort());
  });

  it('too-large: a file over the cap, before reading it', async () => {
    const error = await refusal(new Uint8Array(MAX_PACK_BYTES + 1));
    expect(error.code).toBe('too-large');
  });

  it('not-a-pack: binary, not JSON, and foreign JSON (a backup, an array)', async () => {
    expect((await refusal(new Uint8Array([0xff, 0xfe, 0x00, 0x81]))).code).toBe('not-a-pack');
    expect((await refusal(encode('Dear class, …'))).code).toBe('not-a-pack');
    expect((await refusal(encode({ format: 'framewise-backup', formatVersion: 1, tables: {} }))).code).toBe('not-a-pack');
    expect((await refusal(encode([1, 2, 3]))).code).toBe('not-a-pack');
  });

  it('newer-version: a pack from a later release', async () => {
    const json = await goodPackJson();
    const error = await refusal(encode({ ...json, version: PACK_VERSION + 1 }));
    expect(error.code).toBe('newer-version');
  });

  it('too-deep: nesting beyond the cap, even inside an otherwise good pack', async () => {
    const deep = '['.repeat(MAX_PACK_DEPTH + 1) + ']'.repeat(MAX_PACK_DEPTH + 1);
    expect((await refusal(encode(deep))).code).toBe('too-deep');
    const json = await goodPackJson();
    let nested: unknown = 1;
    for (let i = 0; i < MAX_PACK_DEPTH; i++) nested = { n: nested };
    expect((await refusal(encode({ ...json, extra: nested }))).code).toBe('too-deep');
    // Brackets inside strings are text, not nesting.
    const brackets = { ...json, assignment: { ...json.assignment, title: '[[[[[[[[[[[[[[[[[[[[{{{{{{{{{{{{{' } };
    expect((await readPack(encode(brackets))).assignment?.title).toMatch(/^\[/);
  });

  it('the byte-level refusals (shared JSON-file checks) keep the pack\'s codes and details', async () => {
    expect(await refusal(new Uint8Array(MAX_PACK_BYTES + 1))).toMatchObject({ code: 'too-large', detail: `${MAX_PACK_BYTES + 1} bytes > ${MAX_PACK_BYTES}` });
    expect(await refusal(new Uint8Array([0xff, 0xfe, 0x00, 0x81]))).toMatchObject({ code: 'not-a-pack', detail: 'not UTF-8 text' });
    expect(await refusal(encode('['.repeat(MAX_PACK_DEPTH + 1)))).toMatchObject({ code: 'too-deep', detail: `nesting deeper than ${MAX_PACK_DEPTH}` });
    expect(await refusal(encode('Dear class, …'))).toMatchObject({ code: 'not-a-pack', detail: 'not JSON', message: 'not-a-pack: not JSON' });
  });

  it.each([
    ['articles missing', (j: any) => ({ ...j, articles: undefined }), /articles/],
    ['no articles', (j: any) => ({ ...j, articles: [] }), /articles/],
    ['createdAt not a date', (j: any) => ({ ...j, createdAt: 'yesterday' }), /createdAt/],
    ['title a number', (j: any) => ({ ...j, articles: [{ ...j.articles[0], title: 42 }] }), /articles\[0\]\.title/],
    ['hash not hex', (j: any) => ({ ...j, articles: [{ ...j.articles[0], hash: 'abc' }] }), /articles\[0\]\.hash/],
    ['unknown format', (j: any) => ({ ...j, articles: [{ ...j.articles[0], format: 'exe' }] }), /format/],
    ['block outside the text', (j: any) => ({ ...j, articles: [{ ...j.articles[0], blocks: [{ kind: 'paragraph', start: 0, end: 1e9, text: 'x' }] }] }), /blocks/],
    ['blocks a string', (j: any) => ({ ...j, articles: [{ ...j.articles[0], blocks: 'all' }] }), /blocks/],
    ['same article twice', (j: any) => ({ ...j, articles: [j.articles[0], j.articles[0]] }), /each article once/],
    ['unknown skill', (j: any) => ({ ...j, assignment: { ...j.assignment, skills: ['mind-reading'] } }), /assignment\.skills/],
    ['items not whole', (j: any) => ({ ...j, assignment: { ...j.assignment, items: 2.5 } }), /assignment\.items/],
    ['due not a date', (j: any) => ({ ...j, assignment: { ...j.assignment, due: '2027-02-30' } }), /assignment\.due/],
    ['key a string', (j: any) => ({ ...j, articles: [{ ...j.articles[0], key: 'trust me' }] }), /key/],
    ['version a string', (j: any) => ({ ...j, version: '1' }), /version/],
  ])('bad-field: %s', async (_name, change, detail) => {
    const error = await refusal(encode(change(await goodPackJson())));
    expect(error.code).toBe('bad-field');
    expect(error.detail).toMatch(detail);
  });
});

describe('class pack tampering', () => {
  it('hash-mismatch: a word of the text changed, same length (digests left as they were)', async () => {
    const json = await goodPackJson();
    const edited = json.articles[0].text.replace(/\bthe\b/, 'tho');
    expect(edited).not.toBe(json.articles[0].text);
    const tampered = { ...json, articles: [{ ...json.articles[0], text: edited }, json.articles[1]] };
    const error = await refusal(encode(tampered));
    expect(error.code).toBe('hash-mismatch');
    expect(error.detail).toBe('articles[0].text');
  });

  it('hash-mismatch: a block changed to match an edited text whose digest was recomputed', async () => {
    const json = await goodPackJson();
    const a = json.articles[1];
    const block = a.blocks.find((b: any) => b.kind === 'paragraph');
    const blocks = a.blocks.map((b: any) => (b === block ? { ...b, text: `${b.text} Entirely made up.` } : b));
    const error = await refusal(encode({ ...json, articles: [json.articles[0], { ...a, blocks }] }));
    expect(error.code).toBe('hash-mismatch');
    expect(error.detail).toBe('articles[1].hash');
  });

  it('key-mismatch: a key sentence edited so it is no longer in the text', async () => {
    const json = await goodPackJson();
    const key = json.articles[0].key;
    const sentences = key.answerKey.sentences.map((s: any, i: number) => (i === 2 ? { ...s, text: `${s.text} (edited)` } : s));
    const tampered = { ...json, articles: [{ ...json.articles[0], key: { ...key, answerKey: { ...key.answerKey, sentences } } }, json.articles[1]] };
    const error = await refusal(encode(tampered));
    expect(error.code).toBe('key-mismatch');
    expect(error.detail).toMatch(/^articles\[0\]\.key: sentence 3/);
  });

  it('key-mismatch: a label that is not one of the three', async () => {
    const json = await goodPackJson();
    const key = json.articles[0].key;
    const sentences = key.answerKey.sentences.map((s: any, i: number) => (i === 0 ? { ...s, label: 'opinion' } : s));
    const error = await refusal(encode({ ...json, articles: [{ ...json.articles[0], key: { ...key, answerKey: { ...key.answerKey, sentences } } }] }));
    expect(error.code).toBe('key-mismatch');
    expect(error.detail).toMatch(/label/);
  });
});
