/**
 * A deterministic generator of news-like articles for the speed benchmark. Everything is
 * invented here (people, places, organisations, events) from templates and word lists;
 * the mix deliberately exercises what the analyser looks for: direct and reported quotes,
 * named / vague / anonymous sources, numbers, dates and percentages, abbreviations that
 * trip sentence splitters, loaded words, hedges, certainty markers, headings and debris.
 */
import { mulberry32 } from '../lib/seeded-random';

export interface BenchArticle {
  id: string;
  text: string;
  words: number;
}

/** mulberry32: tiny, fast, deterministic (scripts/lib/seeded-random.ts). */
export const rng = mulberry32;

const FIRST = ['Amara', 'Jonas', 'Leila', 'Tomasz', 'Priya', 'Gideon', 'Mireille', 'Oskar', 'Nadia', 'Felipe', 'Hana', 'Dmitri', 'Ines', 'Kwame', 'Sofia', 'Rafael', 'Yusuf', 'Elena', 'Marcus', 'Ingrid'];
const LAST = ['Okafor', 'Lindqvist', 'Haddad', 'Nowak', 'Raman', 'Whitcombe', 'Duval', 'Brandt', 'Qureshi', 'Alvarez', 'Sato', 'Petrov', 'Carvalho', 'Mensah', 'Ferrante', 'Moreau', 'Demir', 'Vasquez', 'Hollis', 'Berg'];
const TITLES = ['Dr.', 'Gen.', 'Sen.', 'Prof.', 'Mr.', 'Ms.', 'Gov.', 'Rep.'];
const ROLES = ['finance minister', 'mayor', 'spokeswoman for the ministry', 'chief executive', 'union leader', 'professor of economics', 'police chief', 'health commissioner', 'opposition leader', 'head of the regional council'];
const ORGS = ['the Ministry of Transport', 'Valdria Rail', 'the Northern Health Authority', 'the Port Ellery Council', 'Harwick Energy', 'the Federation of Small Traders', 'the National Audit Office', 'the U.N. refugee agency', 'the Coastal Fisheries Board', 'Meridian Bank', 'the Teachers’ Union', 'the Supreme Court'];
const PLACES = ['Lorrenstadt', 'Port Ellery', 'Kettlewick', 'Ardlow', 'Wendmoor', 'the Varne valley', 'Osk', 'the northern provinces', 'Brannock', 'the U.S. border'];
const TOPICS = ['the budget', 'the rail strike', 'flood defences', 'the new stadium', 'school funding', 'the fuel subsidy', 'the hospital merger', 'the ferry contract', 'housing rules', 'the water tariff'];
const VERBS_REPORT = ['said', 'told reporters', 'wrote in a statement', 'argued', 'claimed', 'insisted', 'warned', 'noted', 'added', 'denied'];
const VAGUE = ['Officials', 'Critics', 'Some residents', 'Experts', 'Sources familiar with the talks', 'Analysts', 'People close to the minister'];
const LOADED = ['disastrous', 'reckless', 'shameful', 'heroic', 'outrageous', 'brutal', 'staggering', 'so-called', 'draconian', 'catastrophic', 'relentless', 'tragic', 'scandalous', 'unprecedented', 'crippling'];
const HEDGES = ['reportedly', 'allegedly', 'apparently', 'possibly', 'purportedly', 'likely', 'may', 'could'];
const HEDGE_ADVERBS = ['reportedly', 'allegedly', 'apparently', 'possibly', 'purportedly', 'probably'];
const CERTAIN = ['undoubtedly', 'clearly', 'obviously', 'of course', 'certainly'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const NOUNS = ['plan', 'proposal', 'decision', 'deal', 'policy', 'report', 'measure', 'reform', 'project', 'contract'];
const DEBRIS = ['Advertisement', 'Read more: Five things to know about the budget', 'Share this article', 'Sign up for our morning newsletter', 'We use cookies to improve your experience'];

export function generateArticle(index: number, targetWords: number): BenchArticle {
  const r = rng(0x5eed + index * 7919);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const person = () => `${pick(FIRST)} ${pick(LAST)}`;
  const titled = () => `${pick(TITLES)} ${pick(LAST)}`;
  const num = () => {
    const k = r();
    if (k < 0.3) return `${Math.floor(r() * 900 + 100).toLocaleString('en-US')},${String(Math.floor(r() * 900 + 100))}`;
    if (k < 0.55) return `${(r() * 20).toFixed(1)}%`;
    if (k < 0.75) return `$${(r() * 40 + 1).toFixed(1)} million`;
    return String(Math.floor(r() * 500 + 2));
  };
  const date = () => (r() < 0.5 ? `on ${pick(DAYS)}` : `on ${pick(MONTHS)} ${Math.floor(r() * 28 + 1)}`);
  const topic = pick(TOPICS);
  const place = pick(PLACES);
  const sentenceMakers: (() => string)[] = [
    () => `${pick(ORGS).replace(/^t/, 'T')} announced ${date()} that ${num()} people in ${pick(PLACES)} would be affected by ${topic}.`,
    () => `The ${pick(NOUNS)} covers ${num()} households and will cost about ${num()} over ${Math.floor(r() * 9 + 2)} years.`,
    () => `“We cannot accept a ${pick(LOADED)} ${pick(NOUNS)} that leaves ${pick(PLACES)} behind,” ${person()}, the ${pick(ROLES)}, ${pick(VERBS_REPORT)}.`,
    () => `${person()}, ${pick(ROLES)}, ${pick(VERBS_REPORT)} that the ${pick(NOUNS)} was ${pick(HEDGE_ADVERBS)} delayed because of ${topic}.`,
    () => `According to ${pick(ORGS)}, prices rose ${num()} in ${pick(MONTHS)}, the fastest pace since ${Math.floor(r() * 20 + 2000)}.`,
    () => `${pick(VAGUE)} ${pick(VERBS_REPORT)} the ${pick(NOUNS)} would ${pick(HEDGES) === 'may' ? 'likely' : 'probably'} be revised before the vote.`,
    () => `This ${pick(LOADED)} ${pick(NOUNS)} ${pick(CERTAIN)} reveals how little the government cares about ${pick(PLACES)}.`,
    () => `The ${pick(LOADED)} response to ${topic} seeks to distract voters from a ${pick(LOADED)} record.`,
    () => `${titled()} met ${titled()} in ${pick(PLACES)} ${date()} to discuss ${topic}, the U.S. embassy said.`,
    () => `Police arrested ${Math.floor(r() * 30 + 2)} people after protesters blocked the road near ${pick(PLACES)} at 6 p.m. local time.`,
    () => `“It is a ${pick(LOADED)} mistake,” ${person()} said. “Nobody asked the families who live here.”`,
    () => `Leaders must act now, before ${topic} becomes an ${pick(LOADED)} crisis for ${pick(PLACES)}.`,
    () => `The council voted ${Math.floor(r() * 10 + 5)} to ${Math.floor(r() * 5)} in favour of the ${pick(NOUNS)}, which takes effect in ${pick(MONTHS)}.`,
    () => `${pick(ORGS).replace(/^t/, 'T')} did not respond to a request for comment.`,
    () => `The figures, published by ${pick(ORGS)}, show a ${num()} fall in applications compared with last year (see table).`,
    () => `In a statement, ${pick(ORGS)} said it was “deeply concerned” by the ${pick(NOUNS)} and would ${pick(HEDGES) === 'could' ? 'consider' : 'review'} its options.`,
    () => `The ${pick(NOUNS)} will undoubtedly shape the future of ${place} for a generation…`,
    () => `“There is no money left,” ${person()} told the ${pick(['Meridian Press', 'Ardlow Herald', 'Osk Daily'])}. “We have asked ${pick(ORGS)} for help ${pick(HEDGES) === 'may' ? 'twice' : 'three times'} and heard nothing.”`,
    () => `${pick(HEDGE_ADVERBS).replace(/^./, (c) => c.toUpperCase())}, the ${pick(NOUNS)} was drafted by a consultancy linked to ${person()}, a claim ${person()} denied.`,
    () => `It is ${pick(['vital', 'essential', 'high time'])} that ${pick(ORGS)} explains why ${num()} was spent on ${topic} without a public tender.`,
    () => `Residents of ${pick(PLACES)} — many of them elderly — waited ${Math.floor(r() * 6 + 2)} hours for buses on ${pick(DAYS)}.`,
  ];
  const paragraphs: string[] = [];
  paragraphs.push(`${topic.replace(/^the /, '').replace(/^./, (c) => c.toUpperCase())}: ${place} faces ${pick(LOADED)} choices`);
  let words = 0;
  while (words < targetWords) {
    const roll = r();
    if (roll < 0.05 && paragraphs.length > 2) {
      paragraphs.push(pick(DEBRIS));
      continue;
    }
    if (roll < 0.08 && paragraphs.length > 2) {
      const items = 2 + Math.floor(r() * 3);
      const list: string[] = [];
      for (let k = 0; k < items; k++) list.push(`- ${num()} ${pick(['people evacuated', 'homes without power', 'jobs at risk', 'schools closed', 'complaints filed'])} in ${pick(PLACES)}`);
      paragraphs.push(list.join('\n'));
      words += items * 6;
      continue;
    }
    if (roll < 0.14 && paragraphs.length > 2) {
      paragraphs.push(`${pick(['What happens next', 'Reaction in', 'A long dispute over', 'Costs and delays in'])} ${pick(PLACES)}`);
      continue;
    }
    const n = 2 + Math.floor(r() * 4);
    const sentences: string[] = [];
    for (let k = 0; k < n && words < targetWords; k++) {
      const s = pick(sentenceMakers)();
      sentences.push(s);
      words += s.split(/\s+/).length;
    }
    // Some sources wrap lines inside a paragraph.
    paragraphs.push(r() < 0.15 ? sentences.join('\n') : sentences.join(' '));
  }
  const text = paragraphs.join('\n\n') + '\n';
  return { id: `bench-${String(index).padStart(4, '0')}`, text, words: text.split(/\s+/).filter(Boolean).length };
}

/** `count` articles with lengths spread evenly over [minWords, maxWords] (deterministic). */
export function generateCorpus(count = 1000, minWords = 300, maxWords = 2000): BenchArticle[] {
  const r = rng(20261128);
  const out: BenchArticle[] = [];
  for (let i = 0; i < count; i++) out.push(generateArticle(i, Math.round(minWords + r() * (maxWords - minWords))));
  return out;
}

/**
 * One long document made of the corpus's first articles joined as paragraphs-apart text, until it
 * has at least `targetWords` words: the same words as those separate articles, so its rate can be
 * compared with theirs to show whether analysis cost grows linearly with document length.
 */
export function longDocument(corpus: BenchArticle[], targetWords = 80_000): { text: string; words: number; parts: BenchArticle[] } {
  const parts: BenchArticle[] = [];
  let words = 0;
  for (const a of corpus) {
    if (words >= targetWords) break;
    parts.push(a);
    words += a.words;
  }
  return { text: parts.map((a) => a.text).join('\n\n'), words, parts };
}
