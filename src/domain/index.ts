// Public API of the pure domain layer. Other layers import from here.
export * from './result';
export * from './record/index';
export * from './consent/index';
export * from './appointments/index';
export * from './milestones/index';
export * from './health/index';
export * from './errors';
export { fromHex, toHex } from './hex';
export { asciiDigits } from './digits';
export * from './search/index';
export * from './growth/index';
// The demo generator is imported from './demo/generate' directly, so it loads only with the demo.
// Contributions are imported from './contribution/index' directly, so they load only with their screens.
