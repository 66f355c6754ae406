export * from './catalogue';
export * from './progress';
