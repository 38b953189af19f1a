import { useState } from 'react';
import { channelSpecs } from '../../shared/channels';
import type { SharedReply } from '../../shared/share/shared-reply-schema';
import { useDatabase } from '../services/database-context';
import { composeHref } from '../services/use-hash-route';
import { SandwichPreview } from '../compose/model/SandwichPreview';
import { SourceList } from '../library/SourceList';
import { openSharedVariant } from '../../shared/share/open-shared-variant';

/** An ally's reply: who sent it, the entry and its sources, and each variant, ready to open as a draft. */
export function SharedReplyView({ reply }: { reply: SharedReply }) {
  const db = useDatabase();
  const [problem, setProblem] = useState('');
  const open = async (index: number) => {
    try {
      window.location.hash = composeHref(await openSharedVariant(db, reply, index));
    } catch (error) {
      setProblem(`Could not open it: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  return (
    <article className="shared-reply" aria-labelledby="shared-heading">
      <h1 id="shared-heading">
        A reply shared by {reply.from.name}
        {reply.from.organisation ? ` (${reply.from.organisation})` : ''}
      </h1>
      <p className="hint">Shared {new Date(reply.sharedAt).toLocaleString()}. Nothing is added to your library until you open a variant.</p>
      {reply.note && <blockquote>{reply.note}</blockquote>}
      <section aria-labelledby="shared-entry-heading">
        <h2 id="shared-entry-heading">{reply.entry.title}</h2>
        <p>{reply.entry.fact}</p>
        <SourceList sources={reply.entry.sources} />
      </section>
      <ul aria-label="Shared variants" className="variant-list">
        {reply.variants.map((variant, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a shared reply is read-only: its variants never move
          <li key={index}>
            <h3>
              For {variant.audience?.name ?? variant.audienceId ?? 'anyone reading'}
              {variant.spokesperson ? `, signed by ${variant.spokesperson.name}` : ''} — {channelSpecs[variant.channel].label}
            </h3>
            <SandwichPreview sections={variant.sections} label={`Shared variant ${index + 1}`} />
            <button type="button" onClick={() => void open(index)}>
              Open this reply in the editor
            </button>
          </li>
        ))}
      </ul>
      {problem && <p role="alert">{problem}</p>}
    </article>
  );
}
