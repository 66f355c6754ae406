export * from './fold';
export * from './text-of';
export * from './search';
export * from './timeline';
