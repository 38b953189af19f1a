import { useState } from 'react';
import { readFileCapped } from '../../shared/bundle/read-capped-text';
import { readSharedReply } from '../../shared/share/read-shared-reply';
import type { SharedReply } from '../../shared/share/shared-reply-schema';
import { useTranslation } from '../i18n/use-translation';
import { SharedReplyView } from './SharedReplyView';

/** Opens a reply file an ally sent; a file that is not one gets a plain message, and nothing changes. */
export function OpenSharedReplySection() {
  const { t } = useTranslation('team');
  const [reply, setReply] = useState<SharedReply | undefined>();
  const [problem, setProblem] = useState('');
  const open = async (file: File | undefined) => {
    if (!file) return;
    // Size checked first and the file read as a stream: a huge file never fills memory.
    const text = await readFileCapped(file, { what: 'The file', consequence: 'Nothing was opened.' });
    if (!text.ok) {
      setReply(undefined);
      setProblem(t('shared.cannotOpen', { file: file.name, reason: text.message }));
      return;
    }
    const reading = readSharedReply(text.text);
    setReply(reading.ok ? reading.reply : undefined);
    setProblem(reading.ok ? '' : t('shared.cannotOpen', { file: file.name, reason: reading.message }));
  };
  return (
    <section aria-labelledby="open-shared-heading">
      <h2 id="open-shared-heading">{t('shared.heading')}</h2>
      <label className="file-button">
        {t('shared.choose')}
        <input type="file" accept=".json,application/json" onChange={(event) => void open(event.target.files?.[0])} />
      </label>
      {problem && <p role="alert">{problem}</p>}
      {reply && <SharedReplyView reply={reply} />}
    </section>
  );
}
