export * from './contribution';
export * from './accept';
