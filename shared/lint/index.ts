export * from '../schema/diagnostic';
export * from './lint-config';
export * from './lint-context';
export * from './lint-sandwich';
export * from './method-sources';
export * from './registry';
export type { Rule, RuleMeta } from './rule';
