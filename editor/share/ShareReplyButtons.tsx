import { useState } from 'react';
import { getSettings } from '../../shared/db';
import { createSharedReply, type SharedReplyVariantInput } from '../../shared/share/create-shared-reply';
import { sharedReplyToUrlFragment } from '../../shared/share/shared-reply-url';
import type { Entry } from '../../shared/schema';
import { useDatabase } from '../services/database-context';
import { downloadFile } from '../team/download-file';

type Props = { entry: Entry | undefined; variants: SharedReplyVariantInput[]; label: string };

/**
 * Sends finished replies to allied organisations, as a file or as a link, with the entry and its
 * sources, so several trusted voices can answer together in their own words.
 */
export function ShareReplyButtons({ entry, variants, label }: Props) {
  const db = useDatabase();
  const [status, setStatus] = useState('');
  const build = async () => {
    if (!entry) return undefined;
    const settings = await getSettings(db);
    const created = createSharedReply({ from: { name: settings.userName || 'A Fact Sandwich user' }, entry, variants }, new Date());
    if (!created.ok) setStatus(`Not shared: ${created.message}`);
    return created.ok ? created.reply : undefined;
  };
  const download = async () => {
    const reply = await build();
    if (!reply) return;
    downloadFile(`reply-${reply.entry.id}.json`, `${JSON.stringify(reply, null, 2)}\n`);
    setStatus('Downloaded the reply file. Allies open it in Fact Sandwich: Team library → Open a shared reply.');
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
      () => setStatus('Copied a link. It carries the reply itself, in the part of the address that never reaches a server.'),
      () => setStatus('The browser refused access to the clipboard.'),
    );
  };
  return (
    <p className="share-buttons">
      <button type="button" onClick={() => void download()} disabled={!entry || variants.length === 0}>
        Share {label} with allies (file)
      </button>
      <button type="button" onClick={() => void copyLink()} disabled={!entry || variants.length === 0}>
        Copy a link for allies
      </button>
      <span role="status">{status}</span>
    </p>
  );
}
