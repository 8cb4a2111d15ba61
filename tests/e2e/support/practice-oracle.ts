/**
 * The practice core, run outside the browser for the end-to-end test (Playwright's loader
 * cannot import the core's JSON lexicons). Generation is deterministic for an article and
 * an analyser version, so this produces exactly the items the app shows, and mastery by the
 * core's own formula. Run with tsx:
 *
 *   tsx practice-oracle.ts items <article.txt> [answer-key.json]   → PracticeItem[] as JSON
 *   tsx practice-oracle.ts mastery < attempts.json                 → masteryBySkill as JSON
 */
import { readFileSync } from 'node:fs';
import { createAnalyser } from '../../../src/core/analysis';
import { generateItems, masteryBySkill } from '../../../src/core/practice';
import type { AnswerKey } from '../../../src/core/samples/answer-key';
import { cleanText } from '../../../src/core/text/clean';
import { hashDocument } from '../../../src/core/text/hash';

async function items(articlePath: string, keyPath?: string) {
  const original = readFileSync(articlePath, 'utf8');
  const document = cleanText(original, { format: 'txt' });
  const article = { id: 0, hash: await hashDocument(document), original };
  if (keyPath) return generateItems(article, null, JSON.parse(readFileSync(keyPath, 'utf8')) as AnswerKey);
  return generateItems(article, createAnalyser().analyzeArticle(original, document.blocks));
}

const [mode, ...args] = process.argv.slice(2);
if (mode === 'items') {
  process.stdout.write(JSON.stringify(await items(args[0], args[1])));
} else if (mode === 'mastery') {
  process.stdout.write(JSON.stringify(masteryBySkill(JSON.parse(readFileSync(0, 'utf8')))));
} else {
  process.stderr.write('usage: practice-oracle.ts items <article> [key] | mastery < attempts.json\n');
  process.exit(2);
}
