export * from './normalise';
export * from './snippet';
