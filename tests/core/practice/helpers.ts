import { generateItems, UNCALIBRATED_CUTOFFS, type GenerateOptions, type ItemOfSkill, type PracticeItem, type Skill } from '../../../src/core/practice';
import { SEED_HASH, seedAnalysis, seedKey, seedText } from '../../fixtures/practice/seed';
import { WIRE_HASH, wireAnalysis, wireText } from '../../fixtures/practice/wire';

export const seedArticle = { id: 1, hash: SEED_HASH, original: seedText };
export const wireArticle = { id: 2, hash: WIRE_HASH, original: wireText };

/**
 * Items with the generators' raw confidences and the hand-set cut-offs: these tests check the
 * generators' and graders' mechanics on hand-built analyses, not the fitted calibration
 * (tests/core/practice/confidence.test.ts covers that).
 */
export function gen(...[article, analysis, key, options = {}]: Parameters<typeof generateItems>): PracticeItem[] {
  const o: GenerateOptions = options;
  return generateItems(article, analysis, key, { rawConfidence: true, ...o, cutoffs: { ...UNCALIBRATED_CUTOFFS, ...o.cutoffs } });
}

export const seedItems = () => gen(seedArticle, seedAnalysis);
export const seedKeyItems = () => gen(seedArticle, null, seedKey);
export const wireItems = () => gen(wireArticle, wireAnalysis);

export function ofSkill<S extends Skill>(items: PracticeItem[], skill: S): ItemOfSkill<S>[] {
  return items.filter((i): i is ItemOfSkill<S> => i.skill === skill);
}

export function bySentence<S extends Skill>(items: PracticeItem[], skill: S, sentenceText: string): ItemOfSkill<S> {
  const found = ofSkill(items, skill).find((i) => i.sentence?.text === sentenceText);
  if (!found) throw new Error(`no ${skill} item for "${sentenceText.slice(0, 40)}"`);
  return found;
}

/** Without per-article caps, so tests can pick any sentence regardless of sampling. */
export const seedAllItems = () =>
  gen(seedArticle, seedAnalysis, null, { limits: { classify: 99, 'loaded-words': 99, 'who-says': 99, 'hedge-certainty': 99, 'source-check': 99, 'neutral-rewrite': 99 } });
