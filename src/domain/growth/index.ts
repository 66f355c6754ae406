// UK-WHO growth: SDS, centiles and what the growth page says. The reference tables
// (./uk-who-data) are imported only by the growth screen, so they load with it.
export * from './lms';
export * from './assess';
export * from './check';
