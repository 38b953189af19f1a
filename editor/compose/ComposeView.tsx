import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef, useState } from 'react';
import { composeTemplateDraft } from '../../shared/compose';
import { createDraft, getDraft, saveDraft } from '../../shared/db';
import { lintSandwich, type Diagnostic, type LintContext } from '../../shared/lint';
import type { Draft, Sandwich } from '../../shared/schema';
import { useDatabase } from '../app/database-context';
import { composeHref } from '../app/use-hash-route';
import { useAutosave } from '../drafts/use-autosave';
import { EntrySources } from './EntrySources';
import { ExportPanel } from './ExportPanel';
import { ComposeSettings } from './ComposeSettings';
import { DraftCounters } from './DraftCounters';
import { FindingsList } from './FindingsList';
import { SandwichEditor, type SandwichEditorHandle } from './sandwich-editor/SandwichEditor';
import { useLibraryData } from './use-library-data';
import './compose.css';

/** Opens a draft (or starts one) and hands it to the editor once it is loaded. */
export function ComposeView({ draftId }: { draftId?: string }) {
  const db = useDatabase();
  const stored = useLiveQuery(async () => (draftId ? ((await getDraft(db, draftId)) ?? null) : undefined), [db, draftId]);
  useEffect(() => {
    if (draftId) return;
    // A new draft is saved at once, so reloading the page never loses it.
    void createDraft(db).then((draft) => window.location.replace(composeHref(draft.id)));
  }, [db, draftId]);
  if (!draftId || stored === undefined) return <p role="status">Opening the draft…</p>;
  if (stored === null) return <p role="alert">This draft no longer exists.</p>;
  return <DraftEditor key={stored.id} initial={stored} />;
}

function DraftEditor({ initial }: { initial: Draft }) {
  const db = useDatabase();
  const library = useLibraryData();
  const [draft, setDraft] = useState(initial);
  const [notes, setNotes] = useState<string[]>([]);
  const editor = useRef<SandwichEditorHandle>(null);
  useAutosave(draft, (latest) => saveDraft(db, latest).then(() => undefined));

  const entry = library?.entries.find((candidate) => candidate.id === draft.entryId);
  const audience = library?.audiences.find((candidate) => candidate.id === draft.audienceIds[0]);
  const spokesperson = library?.spokespeople.find((candidate) => candidate.id === draft.spokespersonId);
  const context: LintContext = useMemo(
    () => ({ ...(entry ? { entry } : {}), ...(audience ? { audience } : {}), channel: draft.channel, language: draft.language }),
    [entry, audience, draft.channel, draft.language],
  );
  // The engine is fast enough to run on every change: no debounce (see npm run bench).
  const diagnostics = useMemo(() => lintSandwich(draft.sections, context), [draft.sections, context]);

  const update = (changes: Partial<Draft>) => setDraft((current) => ({ ...current, ...changes }));
  const onSections = (sections: Sandwich) => setDraft((current) => ({ ...current, sections }));
  const fillFromEntry = () => {
    if (!entry) return;
    const composed = composeTemplateDraft({ entry, channel: draft.channel, language: draft.language, ...(audience ? { audience } : {}), ...(spokesperson ? { spokesperson } : {}) });
    editor.current?.setSandwich(composed.sections);
    setNotes(composed.notes);
  };
  const jump = (diagnostic: Diagnostic) => editor.current?.focusRange(diagnostic.section, diagnostic.start, diagnostic.end);
  const fix = (diagnostic: Diagnostic) => {
    const suggestion = diagnostic.suggestion;
    if (suggestion?.replacement === undefined) return;
    editor.current?.replaceRange(diagnostic.section, suggestion.start ?? diagnostic.start, suggestion.end ?? diagnostic.end, suggestion.replacement);
  };
  const cite = (publisher: string, url: string) => {
    const text = draft.sections.factAgain;
    editor.current?.replaceRange('factAgain', text.length, text.length, `${text.trim() ? ' ' : ''}(Source: ${publisher}, ${url})`);
  };

  if (!library) return <p role="status">Loading the library…</p>;
  return (
    <div className="compose">
      <h1>Draft a reply</h1>
      <ComposeSettings draft={draft} entries={library.entries} audiences={library.audiences} spokespeople={library.spokespeople} onChange={update} />
      <p>
        <button type="button" onClick={fillFromEntry} disabled={!entry}>
          Fill from entry
        </button>
      </p>
      {notes.length > 0 && (
        <ul aria-label="Notes from the composer" className="composer-notes">
          {notes.map((note) => <li key={note}>{note}</li>)}
        </ul>
      )}
      <div className="compose-columns">
        <div>
          <SandwichEditor ref={editor} initial={initial.sections} onChange={onSections} diagnostics={diagnostics} language={draft.language} />
          <DraftCounters sandwich={draft.sections} channel={draft.channel} context={context} />
          <ExportPanel sandwich={draft.sections} channel={draft.channel} {...(entry ? { entry } : {})} {...(spokesperson ? { spokesperson } : {})} />
        </div>
        <aside>
          <FindingsList diagnostics={diagnostics} onJump={jump} onFix={fix} />
          {entry && <EntrySources sources={entry.sources} onCite={(source) => cite(source.publisher, source.url)} />}
        </aside>
      </div>
    </div>
  );
}
