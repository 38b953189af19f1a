export * from './database';
export * from './drafts-repository';
export * from './entries-repository';
export * from './invalid-record-error';
export * from './profiles-repository';
export * from './seed-starter-library';
export * from './settings-repository';
export * from './sightings-repository';
