/**
 * The analyser's version, on its own so the window can read it without loading the analyser: cached
 * analyses are keyed by (text hash, version), and a reopen after a reload can be answered from the
 * cache while the analysis worker's large bundle (models and word vectors) is still loading. Bump it
 * whenever the analysis output can change (then `npm run digests -- --write`).
 */
export const ANALYSER_VERSION = 'framewise-analyser-2.30.0';
