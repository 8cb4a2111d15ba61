/**
 * The class view's state: the classes (packs with results, packs shared from here), the one
 * shown, its learners' results summarised, the outcome of the last files opened, and links
 * from a pack's articles to the teacher's library.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { summariseClass, type ClassSummary } from '../../../../core/results';
import {
  importResultsFiles,
  listClasses,
  liveArticleIdsByHash,
  resultsForPack,
  type ClassEntry,
  type ResultsFileOutcome,
} from '../../db/class-results';
import { getDatabase, type FramewiseDB } from '../../db/database';
import type { IncomingFile } from '../../platform';
import { resultsBytes } from './export-files';
import { truncateText } from '../../../../core/text/short-text';

/** A disputed sentence is quoted in full up to this length (a run-on sentence is cut). */
const MAX_QUOTE_CHARS = 400;

export interface ClassResultsState {
  classes: ClassEntry[] | null;
  selected: string | undefined;
  select(packId: string): void;
  summary: ClassSummary | null;
  /** The teacher's live article ids by content hash (for "open at the sentence"), and titles. */
  articles: Map<string, { id: number; title: string }>;
  /** The disputed sentences' text from the teacher's copy, by `articleHash|itemId`. */
  quotes: Map<string, string>;
  outcomes: ResultsFileOutcome[];
  busy: boolean;
  importFiles(files: readonly IncomingFile[]): Promise<void>;
}

export function useClassResults(database: () => FramewiseDB = getDatabase): ClassResultsState {
  const db = useRef(database).current;
  const [classes, setClasses] = useState<ClassEntry[] | null>(null);
  const [selected, setSelected] = useState<string | undefined>(undefined);
  const [summary, setSummary] = useState<ClassSummary | null>(null);
  const [articles, setArticles] = useState(new Map<string, { id: number; title: string }>());
  const [quotes, setQuotes] = useState(new Map<string, string>());
  const [outcomes, setOutcomes] = useState<ResultsFileOutcome[]>([]);
  const [busy, setBusy] = useState(false);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    void listClasses(db()).then((list) => {
      if (!live) return;
      setClasses(list);
      setSelected((current) => (current && list.some((c) => c.packId === current) ? current : list.find((c) => c.learners > 0)?.packId ?? list[0]?.packId));
    });
    return () => {
      live = false;
    };
  }, [db, version]);

  useEffect(() => {
    let live = true;
    if (!selected) {
      setSummary(null);
      return;
    }
    void (async () => {
      const results = await resultsForPack(db(), selected);
      const next = summariseClass(results);
      const hashes = [...new Set(results.flatMap((r) => r.pack.articleHashes))];
      const ids = await liveArticleIdsByHash(db(), hashes);
      const summaries = await db().articles.bulkGet([...ids.values()]);
      const byHash = new Map<string, { id: number; title: string }>();
      for (const row of summaries) if (row) byHash.set(row.hash, { id: row.id, title: row.title });
      const bodies = new Map((await db().articleBodies.bulkGet([...ids.values()])).flatMap((b) => (b ? [[b.id, b.original] as const] : [])));
      const sentences = new Map<string, string>();
      for (const d of next.disputed) {
        const text = bodies.get(ids.get(d.articleHash) ?? -1);
        const sentence = text?.slice(d.sentenceStart, d.sentenceEnd).trim();
        if (sentence) sentences.set(`${d.articleHash}|${d.itemId}`, truncateText(sentence, MAX_QUOTE_CHARS));
      }
      if (!live) return;
      setSummary(next);
      setArticles(byHash);
      setQuotes(sentences);
    })();
    return () => {
      live = false;
    };
  }, [db, selected, version]);

  const importFiles = useCallback(
    async (files: readonly IncomingFile[]) => {
      if (files.length === 0) return;
      setBusy(true);
      try {
        const read: { name: string; bytes: Uint8Array }[] = [];
        const oversized: ResultsFileOutcome[] = [];
        for (const file of files) {
          const bytes = await resultsBytes(file);
          if (bytes) read.push({ name: file.name, bytes });
          else oversized.push({ name: file.name, status: 'refused', code: 'oversized' });
        }
        const done = [...(await importResultsFiles(db(), read)), ...oversized];
        setOutcomes(done);
        const landed = done.filter((o) => o.status === 'add' || o.status === 'update');
        if (landed.length > 0) {
          const last = landed[landed.length - 1];
          if (last.status !== 'refused') setSelected(last.packId);
        }
        setVersion((v) => v + 1);
      } finally {
        setBusy(false);
      }
    },
    [db],
  );

  return { classes, selected, select: setSelected, summary, articles, quotes, outcomes, busy, importFiles };
}
