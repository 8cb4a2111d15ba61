/**
 * Results files that arrived outside the class view (dropped on any view, "Open with", the
 * import dialog): held here until the class view, which the shell shows at once, takes them.
 */
import { useCallback, useState } from 'react';
import type { IncomingFile } from '../../platform';

export function useResultsInbox(showClass: () => void) {
  const [incoming, setIncoming] = useState<IncomingFile[] | null>(null);
  const take = useCallback(() => setIncoming(null), []);
  const deliver = useCallback(
    (files: IncomingFile[]) => {
      setIncoming(files);
      showClass();
    },
    [showClass],
  );
  return { incoming, take, deliver };
}
