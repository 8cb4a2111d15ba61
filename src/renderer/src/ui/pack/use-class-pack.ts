/**
 * The state of a class pack import (reading → preview → importing) and of sharing one article
 * as a pack. Nothing is written until the learner confirms the preview; a refused file shows
 * its catalogue message and changes nothing.
 */
import { useCallback, useRef, useState } from 'react';
import { PackError, readPack, type ClassPack, type PackAssignment, type PackImportPlan } from '../../../../core/pack';
import { sampleAnswerKey } from '../../analysis/sample-keys';
import { applyPackImport, exportClassPack, previewPackImport } from '../../db/class-pack';
import { recordSharedPack } from '../../db/class-results';
import { getDatabase, type FramewiseDB } from '../../db/database';
import { t } from '../../i18n';
import type { IncomingFile } from '../../platform';
import type { NoticeData } from '../Notice';
import { downloadPack, packBytes, packFileName } from './pack-files';

export type PackPreview = { name: string; pack: ClassPack; plan: PackImportPlan; importing: boolean };

export interface ClassPackOptions {
  showNotice(notice: NoticeData): void;
  /** After an import: refresh the library. */
  onImported(articleIds: number[]): void;
  database?: () => FramewiseDB;
  /** Saves the file; false when the teacher cancelled. */
  download?: (name: string, bytes: Uint8Array) => Promise<boolean>;
}

export interface ClassPackState {
  preview: PackPreview | null;
  reading: string | null;
  open(file: IncomingFile): Promise<void>;
  confirm(): Promise<void>;
  cancel(): void;
  /** One article (the reader) or several with an optional assignment (the library's picker); `title` names the file without an assignment. */
  share(articleIds: number | number[], title: string, assignment?: PackAssignment): Promise<void>;
}

export function packErrorMessage(error: unknown, name: string): string {
  if (error instanceof PackError) return t(`pack.error.${error.code}`, { name });
  return t('pack.importFailed', { message: error instanceof Error ? error.message : String(error) });
}

export function useClassPack(options: ClassPackOptions): ClassPackState {
  const latest = useRef(options);
  latest.current = options;
  const db = () => (latest.current.database ?? getDatabase)();
  const [preview, setPreview] = useState<PackPreview | null>(null);
  const [reading, setReading] = useState<string | null>(null);

  const open = useCallback(async (file: IncomingFile) => {
    setReading(file.name);
    try {
      const pack = await readPack(await packBytes(file));
      const plan = await previewPackImport(db(), pack);
      setPreview({ name: file.name, pack, plan, importing: false });
    } catch (error) {
      if (!(error instanceof PackError)) console.warn('Framewise: a class pack could not be read.', error);
      latest.current.showNotice({ tone: 'error', text: packErrorMessage(error, file.name) });
    } finally {
      setReading(null);
    }
  }, []);

  const confirm = useCallback(async () => {
    if (!preview || preview.importing) return;
    setPreview({ ...preview, importing: true });
    try {
      const result = await applyPackImport(db(), preview.pack);
      setPreview(null);
      const lines = [t('pack.imported', { count: result.articleIds.length })];
      if (result.keysNotFitting > 0) lines.push(t('pack.keysNotFitting', { count: result.keysNotFitting }));
      latest.current.showNotice({ tone: 'info', text: lines.join(' ') });
      latest.current.onImported(result.articleIds);
    } catch (error) {
      console.warn('Framewise: a class pack could not be imported.', error);
      setPreview(null);
      latest.current.showNotice({ tone: 'error', text: t('pack.importFailed', { message: error instanceof Error ? error.message : String(error) }) });
    }
  }, [preview]);

  const cancel = useCallback(() => setPreview(null), []);

  const share = useCallback(async (articleIds: number | number[], title: string, assignment?: PackAssignment) => {
    try {
      const ids = Array.isArray(articleIds) ? articleIds : [articleIds];
      const bytes = await exportClassPack(db(), ids, { sampleKeyFor: sampleAnswerKey, assignment });
      const name = packFileName(assignment?.title ?? title);
      if (!(await (latest.current.download ?? downloadPack)(name, bytes))) return;
      // The class view names this pack's class and knows its results belong to the teacher's own pack.
      await recordSharedPack(db(), await readPack(bytes));
      latest.current.showNotice({ tone: 'info', text: t('pack.shared', { name }) });
    } catch (error) {
      console.warn('Framewise: a class pack could not be made.', error);
      latest.current.showNotice({ tone: 'error', text: t('pack.shareFailed', { message: error instanceof Error ? error.message : String(error) }) });
    }
  }, []);

  return { preview, reading, open, confirm, cancel, share };
}
