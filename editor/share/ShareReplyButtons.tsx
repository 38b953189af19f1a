import { useState } from 'react';
import { getSettings } from '../../shared/db';
import { createSharedReply, type SharedReplyVariantInput } from '../../shared/share/create-shared-reply';
import { sharedReplyToUrlFragment } from '../../shared/share/shared-reply-url';
import type { Entry } from '../../shared/schema';
import { useTranslation } from '../i18n/use-translation';
import { useDatabase } from '../services/database-context';
import { downloadFile } from '../team/download-file';

/**
 * What is shared, named whole in the catalogue (share:shareFile): "this reply" put into a sentence
 * would need its own case and gender in each language.
 */
type Props = { entry: Entry | undefined; variants: SharedReplyVariantInput[]; shares: 'reply' | 'variants' };

/**
 * Sends finished replies to allied organisations, as a file or as a link, with the entry and its
 * sources, so several trusted voices can answer together in their own words.
 */
export function ShareReplyButtons({ entry, variants, shares }: Props) {
  const db = useDatabase();
  const { t } = useTranslation('share');
  const [status, setStatus] = useState('');
  const build = async () => {
    if (!entry) return undefined;
    const settings = await getSettings(db);
    const created = createSharedReply({ from: { name: settings.userName || t('someone') }, entry, variants }, new Date());
    if (!created.ok) setStatus(t('notShared', { reason: created.message }));
    return created.ok ? created.reply : undefined;
  };
  const download = async () => {
    const reply = await build();
    if (!reply) return;
    downloadFile(`reply-${reply.entry.id}.json`, `${JSON.stringify(reply, null, 2)}\n`);
    setStatus(t('downloaded'));
  };
  const copyLink = async () => {
    const reply = await build();
    if (!reply) return;
    const link = await sharedReplyToUrlFragment(reply);
    if (!link.ok) {
      setStatus(link.message);
      return;
    }
    const url = `${location.origin}${location.pathname}${link.fragment}`;
    await navigator.clipboard.writeText(url).then(
      () => setStatus(t('copied')),
      () => setStatus(t('clipboardRefused')),
    );
  };
  return (
    <p className="share-buttons">
      <button type="button" onClick={() => void download()} disabled={!entry || variants.length === 0}>
        {t(`shareFile.${shares}`)}
      </button>
      <button type="button" onClick={() => void copyLink()} disabled={!entry || variants.length === 0}>
        {t('copyLink')}
      </button>
      <span role="status">{status}</span>
    </p>
  );
}
