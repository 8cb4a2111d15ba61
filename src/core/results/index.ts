export * from './errors';
export * from './format';
export { packIdOf } from './pack-id';
export { readResults, validateResults, parseResultsBytes, resultsDigest, canonicalResults, type ReadResultsOptions } from './read-results';
export { writeResults } from './write-results';
export { markedScore, skillSummary, timeSpent } from './summary';
export { summariseClass, mergeDecision, learnerKeyOf, type ClassSummary, type LearnerRow, type ItemDifficulty, type DisputedItem, type ResultsMerge } from './class';
export { classCsv, type CsvHeadings } from './csv';
