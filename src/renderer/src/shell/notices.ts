/**
 * The one-line notice under the toolbar. Plain confirmations fade after a while; errors
 * and offers (e.g. "Open it") stay until dismissed, so nobody misses what needs an answer.
 */
import { useCallback, useEffect, useState } from 'react';
import type { NoticeData } from '../ui/Notice';

export const NOTICE_TIMEOUT_MS = 8000;

export interface Notices {
  notice: NoticeData | null;
  show(notice: NoticeData): void;
  dismiss(): void;
}

export function useNotices(timeoutMs = NOTICE_TIMEOUT_MS): Notices {
  const [notice, setNotice] = useState<NoticeData | null>(null);

  useEffect(() => {
    if (!notice || notice.tone !== 'info' || notice.action) return;
    const timer = setTimeout(() => setNotice((current) => (current === notice ? null : current)), timeoutMs);
    return () => clearTimeout(timer);
  }, [notice, timeoutMs]);

  const show = useCallback((next: NoticeData) => setNotice(next), []);
  const dismiss = useCallback(() => setNotice(null), []);
  return { notice, show, dismiss };
}
