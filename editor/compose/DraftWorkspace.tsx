import { localToday } from '../../shared/calendar/calendar-date';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { composeTemplateDraft, type ComposedDraft, type ComposeRequest } from '../../shared/compose';
import { saveDraft } from '../../shared/db';
import { lintSandwich, type Diagnostic, type LintContext } from '../../shared/lint';
import type { Draft, Sandwich } from '../../shared/schema';
import { useDatabase } from '../services/database-context';
import { useAutosave } from '../drafts/use-autosave';
import { useLintConfig } from '../services/use-lint-config';
import { ComposeSettings } from './ComposeSettings';
import { DraftCounters } from './DraftCounters';
import { EntrySources } from './EntrySources';
import { ExportPanel } from './ExportPanel';
import { PostedPrompt } from './PostedPrompt';
import { FindingsList } from './FindingsList';
import { ShareReplyButtons } from '../share/ShareReplyButtons';
import { ModelDraftPanel } from './model/ModelDraftPanel';
import { VariantsPanel } from './model/VariantsPanel';
import { SandwichEditor, type SandwichEditorHandle } from './sandwich-editor/SandwichEditor';
import { useLibraryData } from '../services/use-library-data';
import './compose.css';

type Props = {
  initial: Draft;
  /** The side panel's narrow layout: one column, the findings under the editor. */
  compact?: boolean;
  /**
   * Redraft from the entry when the settings change, as long as the person has not edited the
   * composed text: picking another audience should not leave the old audience's wording.
   */
  recomposeWhenUntouched?: boolean;
  /**
   * Extra actions on the current draft (the side panel's "insert into reply box"…). `saveNow`
   * writes the draft at once, for actions that hand it to another page; `used` asks whether the
   * reply was posted (after an insert into the page, say).
   */
  actions?: (draft: Draft, saveNow: () => void, used: () => void) => ReactNode;
  /** Where the model is set up: the web editor's Settings route, or the extension's options page. */
  settingsHref?: string;
};

/** The draft being written: its settings, the four-section editor, live lint, counters and copy. Autosaved. */
export function DraftWorkspace({ initial, compact = false, recomposeWhenUntouched = false, actions, settingsHref = '#/settings' }: Props) {
  const db = useDatabase();
  const library = useLibraryData();
  const [draft, setDraft] = useState(initial);
  const [notes, setNotes] = useState<string[]>([]);
  const [askPosted, setAskPosted] = useState(false);
  const editor = useRef<SandwichEditorHandle>(null);
  // The text the composer last produced: while the draft still equals it, nothing is the person's own.
  const composed = useRef<Sandwich>(initial.sections);
  const autosave = useAutosave(draft, (latest) => saveDraft(db, latest).then(() => undefined));

  const entry = library?.entries.find((candidate) => candidate.id === draft.entryId);
  const audience = library?.audiences.find((candidate) => candidate.id === draft.audienceIds[0]);
  const spokesperson = library?.spokespeople.find((candidate) => candidate.id === draft.spokespersonId);
  const context: LintContext = useMemo(
    // Today, so that a draft from an entry past its review-by date is flagged (stale-entry).
    () => ({
      ...(entry ? { entry } : {}),
      ...(audience ? { audience } : {}),
      channel: draft.channel,
      language: draft.language,
      today: localToday(),
    }),
    [entry, audience, draft.channel, draft.language],
  );
  // The team's rule levels from Settings. The engine is fast enough to run on every change: no
  // debounce (see npm run bench).
  const lintConfig = useLintConfig();
  const diagnostics = useMemo(() => lintSandwich(draft.sections, context, lintConfig), [draft.sections, context, lintConfig]);

  const update = (changes: Partial<Draft>) => setDraft((current) => ({ ...current, ...changes }));
  const onSections = (sections: Sandwich) => setDraft((current) => ({ ...current, sections }));
  // Stable between keystrokes: the model panel derives its privacy list from it.
  const request: ComposeRequest | undefined = useMemo(
    () =>
      entry
        ? {
            entry,
            channel: draft.channel,
            language: draft.language,
            ...(audience ? { audience } : {}),
            ...(spokesperson ? { spokesperson } : {}),
          }
        : undefined,
    [entry, audience, spokesperson, draft.channel, draft.language],
  );
  // A composed draft (template, model or variant) replaces the text as one undoable change.
  const applyComposed = (result: ComposedDraft) => {
    composed.current = result.sections;
    editor.current?.setSandwich(result.sections);
    setNotes(result.notes);
  };
  const fillFromEntry = () => {
    if (request) applyComposed(composeTemplateDraft(request));
  };

  const untouched = sameSandwich(draft.sections, composed.current);
  const settingsKey = `${draft.entryId}|${draft.audienceIds.join()}|${draft.spokespersonId}|${draft.channel}|${draft.language}`;
  const lastSettings = useRef(settingsKey);
  useEffect(() => {
    if (settingsKey === lastSettings.current || !entry) return;
    lastSettings.current = settingsKey;
    if (recomposeWhenUntouched && untouched) fillFromEntry();
    // fillFromEntry reads the settings this key summarises.
  }, [settingsKey, entry]);

  const jump = (diagnostic: Diagnostic) => editor.current?.focusRange(diagnostic.section, diagnostic.start, diagnostic.end);
  const fix = (diagnostic: Diagnostic) => {
    const suggestion = diagnostic.suggestion;
    if (suggestion?.replacement === undefined) return;
    editor.current?.replaceRange(
      diagnostic.section,
      suggestion.start ?? diagnostic.start,
      suggestion.end ?? diagnostic.end,
      suggestion.replacement,
    );
  };
  const cite = (publisher: string, url: string) => {
    const text = draft.sections.factAgain;
    editor.current?.replaceRange('factAgain', text.length, text.length, `${text.trim() ? ' ' : ''}(Source: ${publisher}, ${url})`);
  };

  if (!library) return <p role="status">Loading the library…</p>;
  return (
    <div className={compact ? 'compose compose-compact' : 'compose'}>
      <ComposeSettings
        draft={draft}
        entries={library.entries}
        audiences={library.audiences}
        spokespeople={library.spokespeople}
        onChange={update}
      />
      <p>
        <button type="button" onClick={fillFromEntry} disabled={!entry}>
          {compact ? 'Redraft from entry' : 'Fill from entry'}
        </button>
      </p>
      <ModelDraftPanel
        request={request}
        {...(draft.capturedPost ? { capturedPostText: draft.capturedPost.text } : {})}
        lintConfig={lintConfig}
        settingsHref={settingsHref}
        onApply={applyComposed}
      />
      <VariantsPanel
        base={entry ? { entry, channel: draft.channel, language: draft.language } : undefined}
        channel={draft.channel}
        audiences={library.audiences}
        spokespeople={library.spokespeople}
        lintConfig={lintConfig}
        onUse={applyComposed}
      />
      {notes.length > 0 && (
        <ul aria-label="Notes from the composer" className="composer-notes">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      <div className="compose-columns">
        <div>
          <SandwichEditor
            ref={editor}
            initial={initial.sections}
            onChange={onSections}
            diagnostics={diagnostics}
            language={draft.language}
          />
          <DraftCounters sandwich={draft.sections} channel={draft.channel} context={context} />
          {actions?.(draft, autosave.flush, () => setAskPosted(true))}
          <ExportPanel
            sandwich={draft.sections}
            channel={draft.channel}
            {...(entry ? { entry } : {})}
            {...(spokesperson ? { spokesperson } : {})}
            onCopied={() => setAskPosted(draft.status !== 'posted')}
          />
          {askPosted && <PostedPrompt draft={draft} onPosted={() => update({ status: 'posted' })} onDone={() => setAskPosted(false)} />}
          <ShareReplyButtons
            entry={entry}
            label="this reply"
            variants={[
              {
                ...(audience ? { audience } : {}),
                ...(spokesperson ? { spokesperson } : {}),
                channel: draft.channel,
                language: draft.language,
                sections: draft.sections,
              },
            ]}
          />
        </div>
        <aside>
          <FindingsList diagnostics={diagnostics} onJump={jump} onFix={fix} />
          {entry && <EntrySources sources={entry.sources} onCite={(source) => cite(source.publisher, source.url)} />}
        </aside>
      </div>
    </div>
  );
}

function sameSandwich(a: Sandwich, b: Sandwich): boolean {
  return a.fact === b.fact && a.myth === b.myth && a.explanation === b.explanation && a.factAgain === b.factAgain;
}
