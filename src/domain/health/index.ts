export * from './schedule';
export * from './immunisations';
export * from './reviews';
export * from './before-family-file';
