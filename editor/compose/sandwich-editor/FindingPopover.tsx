import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_HIGH, KEY_ENTER_COMMAND, KEY_ESCAPE_COMMAND, mergeRegister } from 'lexical';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { Diagnostic } from '../../../shared/schema/diagnostic';
import { useTranslation } from '../../i18n/use-translation';
import { diagnosticRanges } from './diagnostic-highlights';
import { $findingsAtCaret } from './findings-at-caret';

export type RenderFinding = (diagnostic: Diagnostic, close: () => void) => ReactNode;

type Card = { findings: Diagnostic[]; top: number; left: number; takeFocus: boolean };
const cardWidth = 384; // 24rem, as in sandwich-editor.css

/**
 * Opens a finding where it is, as Grammarly and LanguageTool do (issue 20): a click on a
 * highlight, or Alt+Enter with the caret in one, shows a card under it with the finding and its
 * fix. A click leaves the focus in the text, so typing goes on (and closes the card); Alt+Enter
 * moves the focus into the card. Escape closes it and the focus is back in the text, where it was.
 */
export function FindingPopover({ diagnostics, renderFinding }: { diagnostics: readonly Diagnostic[]; renderFinding: RenderFinding }) {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation('compose');
  const [card, setCard] = useState<Card | null>(null);
  const cardRef = useRef<HTMLDivElement>(null);
  const latest = useRef(diagnostics);
  latest.current = diagnostics;
  // Read by the Escape command, registered once: Escape is the card's only while one is open.
  const isOpen = useRef(false);
  isOpen.current = card !== null;
  const headingId = useId();

  // The findings changed (a keystroke, a fix): the card may describe text that is gone.
  // biome-ignore lint/correctness/useExhaustiveDependencies: close whenever the findings change
  useEffect(() => setCard(null), [diagnostics]);

  useEffect(() => {
    const openAtCaret = (takeFocus: boolean, clickedAt?: { x: number; y: number }): boolean => {
      const findings = editor.getEditorState().read(() => $findingsAtCaret(latest.current));
      // A click opens a card only on the highlighted words themselves: a click beside a line
      // (which puts the caret at its end) is someone going back to typing.
      const onHighlight = !clickedAt || (findings[0] !== undefined && highlightHolds(editor, findings[0], clickedAt));
      const place = onHighlight && findings[0] ? placeUnder(editor, findings[0]) : undefined;
      setCard(place ? { findings, ...place, takeFocus } : null);
      return place !== undefined;
    };
    // Set by every change to the words: a card asked for by a click is not opened once the
    // person has gone on typing (on a slow machine the words can change before the click's turn).
    let typedSinceClick = false;
    const onClick = (event: MouseEvent) => {
      const clickedAt = { x: event.clientX, y: event.clientY };
      typedSinceClick = false;
      // Lexical takes the new caret from the selectionchange that follows the click.
      setTimeout(() => {
        if (!typedSinceClick && window.getSelection()?.isCollapsed) openAtCaret(false, clickedAt);
      }, 0);
    };
    const unregisterRoot = editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('click', onClick);
      root?.addEventListener('click', onClick);
    });
    return mergeRegister(
      unregisterRoot,
      // Typing closes the card at once, whether or not the findings change with it.
      editor.registerUpdateListener(({ dirtyLeaves, dirtyElements }) => {
        if (dirtyLeaves.size === 0 && dirtyElements.size === 0) return;
        typedSinceClick = true;
        if (isOpen.current) setCard(null);
      }),
      () => editor.getRootElement()?.removeEventListener('click', onClick),
      editor.registerCommand(
        KEY_ENTER_COMMAND,
        (event) => {
          if (!event?.altKey) return false;
          event.preventDefault();
          openAtCaret(true);
          return true; // never a new paragraph on Alt+Enter, highlight or not
        },
        COMMAND_PRIORITY_HIGH,
      ),
      editor.registerCommand(
        KEY_ESCAPE_COMMAND,
        () => {
          if (!isOpen.current) return false;
          setCard(null);
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    );
  }, [editor]);

  useEffect(() => {
    if (card?.takeFocus) cardRef.current?.focus();
  }, [card]);

  if (!card) return null;
  const close = () => {
    const hadFocus = cardRef.current?.contains(document.activeElement) ?? false;
    setCard(null);
    if (hadFocus) editor.focus();
  };
  return (
    <div
      ref={cardRef}
      role="dialog"
      aria-labelledby={headingId}
      tabIndex={-1}
      className="finding-card"
      style={{ top: card.top, left: card.left }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        close();
      }}
    >
      <p className="finding-card-heading" id={headingId}>
        {card.findings.length === 1 ? t('card.one') : t('card.several', { count: card.findings.length })}
      </p>
      {card.findings.map((diagnostic) => (
        <div
          key={`${diagnostic.ruleId}:${diagnostic.start}:${diagnostic.end}`}
          className={`finding-card-item finding-${diagnostic.severity}`}
        >
          {renderFinding(diagnostic, close)}
        </div>
      ))}
      <button type="button" className="finding-card-close" onClick={close}>
        {t('card.close')}
      </button>
    </div>
  );
}

/** Whether a point on the screen is on the finding's highlighted words. */
function highlightHolds(
  editor: Parameters<typeof diagnosticRanges>[0],
  diagnostic: Diagnostic,
  { x, y }: { x: number; y: number },
): boolean {
  const range = diagnosticRanges(editor, [diagnostic]).get(diagnostic.severity)?.[0];
  return [...(range?.getClientRects() ?? [])].some((box) => x >= box.left && x <= box.right && y >= box.top && y <= box.bottom);
}

/** Where the card goes: under the last line of the finding's highlight, inside the editor's box. */
function placeUnder(editor: Parameters<typeof diagnosticRanges>[0], diagnostic: Diagnostic): { top: number; left: number } | undefined {
  const range = diagnosticRanges(editor, [diagnostic]).get(diagnostic.severity)?.[0];
  const host = editor.getRootElement()?.closest('.sandwich-editor');
  if (!range || !host) return undefined;
  const lines = range.getClientRects();
  const line = lines[lines.length - 1] ?? range.getBoundingClientRect();
  const box = host.getBoundingClientRect();
  const width = Math.min(cardWidth, box.width);
  return { top: line.bottom - box.top + 4, left: Math.max(0, Math.min(line.left - box.left, box.width - width)) };
}
