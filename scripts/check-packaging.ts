/**
 * `npm run check:packaging`: validates electron-builder.yml with electron-builder's own
 * schema and the project's packaging rules (scripts/packaging-checks.ts). Offline;
 * exits 1 when a check fails.
 */
import { resolve } from 'node:path';
import { runPackagingChecks } from './packaging-checks';

const projectDir = resolve(import.meta.dirname, '..');
const results = await runPackagingChecks(projectDir);
for (const check of results) {
  console.log(`${check.ok ? 'ok  ' : 'FAIL'}  ${check.name}: ${check.detail}`);
}
const failed = results.filter((check) => !check.ok).length;
console.log(failed ? `\n${failed} packaging check(s) failed.` : '\nPackaging configuration is valid.');
process.exitCode = failed ? 1 : 0;
