// The library bundle as a file: read (plain or signed), sign, plan and apply an import, export.
// Node-only key files live in ./key-files and are not exported here (the browser has no fs).
export * from './apply-import';
export * from './bundle-keys';
export * from './export-bundle';
export * from './plan-import';
export * from './read-bundle-file';
export * from './read-local-library';
export * from './sign-bundle';
export * from './signed-bundle-schema';
