export * from './ids';
export * from './dates';
export * from './codes';
export * from './sections';
export * from './section-of';
export * from './types';
