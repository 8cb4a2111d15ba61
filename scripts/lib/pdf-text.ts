/** Text helpers for PDFs written by hand (the fixtures script and the e2e's large files). */

/** A PDF string literal, with its backslashes and parentheses escaped. */
export function pdfString(text: string): string {
  return `(${text.replace(/\\/g, '\\\\').replace(/\(/g, '\\(').replace(/\)/g, '\\)')})`;
}

/** Splits text into lines of at most `width` characters (Helvetica 11pt ≈ 90 chars on A4). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
