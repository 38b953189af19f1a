export * from './capture-problem';
export * from './insert-reply-result';
export * from './panel-request';
