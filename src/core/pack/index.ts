export * from './errors';
export * from './format';
export { readPack, validatePack, parsePackBytes } from './read-pack';
export { writePack, type WritePackInput } from './write-pack';
export { planPackImport, type PackImportPlan, type PlannedArticle, type ExistingArticle } from './merge';
