import { insertReplyText } from '../../shared/capture/insert-reply-text';
import { takeReplyText } from '../../shared/capture/reply-text-handoff';

// Injected on demand when the person presses "Insert into reply box", after the background has
// handed over the text (see reply-text-handoff.ts). Built by WXT as one self-contained file, so
// no bundler can split the insert function from what it needs. Never submits anything.
export default defineUnlistedScript(() => insertReplyText(takeReplyText()));
