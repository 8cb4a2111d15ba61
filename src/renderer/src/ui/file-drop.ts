/**
 * Drag-and-drop of files anywhere on the window. Listens on `window` so the drop
 * works over every view; the browser's default (opening the file in place of the
 * app) is always prevented for file drags.
 */
import { useEffect, useRef, useState } from 'react';
import { dragHasFiles, filesFromDataTransfer, type IncomingFiles } from '../platform';

export function useFileDrop(onFiles: (files: IncomingFiles) => void): boolean {
  const [dragging, setDragging] = useState(false);
  const onFilesRef = useRef(onFiles);
  onFilesRef.current = onFiles;

  useEffect(() => {
    // dragenter/dragleave fire for every child element crossed; count them.
    let depth = 0;
    const onEnter = (event: DragEvent) => {
      if (!dragHasFiles(event.dataTransfer)) return;
      event.preventDefault();
      depth++;
      setDragging(true);
    };
    const onOver = (event: DragEvent) => {
      if (!dragHasFiles(event.dataTransfer)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onLeave = (event: DragEvent) => {
      if (!dragHasFiles(event.dataTransfer)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onDrop = (event: DragEvent) => {
      depth = 0;
      setDragging(false);
      if (!dragHasFiles(event.dataTransfer) || !event.dataTransfer) return;
      event.preventDefault();
      void filesFromDataTransfer(event.dataTransfer).then((files) => onFilesRef.current(files));
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, []);

  return dragging;
}
