export * from './appointments';
export * from './ics';
