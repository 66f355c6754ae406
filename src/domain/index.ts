// Public API of the pure domain layer. Other layers import from here.
export * from './result';
export * from './record/index';
export * from './consent/index';
export * from './appointments/index';
export * from './milestones/index';
export * from './health/index';
export * from './errors';
