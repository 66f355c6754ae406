// Public API of the pure domain layer. Other layers import from here.
export * from './result';
export * from './record/index';
export * from './consent/index';
export * from './appointments/index';
export * from './milestones/index';
export * from './health/index';
export * from './errors';
export * from './search/index';
export { generateDemoFamily, demoNhsNumber, DEMO_CHILD_IDS, type DemoOptions } from './demo/generate';
