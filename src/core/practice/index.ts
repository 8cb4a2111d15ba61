/** The practice core: exercise generation, grading, mastery, streaks and FSRS review scheduling. */
export * from './types';
export * from './messages';
export { CONFIDENCE_CUTOFFS, UNCALIBRATED_CUTOFFS, calibrateItemConfidence, isGraded, labelSignals, rawCutoff } from './confidence';
export { generateItems, countItems, type PracticeArticle, type GenerateOptions, type ItemCounts } from './generate';
export { DEFAULT_LIMITS } from './generators/context';
export { WRITER_CHOICE, NO_SOURCE_CHOICE } from './generators/who-says';
export { sourceCheckKind } from './generators/source-check';
export {
  analysisFromAnswerKey,
  keyNotes,
  keyAnalyserVersion,
  cleanVoiceName,
  voiceNameVariants,
  AnswerKeyMismatchError,
} from './from-answer-key';
export { gradeItem, f1, PASS_THRESHOLDS } from './grade';
export { tokenize } from './tokens';
export * from './mastery';
export * from './streak';
export * from './days';
export * from './scheduling';
export * from './session';
