import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { mergeRegister } from 'lexical';
import { useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { Diagnostic } from '../../../shared/schema/diagnostic';
import type { Sandwich } from '../../../shared/schema/draft';
import { sameSandwich } from '../../../shared/compose/same-sandwich';
import { paintDiagnostics } from './diagnostic-highlights';
import { FindingPopover, type RenderFinding } from './FindingPopover';
import { registerSectionClipboard } from './register-section-clipboard';
import { registerSectionDeletion } from './register-section-deletion';
import { registerSectionHints } from './register-section-hints';
import { $readSandwich, $writeSandwich } from './sandwich-document';
import { createSandwichEditorHandle, type SandwichEditorHandle } from './sandwich-handle';
import { SandwichSectionNode } from './SandwichSectionNode';
import { registerSandwichStructure } from './structure-guard';
import './sandwich-editor.css';
import { useSectionLabels } from '../../i18n/use-section-labels';

export type { SandwichEditorHandle } from './sandwich-handle';

export interface SandwichEditorProps {
  initial: Sandwich;
  onChange(sandwich: Sandwich): void;
  diagnostics?: Diagnostic[] | undefined;
  language?: string;
  ref?: Ref<SandwichEditorHandle> | undefined;
  /** What a highlight's card shows for a finding (see FindingPopover); no cards without it. */
  renderFinding?: RenderFinding | undefined;
}

const noDiagnostics: Diagnostic[] = [];
const nodes = [SandwichSectionNode];

function SandwichBehaviour({
  initial,
  onChange,
  diagnostics = noDiagnostics,
  ref,
}: Omit<SandwichEditorProps, 'language' | 'renderFinding'>) {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation('compose');
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const lastEmitted = useRef(initial);

  useImperativeHandle(ref, () => createSandwichEditorHandle(editor), [editor]);

  useEffect(
    () =>
      mergeRegister(
        registerSandwichStructure(editor),
        registerSectionDeletion(editor),
        registerSectionClipboard(editor),
        // Every update, undo and redo included; only a change of text is reported.
        editor.registerUpdateListener(({ editorState }) => {
          const sandwich = editorState.read($readSandwich);
          if (sameSandwich(sandwich, lastEmitted.current)) return;
          lastEmitted.current = sandwich;
          onChangeRef.current(sandwich);
        }),
      ),
    [editor],
  );

  // Registered again with the new words when the interface language changes.
  const labels = useSectionLabels();
  useEffect(
    () =>
      registerSectionHints(
        editor,
        {
          fact: t('editor.hints.fact'),
          myth: t('editor.hints.myth'),
          explanation: t('editor.hints.explanation'),
          factAgain: t('editor.hints.factAgain'),
        },
        labels,
      ),
    [editor, t, labels],
  );

  useEffect(() => {
    let clear = paintDiagnostics(editor, diagnostics);
    const unregister = editor.registerUpdateListener(() => {
      clear();
      clear = paintDiagnostics(editor, diagnostics);
    });
    return () => {
      unregister();
      clear();
    };
  }, [editor, diagnostics]);

  return null;
}

/**
 * The fact-sandwich editor: one document of exactly four labelled sections (fact, myth warning,
 * explanation, fact again) that no edit can delete, merge or reorder. Lint findings are shown
 * as highlights; the ref handle jumps to a finding, applies a fix or loads another sandwich.
 */
export function SandwichEditor({ initial, onChange, diagnostics, language, ref, renderFinding }: SandwichEditorProps) {
  const { t } = useTranslation('compose');
  const [initialConfig] = useState<InitialConfigType>(() => ({
    namespace: 'SandwichEditor',
    nodes,
    onError: (error: Error) => {
      throw error;
    },
    theme: { paragraph: 'sandwich-paragraph' },
    editorState: () => $writeSandwich(initial),
  }));
  return (
    <div className="sandwich-editor">
      <LexicalComposer initialConfig={initialConfig}>
        <RichTextPlugin
          contentEditable={
            <ContentEditable className="sandwich-editor-input" ariaLabel={t('editor.label')} ariaMultiline lang={language} spellCheck />
          }
          ErrorBoundary={LexicalErrorBoundary}
        />
        <HistoryPlugin />
        <SandwichBehaviour initial={initial} onChange={onChange} diagnostics={diagnostics} ref={ref} />
        {renderFinding && <FindingPopover diagnostics={diagnostics ?? noDiagnostics} renderFinding={renderFinding} />}
      </LexicalComposer>
    </div>
  );
}
