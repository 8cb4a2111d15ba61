/**
 * The trainers' shared ending. With `--check`, the freshly trained file text is compared with the
 * shipped one and the process exits with code 1 when they differ (CI and the retrain chain rely on
 * it); otherwise the text is written. Returns true when it wrote, so the trainer can report what.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';

export function checkOrWrite(path: string, text: string, retrainCommand: string): boolean {
  if (!process.argv.includes('--check')) {
    writeFileSync(path, text);
    return true;
  }
  const same = existsSync(path) && readFileSync(path, 'utf8') === text;
  console.log(same ? `${basename(path)} matches a fresh retrain byte for byte` : `${basename(path)} differs from a fresh retrain: run ${retrainCommand}`);
  if (!same) process.exitCode = 1;
  return false;
}
