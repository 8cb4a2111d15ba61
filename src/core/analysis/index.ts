/** The analysis core's public API. */
export { createAnalyser, ANALYSER_VERSION } from './analyser';
export type { Analyser, AnalyserOptions, SentenceResult } from './analyser';
export { lexiconFeatures } from './features';
export { FEATURE_NAMES } from './scoring';
export type * from './types';
