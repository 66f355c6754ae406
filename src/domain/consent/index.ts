export * from './payload';
export * from './events';
export * from './log';
export * from './grants';
export * from './model';
