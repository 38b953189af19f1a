import { useEffect, useState } from 'react';
import { sharedReplyFromUrlFragment } from '../../shared/share/shared-reply-url';
import type { SharedReplyReading } from '../../shared/share/read-shared-reply';
import { useTranslation } from '../i18n/use-translation';
import { SharedReplyView } from './SharedReplyView';

/** A link an ally sent (`#share=…`): read, checked, and shown — or a plain message why not. */
export function SharedReplyRoute({ fragment }: { fragment: string }) {
  const { t } = useTranslation(['share', 'shell']);
  const [reading, setReading] = useState<SharedReplyReading | undefined>();
  useEffect(() => {
    void sharedReplyFromUrlFragment(fragment).then(setReading);
  }, [fragment]);
  // The same words as the page's own loading line (shell:opening), which this replaces.
  if (!reading) return <p role="status">{t('shell:opening.sharedReply')}</p>;
  if (!reading.ok) return <p role="alert">{t('cannotOpenLink', { reason: reading.message })}</p>;
  return <SharedReplyView reply={reading.reply} />;
}
