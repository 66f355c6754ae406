export * from './schedule';
export * from './immunisations';
export * from './reviews';
