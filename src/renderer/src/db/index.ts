export * from './database';
export * from './articles';
export * from './settings';
