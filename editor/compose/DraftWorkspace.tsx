import { localToday } from '../../shared/calendar/calendar-date';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { composeTemplateDraft, type ComposedDraft } from '../../shared/compose';
import { buildDraftContext, composedChoices, lintDraft, type DraftContextInput } from '../../shared/compose/draft-context';
import { sameSandwich } from '../../shared/compose/same-sandwich';
import type { Diagnostic } from '../../shared/lint';
import type { Draft, Sandwich } from '../../shared/schema';
import { DraftConflict } from '../drafts/DraftConflict';
import { SaveStatus } from '../drafts/SaveStatus';
import { useDraftSaving } from '../drafts/use-draft-saving';
import { useTranslation } from '../i18n/use-translation';
import { useLintConfig } from '../services/use-lint-config';
import { ComposeSettings } from './ComposeSettings';
import { ComposerNotes } from './ComposerNotes';
import { DraftCounters } from './DraftCounters';
import { EntrySources } from './EntrySources';
import { ExportPanel } from './ExportPanel';
import { PostedPrompt } from './PostedPrompt';
import { ReplaceTextDialog } from './ReplaceTextDialog';
import { DraftFindings, type FindingsPlace } from './DraftFindings';
import { FindingDetails } from './FindingDetails';
import { FindingsList } from './FindingsList';
import { ReplyPreview } from './preview/ReplyPreview';
import { useWideLayout } from './use-wide-layout';
import { ShareReplyButtons } from '../share/ShareReplyButtons';
import { ModelDraftPanel } from './model/ModelDraftPanel';
import { VariantsPanel } from './model/VariantsPanel';
import type { VariantTarget } from './model/draft-variants';
import { SandwichEditor, type SandwichEditorHandle } from './sandwich-editor/SandwichEditor';
import { useLibraryData, type LibraryData } from '../services/use-library-data';
import './compose.css';
import { draftPhrases } from '../../shared/compose/draft-phrases';

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
  /** A new draft not stored yet: its first change stores it. */
  notStoredYet?: boolean;
  /** The library, when the page already reads it live (the side panel): not read a second time. */
  library?: LibraryData;
};

/** The draft being written: its settings, the four-section editor, live lint, counters and copy. Autosaved. */
export function DraftWorkspace({
  initial,
  compact = false,
  recomposeWhenUntouched = false,
  actions,
  settingsHref = '#/settings',
  notStoredYet = false,
  library: heldLibrary,
}: Props) {
  const { t } = useTranslation('compose');
  const library = useLibraryData(heldLibrary);
  const wide = useWideLayout();
  const [notes, setNotes] = useState<string[]>([]);
  const [askPosted, setAskPosted] = useState(false);
  const editor = useRef<SandwichEditorHandle>(null);
  // The text the composer last produced: while the draft still equals it, nothing is the person's own.
  const composed = useRef<Sandwich>(initial.sections);
  // Another window's save taken in (followed, or "Reload theirs"): the editor shows its text.
  const saving = useDraftSaving(initial, (stored) => editor.current?.setSandwich(stored.sections));
  const { draft, setDraft, autosave } = saving;

  const lintConfig = useLintConfig();
  const today = localToday();
  const { entryId, audienceIds, spokespersonId, channel, language, format, capturedPost } = draft;
  // Worked out when the draft's settings change, not on every keystroke: the one context every
  // judge and writer of this draft uses (the captured post and its address included).
  const input: DraftContextInput | undefined = useMemo(
    () =>
      library && {
        draft: { entryId, audienceIds, spokespersonId, channel, language, format, capturedPost },
        library,
        today,
        lintConfig,
      },
    [library, entryId, audienceIds, spokespersonId, channel, language, format, capturedPost, today, lintConfig],
  );
  const context = useMemo(() => input && buildDraftContext(input), [input]);
  const { entry, audience, spokesperson } = context ?? {};
  // The engine is fast enough to run on every change: no debounce (see npm run bench).
  const diagnostics = useMemo(() => context && lintDraft(draft.sections, context), [draft.sections, context]);

  const update = (changes: Partial<Draft>) => setDraft((current) => ({ ...current, ...changes }));
  const onSections = (sections: Sandwich) => setDraft((current) => ({ ...current, sections }));
  const settingsKey = settingsKeyOf(draft);
  const lastSettings = useRef(settingsKey);
  // A composed draft (template, model or variant) replaces the text as one undoable change; the
  // draft takes the language it is written in and the format it is offered in (a thread, say),
  // and a variant's audience and voice: the draft is then judged as the variant was.
  const applyComposed = (result: ComposedDraft, writtenFor?: Pick<Draft, 'audienceIds' | 'spokespersonId'>) => {
    composed.current = result.sections;
    editor.current?.setSandwich(result.sections);
    const changes = { ...composedChoices(result), ...writtenFor };
    // The text was written for these settings: that they changed is no reason to redraft it.
    lastSettings.current = settingsKeyOf({ ...draft, ...changes });
    update(changes);
    setNotes(result.notes);
  };
  const takeVariant = (result: ComposedDraft, { audience: reader, spokesperson: voice }: VariantTarget) =>
    applyComposed(result, { audienceIds: reader ? [reader.id] : [], spokespersonId: voice?.id });
  const fillFromEntry = () => {
    if (context?.compose) applyComposed(composeTemplateDraft(context.compose, { context: context.lint }));
  };
  // The button asks first when the sections hold words the person may have written: neither empty
  // nor the text the composer gave in this window (a reopened draft's text counts as theirs; the
  // side panel's drafts open as composed). The automatic redraft below only runs on untouched text.
  const [askReplace, setAskReplace] = useState(false);
  const fillAsked = () => {
    const composedHere = recomposeWhenUntouched || composed.current !== initial.sections;
    const written =
      Object.values(draft.sections).some((text) => text.trim() !== '') && !(composedHere && sameSandwich(draft.sections, composed.current));
    if (written) setAskReplace(true);
    else fillFromEntry();
  };

  const untouched = sameSandwich(draft.sections, composed.current);
  // biome-ignore lint/correctness/useExhaustiveDependencies: redraft when the settings this key summarises change, never on a keystroke
  useEffect(() => {
    if (settingsKey === lastSettings.current || !entry) return;
    lastSettings.current = settingsKey;
    if (recomposeWhenUntouched && untouched) fillFromEntry();
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
    editor.current?.replaceRange(
      'factAgain',
      text.length,
      text.length,
      `${text.trim() ? ' ' : ''}(${draftPhrases[draft.language].sourceLabel}${publisher}, ${url})`,
    );
  };

  if (!library || !input || !context) return <p role="status">{t('workspace.loadingLibrary')}</p>;
  const findings = diagnostics ?? [];
  const sources = entry && (
    <EntrySources sources={entry.sources} onCite={(source) => cite(source.publisher, source.url)} foldable={compact} />
  );
  // Beside the text on a wide screen, in a sheet on a narrow one; the side panel keeps them in its one column.
  const findingsPlace: FindingsPlace = compact ? 'column' : wide ? 'side' : 'sheet';
  return (
    <div className={`compose compose-findings-${findingsPlace}${compact ? ' compose-compact' : ''}`}>
      <ComposeSettings
        draft={draft}
        entries={library.entries}
        audiences={library.audiences}
        spokespeople={library.spokespeople}
        onChange={update}
        editorLinks={!compact}
      />
      <p className="compose-fill">
        <button type="button" onClick={fillAsked} disabled={!entry}>
          {compact ? t('workspace.redraft') : t('workspace.fill')}
        </button>
      </p>
      {askReplace && (
        <ReplaceTextDialog
          onReplace={() => {
            setAskReplace(false);
            fillFromEntry();
          }}
          onKeep={() => setAskReplace(false)}
        />
      )}
      <ComposerNotes notes={notes} />
      <div className="compose-columns">
        <div className="compose-main">
          <SaveStatus autosave={autosave} notStoredYet={notStoredYet} />
          {saving.conflict && (
            <DraftConflict
              mine={draft}
              theirs={saving.conflict}
              onReloadTheirs={() => void saving.reloadTheirs()}
              onKeepMine={() => void saving.keepMine()}
            />
          )}
          <SandwichEditor
            ref={editor}
            initial={draft.sections}
            onChange={onSections}
            diagnostics={diagnostics}
            language={draft.language}
            renderFinding={(diagnostic, close) => (
              <FindingDetails
                diagnostic={diagnostic}
                onFix={(chosen) => {
                  fix(chosen);
                  close();
                }}
              />
            )}
          />
          {findings.length > 0 && <p className="hint findings-hint">{t('workspace.findingsHint')}</p>}
          <DraftCounters sandwich={draft.sections} channel={draft.channel} context={context.lint} />
          {/* The side panel's one column: the findings right under the text they are about. */}
          {findingsPlace === 'column' && <FindingsList diagnostics={findings} onJump={jump} onFix={fix} />}
          <ReplyPreview
            sandwich={draft.sections}
            channel={draft.channel}
            format={format ?? 'reply'}
            {...(spokesperson ? { spokesperson } : {})}
            foldable={compact}
          />
          {actions?.(draft, autosave.flush, () => setAskPosted(true))}
          <ExportPanel
            sandwich={draft.sections}
            channel={draft.channel}
            format={format ?? 'reply'}
            {...(entry ? { entry } : {})}
            {...(spokesperson ? { spokesperson } : {})}
            language={draft.language}
            mustFix={findings.filter((diagnostic) => diagnostic.severity === 'error').length}
            onCopied={() => setAskPosted(draft.status !== 'posted')}
          />
          {askPosted && <PostedPrompt draft={draft} onPosted={() => update({ status: 'posted' })} onDone={() => setAskPosted(false)} />}
          <ShareReplyButtons
            entry={entry}
            shares="reply"
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
          {/* Other ways to draft come after the draft: the editor is what the page is for. */}
          <ModelDraftPanel context={context} settingsHref={settingsHref} onApply={(result) => applyComposed(result)} foldable={compact} />
          <VariantsPanel input={input} entry={entry} onUse={takeVariant} />
          {findingsPlace !== 'side' && sources}
        </div>
        {findingsPlace !== 'column' && (
          <DraftFindings place={findingsPlace} diagnostics={findings} onJump={jump} onFix={fix}>
            {sources}
          </DraftFindings>
        )}
      </div>
    </div>
  );
}

/** The settings a composed text depends on: when they change and the text is untouched, it is redrafted. */
function settingsKeyOf(draft: Pick<Draft, 'entryId' | 'audienceIds' | 'spokespersonId' | 'channel' | 'language'>): string {
  return `${draft.entryId}|${draft.audienceIds.join()}|${draft.spokespersonId}|${draft.channel}|${draft.language}`;
}
