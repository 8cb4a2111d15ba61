/**
 * The analysis Web Worker: creates the analyser once (model and lexicon load is the slow
 * part) and answers one request at a time. Requests are queued and started from a
 * macrotask, so a `cancel` that arrives while another article is being analysed removes
 * the stale request before it starts. It also generates practice items from an analysis
 * (`generate`), at once rather than queued: a session waiting for its first items must not
 * wait for the other articles' analyses.
 */
import { ANALYSER_VERSION, createAnalyser, type Analyser } from '../../../core/analysis';
import type { ArticleAnalysis } from '../../../core/analysis/types';
import { generateItems, type PracticeArticle, type PracticeItem } from '../../../core/practice';
import type { AnalyseRequest, WorkerRequest, WorkerResponse } from './analysis-protocol';
import { mark } from '../platform/timing';

interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerResponse): void;
}

const scope = self as unknown as WorkerScope;

/** A made-up report with the shapes the analyser handles (quotes, sources, numbers, hedges, framing). */
const WARM_UP_TEXT = [
  'Harbour council votes to close two libraries',
  'The Harbour council voted 7-2 on Tuesday to close the libraries at Eastgate and Millbrook from April, saving about £410,000 a year, according to a council report.',
  '"This is a sad day for the town," said Councillor Dana Whitlow, who voted against the plan. "We are closing the one place where anyone can sit for free."',
  'She said the savings could be found elsewhere. Officials said the decision was unavoidable, and a spokeswoman for the council declined to comment further.',
  'Yet again, the council has picked the easy option over the right one. Figures published by the library service last year show visits rose by 12 per cent.',
  'Campaigners say they will challenge the decision in court. It is unclear whether the mobile library, which serves 14 villages, will continue.',
].join('\n\n');
const queue: AnalyseRequest[] = [];
let analyser: Analyser | null = null;
let draining = false;

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function itemsOrNothing(article: PracticeArticle, analysis: ArticleAnalysis): PracticeItem[] | undefined {
  try {
    return generateItems(article, analysis);
  } catch {
    // The client asks with a 'generate' request, which reports the error.
    return undefined;
  }
}

function drainOne(): void {
  const request = queue.shift();
  if (!request) {
    draining = false;
    return;
  }
  try {
    analyser ??= createAnalyser();
    mark('worker:analyse');
    const analysis = analyser.analyzeArticle(request.original, request.blocks);
    mark('worker:analysed');
    scope.postMessage({ id: request.id, analysis, items: request.practice ? itemsOrNothing(request.practice, analysis) : undefined });
    mark('worker:posted');
  } catch (error) {
    scope.postMessage({ id: request.id, error: message(error) });
  }
  setTimeout(drainOne, 0);
}

scope.onmessage = (event) => {
  const data = event.data;
  if (data.type === 'warm') {
    setTimeout(() => {
      try {
        analyser ??= createAnalyser();
        // One small article through every stage, so the engine has compiled the analysis code
        // before the learner's first article (a cold first run costs about twice a warm one).
        if (queue.length === 0) analyser.analyzeArticle(WARM_UP_TEXT);
        mark('worker:warmed');
      } catch {
        // Reported with the first real request, which retries.
      }
    }, 0);
    return;
  }
  if (data.type === 'generate') {
    try {
      scope.postMessage({ type: 'items', id: data.id, items: generateItems(data.article, data.analysis) });
    } catch (error) {
      scope.postMessage({ type: 'items-error', id: data.id, error: message(error) });
    }
    return;
  }
  if (data.type === 'cancel') {
    const at = queue.findIndex((request) => request.id === data.id);
    if (at >= 0) queue.splice(at, 1);
    return;
  }
  queue.push(data);
  if (!draining) {
    draining = true;
    setTimeout(drainOne, 0);
  }
};

// The version needs no model: announce it at once, so a persisted analysis can be shown
// while the analyser itself would still be loading.
scope.postMessage({ type: 'version', version: ANALYSER_VERSION });
