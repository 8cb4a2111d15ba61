export * from './database';
export * from './articles';
export * from './settings';
export * from './search-index';
