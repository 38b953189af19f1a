import { useEffect, useState } from 'react';
import { sharedReplyFromUrlFragment } from '../../shared/share/shared-reply-url';
import type { SharedReplyReading } from '../../shared/share/read-shared-reply';
import { SharedReplyView } from './SharedReplyView';

/** A link an ally sent (`#share=…`): read, checked, and shown — or a plain message why not. */
export function SharedReplyRoute({ fragment }: { fragment: string }) {
  const [reading, setReading] = useState<SharedReplyReading | undefined>();
  useEffect(() => {
    void sharedReplyFromUrlFragment(fragment).then(setReading);
  }, [fragment]);
  if (!reading) return <p role="status">Opening the shared reply…</p>;
  if (!reading.ok) return <p role="alert">This link does not hold a reply that can be opened: {reading.message}</p>;
  return <SharedReplyView reply={reading.reply} />;
}
