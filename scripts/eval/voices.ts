/**
 * Voices evaluation against the sample keys (`voices.heard` / `voices.notHeard`).
 *
 * The keys describe parties in free text ("Caldmouth Transit and its chief operating officer
 * Martin Oduya", "police (crowd estimate)"), so matching is lenient: case, a leading "the"/"a"/
 * "its" and quote marks are ignored, an entry and its parenthetical notes are split at " and ",
 * "/", ";" and ", ", and a voice matches a part when it equals it, is the end of its head (the words before
 * "of/in/at/on/near/for/along": a surname, "Iris Vane" in "its spokesperson Iris Vane", "police" in
 * "police in Varne province"), has a head that does ("meteorologists at the national weather office"
 * for "national weather office meteorologists"), or is a name of two or more words that starts it.
 *
 * - heard P: share of the analyser's heard voices that match a key `heard` entry.
 * - heard R: share of key `heard` entries matched by at least one heard voice.
 * - not-heard P: of the not-heard voices that match any key entry, the share matching `notHeard`
 *   (a not-heard voice matching a `heard` entry is a miss). The keys do not list every place or
 *   passer-by, so not-heard voices that match no entry are counted separately as `unkeyed`, and
 *   those that look like non-names are what this number cannot see: read the `unkeyed` list.
 * - not-heard R: share of key `notHeard` entries matched by at least one not-heard voice. Many
 *   entries describe parties the article never names ("any independent expert"), so this stays low.
 *
 * `npx tsx scripts/eval/voices.ts [--details]` prints the table (and each article's lists).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Voice } from '../../src/core/analysis/types';
import type { AnswerKey } from '../../src/core/samples/answer-key';

export interface VoiceScores {
  heardPrecision: number;
  heardRecall: number;
  notHeardPrecision: number;
  notHeardRecall: number;
  /** Counts behind the ratios. */
  heardPredicted: number;
  heardCorrect: number;
  heardKeyed: number;
  heardFound: number;
  notHeardKeyedPredicted: number;
  notHeardCorrect: number;
  notHeardKeyed: number;
  notHeardFound: number;
  /** Not-heard voices matching no key entry (places, passers-by, or non-names). */
  unkeyed: number;
}

export interface ArticleVoices {
  id: string;
  key: AnswerKey['voices'];
  voices: Voice[];
}

function normalise(s: string): string {
  return s
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/["“”]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:the|a|an|its|their|some|both)\s+/, '')
    .replace(/[.,;:]+$/, '');
}

/** The parts of one key entry that a voice may match. */
export function keyParts(entry: string): string[] {
  // Parenthetical notes are split too: "commuters (Tomasz Weir; a passenger named only as Jess)".
  const bare = entry.replace(/[()]/g, ', ');
  return bare
    .split(/\s+and\s+|\s*\/\s*|;\s*|,\s+/)
    .map(normalise)
    .filter((p) => p.length > 0);
}

const HEAD_END = /\s(?:of|in|at|on|near|for|along|who|said|to|from)\s/;

export function voiceMatchesPart(voiceName: string, part: string): boolean {
  const v = normalise(voiceName);
  if (!v) return false;
  if (v === part) return true;
  const head = part.split(HEAD_END)[0];
  if (head === v || head.endsWith(' ' + v)) return true;
  // A role voice's head noun: "meteorologists at the national weather office".
  const vHead = v.split(HEAD_END)[0];
  if (vHead !== v && (head === vHead || head.endsWith(' ' + vHead))) return true;
  return v.includes(' ') && part.startsWith(v + ' ');
}

export function voiceMatchesEntry(voiceName: string, entry: string): boolean {
  return keyParts(entry).some((p) => voiceMatchesPart(voiceName, p));
}

export function scoreVoices(articles: ArticleVoices[]): VoiceScores {
  let heardPredicted = 0, heardCorrect = 0, heardKeyed = 0, heardFound = 0;
  let notHeardKeyedPredicted = 0, notHeardCorrect = 0, notHeardKeyed = 0, notHeardFound = 0, unkeyed = 0;
  for (const a of articles) {
    const heard = a.voices.filter((v) => v.heard);
    const notHeard = a.voices.filter((v) => !v.heard);
    const inHeard = (v: Voice): boolean => a.key.heard.some((e) => voiceMatchesEntry(v.name, e));
    const inNotHeard = (v: Voice): boolean => a.key.notHeard.some((e) => voiceMatchesEntry(v.name, e));
    heardPredicted += heard.length;
    heardCorrect += heard.filter(inHeard).length;
    heardKeyed += a.key.heard.length;
    heardFound += a.key.heard.filter((e) => heard.some((v) => voiceMatchesEntry(v.name, e))).length;
    for (const v of notHeard) {
      const nh = inNotHeard(v);
      const h = inHeard(v);
      if (nh) notHeardCorrect++;
      if (nh || h) notHeardKeyedPredicted++;
      else unkeyed++;
    }
    notHeardKeyed += a.key.notHeard.length;
    notHeardFound += a.key.notHeard.filter((e) => notHeard.some((v) => voiceMatchesEntry(v.name, e))).length;
  }
  const r = (x: number, y: number): number => (y ? x / y : 0);
  return {
    heardPrecision: r(heardCorrect, heardPredicted),
    heardRecall: r(heardFound, heardKeyed),
    notHeardPrecision: r(notHeardCorrect, notHeardKeyedPredicted),
    notHeardRecall: r(notHeardFound, notHeardKeyed),
    heardPredicted, heardCorrect, heardKeyed, heardFound,
    notHeardKeyedPredicted, notHeardCorrect, notHeardKeyed, notHeardFound, unkeyed,
  };
}

export function formatScores(s: VoiceScores): string {
  const f = (x: number): string => x.toFixed(2);
  return `heard P ${f(s.heardPrecision)} (${s.heardCorrect}/${s.heardPredicted}) R ${f(s.heardRecall)} (${s.heardFound}/${s.heardKeyed}); ` +
    `not heard P ${f(s.notHeardPrecision)} (${s.notHeardCorrect}/${s.notHeardKeyedPredicted}) R ${f(s.notHeardRecall)} (${s.notHeardFound}/${s.notHeardKeyed}); ` +
    `${s.unkeyed} unkeyed not-heard voices`;
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

async function main(): Promise<void> {
  const { createAnalyser } = await import('../../src/core/analysis/index');
  const analyser = createAnalyser();
  const dir = join(repoRoot, 'resources', 'samples');
  const articles: ArticleVoices[] = [];
  const details = process.argv.includes('--details');
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.key.json')).sort()) {
    const key = JSON.parse(readFileSync(join(dir, f), 'utf8')) as AnswerKey;
    const txt = join(dir, key.file);
    if (!existsSync(txt) || !key.voices) continue;
    const voices = analyser.analyzeArticle(readFileSync(txt, 'utf8')).voices;
    articles.push({ id: key.id, key: key.voices, voices });
    if (details) {
      const tag = (v: Voice): string => {
        const ok = v.heard ? key.voices.heard.some((e) => voiceMatchesEntry(v.name, e)) : key.voices.notHeard.some((e) => voiceMatchesEntry(v.name, e));
        const other = v.heard ? key.voices.notHeard.some((e) => voiceMatchesEntry(v.name, e)) : key.voices.heard.some((e) => voiceMatchesEntry(v.name, e));
        return `${v.name} [${v.kind}]${ok ? '' : other ? ' ✗' : ' ?'}`;
      };
      console.log(`== ${key.id}`);
      console.log(`  heard:     ${key.voices.heard.length ? '' : '-'}${articleList(voices.filter((v) => v.heard).map(tag))}`);
      console.log(`  not heard: ${articleList(voices.filter((v) => !v.heard).map(tag))}`);
      console.log(`  key heard missed: ${key.voices.heard.filter((e) => !voices.some((v) => v.heard && voiceMatchesEntry(v.name, e))).join(' | ')}`);
    }
  }
  console.log(`Voices on ${articles.length} sample keys: ${formatScores(scoreVoices(articles))}`);
}

function articleList(xs: string[]): string {
  return xs.join(' | ');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
