// Passing a finished reply to allies: a small file, or a link whose fragment carries it.
export * from './create-shared-reply';
export * from './open-shared-variant';
export * from './read-shared-reply';
export * from './shared-reply-schema';
export * from './shared-reply-url';
