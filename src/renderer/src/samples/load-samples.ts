/**
 * The bundled sample library (resources/samples). Texts are separate lazy chunks,
 * loaded only when a sample has not been offered yet, so a normal start costs nothing.
 * resources/samples/index.json, when present, says which texts are samples and gives
 * their titles; without it every .txt there is a sample.
 */
import type { SampleArticle } from '../db/articles';
import { articleFromText } from './build-article';
import { t } from '../i18n';

type Loader<T> = () => Promise<T>;

const TEXTS = import.meta.glob('../../../../resources/samples/*.txt', {
  query: '?raw',
  import: 'default',
}) as Record<string, Loader<string>>;

const INDEX = import.meta.glob('../../../../resources/samples/index.json', { import: 'default' }) as Record<
  string,
  Loader<unknown>
>;

const KEYS = import.meta.glob('../../../../resources/samples/*.key.json', { import: 'default' }) as Record<
  string,
  Loader<unknown>
>;

export interface SampleEntry {
  id: string;
  /** Module path of the text, a key of the glob above. */
  textPath: string;
  title?: string;
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function idFromFile(file: string): string {
  return baseName(file).replace(/\.txt$/i, '');
}

/**
 * Reads index.json liberally: an array (or `{ samples: [...] }`) of file names or of
 * objects with `file` and/or `id` (and optionally `title`).
 */
export function entriesFromIndex(index: unknown, textPaths: readonly string[]): SampleEntry[] {
  const list = Array.isArray(index)
    ? index
    : index && typeof index === 'object' && Array.isArray((index as { samples?: unknown }).samples)
      ? (index as { samples: unknown[] }).samples
      : [];
  const byFile = new Map(textPaths.map((path) => [baseName(path), path]));
  const entries: SampleEntry[] = [];
  for (const item of list) {
    const record = typeof item === 'string' ? { file: item } : (item as Record<string, unknown> | null);
    if (!record || typeof record !== 'object') continue;
    const id = typeof record.id === 'string' ? record.id : undefined;
    const file = typeof record.file === 'string' ? baseName(record.file) : id ? `${id}.txt` : undefined;
    const textPath = file ? byFile.get(file) : undefined;
    if (!textPath || !file) continue;
    entries.push({
      id: id ?? idFromFile(file),
      textPath,
      title: typeof record.title === 'string' ? record.title : undefined,
    });
  }
  return entries;
}

export async function listSampleEntries(): Promise<SampleEntry[]> {
  const textPaths = Object.keys(TEXTS).sort();
  const indexLoader = Object.values(INDEX)[0];
  if (indexLoader) {
    const entries = entriesFromIndex(await indexLoader(), textPaths);
    if (entries.length > 0) return entries;
  }
  return textPaths.map((textPath) => ({ id: idFromFile(textPath), textPath }));
}

async function keyInfo(id: string): Promise<{ title?: string; practiceMaterial: boolean }> {
  const loader = Object.entries(KEYS).find(([path]) => baseName(path) === `${id}.key.json`)?.[1];
  if (!loader) return { practiceMaterial: false };
  try {
    const key = (await loader()) as { title?: unknown; practiceMaterial?: unknown };
    return {
      title: typeof key.title === 'string' ? key.title : undefined,
      practiceMaterial: key.practiceMaterial === true,
    };
  } catch {
    return { practiceMaterial: false };
  }
}

/** The samples not offered before, built as articles ready for ensureSamples. */
export async function loadSamples(alreadyOffered: readonly string[]): Promise<SampleArticle[]> {
  const offered = new Set(alreadyOffered);
  return buildSamples((await listSampleEntries()).filter((entry) => !offered.has(entry.id)));
}

/**
 * Every bundled sample, whether offered before or not: what "Restore the sample
 * articles" in Settings compares the library with and brings back.
 */
export async function loadAllSamples(): Promise<SampleArticle[]> {
  return buildSamples(await listSampleEntries());
}

async function buildSamples(entries: readonly SampleEntry[]): Promise<SampleArticle[]> {
  const samples: SampleArticle[] = [];
  for (const entry of entries) {
    const text = await TEXTS[entry.textPath]();
    const info = await keyInfo(entry.id);
    const title = entry.title ?? info.title;
    const article = await articleFromText({ text, title, format: 'sample', fileName: baseName(entry.textPath) });
    const siteName = info.practiceMaterial ? t('samples.practiceSite') : t('samples.seedSite');
    samples.push({ ...article, siteName, sampleId: entry.id });
  }
  return samples;
}
