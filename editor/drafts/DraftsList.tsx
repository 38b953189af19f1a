import { describeFailure } from '../forms/describe-failure';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { deleteDraft, duplicateDraft, listDrafts, listEntries, renameDraft, restoreDraft, saveDraft } from '../../shared/db';
import type { Draft } from '../../shared/schema';
import { useTranslation } from '../i18n/use-translation';
import { useDatabase } from '../services/database-context';
import { useToast } from '../ui/toast/use-toast';
import { composeHref } from '../services/use-hash-route';
import { draftLabel } from './draft-label';
import { draftStatuses, type DraftStatus } from './draft-statuses';
import { DraftRow, type DraftRowActions } from './DraftRow';
import './drafts.css';

/** '' = every draft; noEntry = drafts written without a library entry. */
const noEntry = '(none)';

type Notice = { text: string; undo?: Draft } | { error: string };
/** What failed, named in the catalogue (drafts:failed). */
type Failure = 'rename' | 'duplicate' | 'delete' | 'status' | 'restore';

/**
 * Every saved draft, most recently edited first: open, rename, duplicate, delete (with Undo).
 * Done actions are confirmed in a toast; a delete stays in the page, because its Undo must not
 * time out (WCAG 2.2.1) and takes the keyboard focus.
 */
export function DraftsList() {
  const db = useDatabase();
  const { t } = useTranslation('drafts');
  const drafts = useLiveQuery(() => listDrafts(db), [db]);
  const entries = useLiveQuery(() => listEntries(db), [db]);
  const [entryFilter, setEntryFilter] = useState('');
  const [statusFilter, setStatusFilter] = useState<DraftStatus | ''>('');
  const [notice, setNotice] = useState<Notice>();
  const toast = useToast();
  const [focusDraftId, setFocusDraftId] = useState<string>();
  const undoButton = useRef<HTMLButtonElement>(null);
  const entryFilterId = useId();
  const statusFilterId = useId();

  const entryTitles = useMemo(() => new Map(entries?.map((entry) => [entry.id, entry.title])), [entries]);
  // Only entries that have drafts: the filter offers choices that show something.
  const entryOptions = useMemo(() => {
    const ids = new Set(drafts?.flatMap((draft) => (draft.entryId ? [draft.entryId] : [])));
    return [...ids].map((id) => ({ id, title: entryTitles.get(id) ?? id })).sort((a, b) => a.title.localeCompare(b.title));
  }, [drafts, entryTitles]);

  const shown = (drafts ?? []).filter(
    (draft) =>
      (!statusFilter || draft.status === statusFilter) &&
      (!entryFilter || (entryFilter === noEntry ? !draft.entryId : draft.entryId === entryFilter)),
  );

  // After Undo, the restored draft's link takes the focus the vanished Undo button had.
  useEffect(() => {
    if (!focusDraftId || !drafts?.some((draft) => draft.id === focusDraftId)) return;
    document.querySelector<HTMLElement>(`[data-draft-id="${focusDraftId}"]`)?.focus();
    setFocusDraftId(undefined);
  }, [drafts, focusDraftId]);

  // The deleted row and its button are gone: Undo is where the keyboard can carry on.
  useEffect(() => {
    if (notice && 'undo' in notice && notice.undo) undoButton.current?.focus();
  }, [notice]);

  const attempt = async (what: Failure, action: () => Promise<void>) => {
    try {
      await action();
    } catch (error) {
      setNotice({ error: t(`failed.${what}`, { reason: describeFailure(error) }) });
    }
  };

  const actions: DraftRowActions = {
    rename: (draft, title) =>
      attempt('rename', async () => {
        const renamed = await renameDraft(db, draft.id, title);
        setNotice(undefined);
        toast(t('done.renamed', { name: draftLabel(renamed) }));
      }),
    duplicate: (draft) =>
      attempt('duplicate', async () => {
        const copy = await duplicateDraft(db, draft.id, new Date(), draftLabel(draft), (name) => t('copyName', { name }));
        setNotice(undefined);
        toast(t('done.duplicated', { name: draftLabel(copy) }));
      }),
    remove: (draft) =>
      attempt('delete', async () => {
        await deleteDraft(db, draft.id);
        setNotice({ text: t('done.deleted', { name: draftLabel(draft) }), undo: draft });
      }),
    setStatus: (draft, status) => attempt('status', async () => void (await saveDraft(db, { ...draft, status }))),
  };

  const undo = (draft: Draft) =>
    attempt('restore', async () => {
      await restoreDraft(db, draft);
      setNotice(undefined);
      toast(t('done.restored', { name: draftLabel(draft) }));
      setFocusDraftId(draft.id);
    });

  // The composer starts the draft and stores it on its first change: an abandoned "New draft" leaves nothing here.
  const startDraft = () => {
    window.location.hash = composeHref();
  };

  return (
    <section aria-labelledby="drafts-heading" className="drafts">
      <div className="drafts-header">
        <h1 id="drafts-heading">{t('heading')}</h1>
        <button type="button" className="primary" onClick={startDraft}>
          {t('newDraft')}
        </button>
      </div>
      <div className="filters drafts-filters">
        <label htmlFor={entryFilterId}>{t('filters.entry')}</label>
        <select id={entryFilterId} value={entryFilter} onChange={(event) => setEntryFilter(event.target.value)}>
          <option value="">{t('filters.allEntries')}</option>
          <option value={noEntry}>{t('filters.noEntry')}</option>
          {entryOptions.map((option) => (
            <option key={option.id} value={option.id}>
              {option.title}
            </option>
          ))}
        </select>
        <label htmlFor={statusFilterId}>{t('filters.status')}</label>
        <select id={statusFilterId} value={statusFilter} onChange={(event) => setStatusFilter(event.target.value as DraftStatus | '')}>
          <option value="">{t('filters.allStatuses')}</option>
          {draftStatuses.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <div role="status" className="drafts-notice">
        {notice && 'text' in notice && (
          <>
            {notice.text}{' '}
            {notice.undo && (
              <button type="button" ref={undoButton} onClick={() => void undo(notice.undo!)}>
                {t('undo')}
              </button>
            )}
          </>
        )}
      </div>
      {notice && 'error' in notice && (
        <p role="alert" className="error">
          {notice.error}
        </p>
      )}
      {drafts === undefined ? (
        <p>{t('loading')}</p>
      ) : drafts.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <>
          <p className="count">{t('shownOfTotal', { shown: shown.length, count: drafts.length })}</p>
          <ul className="draft-list" aria-label={t('heading')}>
            {shown.map((draft) => (
              <DraftRow
                key={draft.id}
                draft={draft}
                entryTitle={draft.entryId && (entryTitles.get(draft.entryId) ?? draft.entryId)}
                actions={actions}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
