/**
 * npx tsx scripts/validate-keys.ts DIR [DIR...]
 * Validates every <id>.key.json in each folder against the article file it names (see
 * src/core/samples/validate-key.ts). Prints the problems per key; exits 1 if any key is invalid.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { validateKey } from '../src/core/samples/validate-key';
import type { AnswerKey } from '../src/core/samples/answer-key';

const dirs = process.argv.slice(2);
if (!dirs.length) {
  console.error('usage: validate-keys DIR [DIR...]');
  process.exit(2);
}
let bad = 0;
let total = 0;
const counts = { fact: 0, attributed: 0, framing: 0 };
for (const dir of dirs) {
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.key.json')).sort()) {
    total++;
    let problems: string[];
    try {
      const key = JSON.parse(readFileSync(join(dir, f), 'utf8')) as AnswerKey;
      const textPath = join(dir, key.file ?? '');
      if (!key.file || !existsSync(textPath)) problems = [`article file "${key.file}" not found beside the key`];
      else {
        problems = validateKey(key, readFileSync(textPath, 'utf8'));
        if (`${key.id}.key.json` !== f) problems.push(`id "${key.id}" does not match the file name`);
        for (const s of key.sentences ?? []) if (s.label in counts) counts[s.label]++;
      }
    } catch (e) {
      problems = [`not valid JSON: ${(e as Error).message}`];
    }
    if (problems.length) {
      bad++;
      console.log(`✗ ${join(dir, f)}`);
      for (const p of problems) console.log(`    ${p}`);
    }
  }
}
console.log(`${total - bad} of ${total} keys valid; sentences: fact ${counts.fact}, attributed ${counts.attributed}, framing ${counts.framing}`);
process.exit(bad ? 1 : 0);
