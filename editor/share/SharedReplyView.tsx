import { useState } from 'react';
import { channelSpecs } from '../../shared/channels';
import type { SharedReply } from '../../shared/share/shared-reply-schema';
import { useInterfaceFormats } from '../i18n/use-interface-formats';
import { useTranslation } from '../i18n/use-translation';
import { useDatabase } from '../services/database-context';
import { composeHref } from '../services/use-hash-route';
import { SandwichPreview } from '../compose/model/SandwichPreview';
import { SourceList } from '../library/SourceList';
import { openSharedVariant } from '../../shared/share/open-shared-variant';

type Variant = SharedReply['variants'][number];

/** An ally's reply: who sent it, the entry and its sources, and each variant, ready to open as a draft. */
export function SharedReplyView({ reply }: { reply: SharedReply }) {
  const db = useDatabase();
  const { t } = useTranslation('share');
  const formats = useInterfaceFormats();
  const [problem, setProblem] = useState('');
  const open = async (index: number) => {
    try {
      window.location.hash = composeHref(await openSharedVariant(db, reply, index));
    } catch (error) {
      setProblem(t('variant.notOpened', { reason: error instanceof Error ? error.message : String(error) }));
    }
  };
  // Whole sentences per case: who the variant is for and who signs it change the words around them.
  const headingOf = (variant: Variant) => {
    const audience = variant.audience?.name ?? variant.audienceId;
    const spokesperson = variant.spokesperson?.name;
    if (spokesperson) {
      return audience ? t('variant.forAudienceSigned', { audience, spokesperson }) : t('variant.forAnyoneSigned', { spokesperson });
    }
    return audience ? t('variant.forAudience', { audience }) : t('variant.forAnyone');
  };
  const { name, organisation } = reply.from;
  return (
    <article className="shared-reply" aria-labelledby="shared-heading">
      <h1 id="shared-heading">{organisation ? t('sharedByOrganisation', { name, organisation }) : t('sharedBy', { name })}</h1>
      <p className="hint">{t('sharedAt', { date: formats.dateTime(reply.sharedAt) })}</p>
      {reply.note && <blockquote>{reply.note}</blockquote>}
      <section aria-labelledby="shared-entry-heading">
        <h2 id="shared-entry-heading">{reply.entry.title}</h2>
        <p>{reply.entry.fact}</p>
        <SourceList sources={reply.entry.sources} />
      </section>
      <ul aria-label={t('variants')} className="variant-list">
        {reply.variants.map((variant, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a shared reply is read-only: its variants never move
          <li key={index}>
            <h3>
              {headingOf(variant)} — {channelSpecs[variant.channel].label}
            </h3>
            <SandwichPreview sections={variant.sections} label={t('variant.label', { number: index + 1 })} />
            <button type="button" onClick={() => void open(index)}>
              {t('variant.open')}
            </button>
          </li>
        ))}
      </ul>
      {problem && <p role="alert">{problem}</p>}
    </article>
  );
}
