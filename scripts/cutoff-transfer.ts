/**
 * npx tsx scripts/cutoff-transfer.ts OOF.json [--parts K] [--draws N] [skill:target ...]
 *
 * How a skill's cut-off carries over to a writer it was not chosen on, on training data only.
 * OOF.json is `npm run train:items -- --dump OOF.json` (out-of-fold items of the keyed training
 * articles). For each writer (a batch of articles), the calibration and its bagged cut-off are fitted
 * on the other writers exactly as train-item-confidence.ts does (nested folds), then the left-out
 * writer's items are graded with them. Prints, per skill and target: the share of items graded, how
 * often the graded items agree with the keys (pooled over writers), and how many writers with at least
 * 10 graded items fall below 95 %. Used to decide per-skill bars (docs/EVALUATION.md).
 *
 * `--parts K` leaves out a K-th of the writers at a time instead of one (writers in sorted order,
 * dealt round), and `--draws N` bags the cut-off over fewer resamples: one writer at a time with 400
 * draws took over 12 minutes per skill and target on 1,476 articles; ten parts with 60 draws take
 * under two, and both track the target within a tenth of a point. With parts, "writers below 95 %"
 * counts parts (with at least 80 graded items).
 */
import { readFileSync } from 'node:fs';
import { baggedCutoff, CUTOFF_DRAWS, FIT_SAMPLES, MIN_GRADED, featuresFor, fitLogistic, nestedProbabilities, predict, TARGET_PRECISION, type OofItem } from './train-item-confidence';
import type { Skill } from '../src/core/practice/types';

export interface Transfer { skill: Skill; target: number; coverage: number; agree: number; graded: number; writersBelow95: number }

export function cutoffTransfer(items: OofItem[], skill: Skill, target: number, draws = CUTOFF_DRAWS, parts = 0): Transfer {
  const rows = items.filter((i) => i.skill === skill);
  const features = featuresFor(skill);
  const writers = [...new Set(rows.map((r) => r.group))].sort();
  // One writer per part by default; with `parts`, writers dealt round into that many parts.
  const partOf = new Map(writers.map((w, i) => [w, parts > 0 ? i % parts : i]));
  const minCounted = parts > 0 ? 80 : 10;
  let graded = 0;
  let agree = 0;
  let writersBelow95 = 0;
  for (const part of new Set(partOf.values())) {
    const train = rows.filter((r) => partOf.get(r.group) !== part);
    const test = rows.filter((r) => partOf.get(r.group) === part);
    const fit = fitLogistic(train, features);
    const cut = baggedCutoff(nestedProbabilities(train, features), train.map((r) => r.agree), train.map((r) => r.group), target, draws, MIN_GRADED * FIT_SAMPLES);
    const mine = test.filter((r) => predict(fit, features, r) >= cut);
    const ok = mine.filter((r) => r.agree).length;
    graded += mine.length;
    agree += ok;
    if (mine.length >= minCounted && ok / mine.length < 0.95) writersBelow95++;
  }
  return { skill, target, coverage: graded / Math.max(1, rows.length), agree: agree / Math.max(1, graded), graded, writersBelow95 };
}

if (process.argv[1]?.endsWith('cutoff-transfer.ts')) {
  const args = process.argv.slice(2);
  const option = (name: string): number => {
    const i = args.indexOf(name);
    if (i < 0) return 0;
    const [, value] = args.splice(i, 2);
    return Number(value);
  };
  const parts = option('--parts');
  const draws = option('--draws') || CUTOFF_DRAWS;
  const [file, ...specs] = args;
  if (!file) {
    console.error('usage: npx tsx scripts/cutoff-transfer.ts OOF.json [--parts K] [--draws N] [skill:target ...]');
    process.exit(2);
  }
  const items: OofItem[] = JSON.parse(readFileSync(file, 'utf8'));
  const pairs = specs.length
    ? specs.map((s) => s.split(':') as [Skill, string]).map(([k, t]) => [k, Number(t)] as const)
    : (['classify', 'loaded-words', 'who-says', 'hedge-certainty', 'source-check'] as Skill[]).map((k) => [k, TARGET_PRECISION] as const);
  for (const [skill, target] of pairs) {
    const t = cutoffTransfer(items, skill, target, draws, parts);
    console.log(`${skill.padEnd(16)} target ${target}: graded ${(100 * t.coverage).toFixed(1)} %, agree ${(100 * t.agree).toFixed(2)} % (${t.graded} items), writers below 95 %: ${t.writersBelow95}`);
  }
}
