/**
 * Declared in the manifest's `commands`; the user can change the keys in the browser's shortcut
 * settings. Its own module so the side panel can name it without the background's code.
 */
export const draftReplyCommand = 'draft-reply';
