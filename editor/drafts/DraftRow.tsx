import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { channelSpecs } from '../../shared/channels';
import type { Draft } from '../../shared/schema';
import { useInterfaceFormats } from '../i18n/use-interface-formats';
import { Trans, useTranslation } from '../i18n/use-translation';
import { composeHref } from '../services/use-hash-route';
import { draftLabel } from './draft-label';
import { draftStatuses, type DraftStatus } from './draft-statuses';

export type DraftRowActions = {
  rename: (draft: Draft, title: string) => Promise<void>;
  duplicate: (draft: Draft) => Promise<void>;
  remove: (draft: Draft) => Promise<void>;
  setStatus: (draft: Draft, status: DraftStatus) => Promise<void>;
};

/** One draft: a link to open it, what it answers and where, and what can be done with it. */
export function DraftRow({ draft, entryTitle, actions }: { draft: Draft; entryTitle: string | undefined; actions: DraftRowActions }) {
  const { t } = useTranslation('drafts');
  const formats = useInterfaceFormats();
  const [renaming, setRenaming] = useState(false);
  const labelId = useId();
  const statusId = useId();
  const renameButton = useRef<HTMLButtonElement>(null);
  const wasRenaming = useRef(false);
  const label = draftLabel(draft);

  // Back to the Rename button when the form closes, so the keyboard does not lose its place.
  useEffect(() => {
    if (wasRenaming.current && !renaming) renameButton.current?.focus();
    wasRenaming.current = renaming;
  }, [renaming]);

  return (
    <li className="draft-row">
      {renaming ? (
        <RenameForm draft={draft} onDone={() => setRenaming(false)} rename={actions.rename} />
      ) : (
        <a href={composeHref(draft.id)} id={labelId} className="draft-title" data-draft-id={draft.id}>
          {label}
        </a>
      )}
      <span className="draft-meta">
        {entryTitle ?? t('filters.noEntry')} · {channelSpecs[draft.channel].label} ·{' '}
        <Trans
          t={t}
          i18nKey="row.updated"
          values={{ date: formats.dateTime(draft.updatedAt) }}
          components={{ time: <time dateTime={draft.updatedAt} /> }}
        />
      </span>
      <div className="draft-actions">
        <label htmlFor={statusId} className="draft-status-label">
          {t('row.status')}
        </label>
        <select id={statusId} value={draft.status} onChange={(event) => void actions.setStatus(draft, event.target.value as DraftStatus)}>
          {draftStatuses.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
        {/* The draft's name describes each button, so "Delete" is never ambiguous out of context. */}
        <button
          type="button"
          ref={renameButton}
          aria-describedby={renaming ? undefined : labelId}
          onClick={() => setRenaming(true)}
          disabled={renaming}
        >
          {t('row.rename')}
        </button>
        <button type="button" aria-describedby={renaming ? undefined : labelId} onClick={() => void actions.duplicate(draft)}>
          {t('row.duplicate')}
        </button>
        <button type="button" aria-describedby={renaming ? undefined : labelId} onClick={() => void actions.remove(draft)}>
          {t('row.delete')}
        </button>
      </div>
    </li>
  );
}

function RenameForm({ draft, rename, onDone }: { draft: Draft; rename: DraftRowActions['rename']; onDone: () => void }) {
  // The field starts with the name the list shows, selected, so typing replaces it and a small
  // change needs no retyping (issue 20: it used to start empty).
  const { t } = useTranslation(['drafts', 'common']);
  const shown = draftLabel(draft);
  const [title, setTitle] = useState(shown);
  const inputId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const unchanged = title.trim() === draft.title || (!draft.title && title.trim() === shown);
    if (!unchanged) await rename(draft, title);
    onDone();
  };

  return (
    <form className="draft-rename" onSubmit={(event) => void submit(event)}>
      <label htmlFor={inputId}>{t('row.title')}</label>
      <input
        id={inputId}
        value={title}
        maxLength={200}
        placeholder={draftLabel({ ...draft, title: '' })}
        // biome-ignore lint/a11y/noAutofocus: the field opens on the person's own "Rename" click; typing goes straight in
        autoFocus
        onFocus={(event) => event.target.select()}
        onChange={(event) => setTitle(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onDone();
        }}
      />
      <button type="submit">{t('row.save')}</button>
      <button type="button" onClick={onDone}>
        {t('common:cancel')}
      </button>
    </form>
  );
}
