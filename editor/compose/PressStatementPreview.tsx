import { useId } from 'react';
import type { PressPart, PressStatement } from '../../shared/compose/press-statement';
import type { Language } from '../../shared/schema';
import { useTranslation } from '../i18n/use-translation';
import './press-statement.css';

type Props = { statement: PressStatement; language: Language; onCopy(): void };

/**
 * The press statement as it will read, before it is copied: the blanks the press office must fill
 * in are marked and listed above it, and a note says when it is not built from the draft's words.
 * Rendered from the statement's blocks, so nothing from the draft reaches the page as HTML.
 */
export function PressStatementPreview({ statement, language, onCopy }: Props) {
  const { t } = useTranslation('compose');
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="press-statement">
      <h3 id={headingId}>{t('press.statement')}</h3>
      {statement.toFill.length > 0 && (
        <p className="press-to-fill">
          <strong>{t('press.toFill')}</strong>{' '}
          {statement.toFill.map((blank, index) => (
            <span key={blank}>
              {index > 0 && ', '}
              <mark>{blank}</mark>
            </span>
          ))}
        </p>
      )}
      {statement.notes.map((note) => (
        <p key={note} className="press-note">
          {note}
        </p>
      ))}
      <article className="press-preview" aria-label={t('press.preview')} lang={language}>
        {statement.blocks.map((block, index) => {
          const key = `${block.kind}-${index}`;
          if (block.kind === 'sources')
            return (
              <section key={key} className="press-sources" aria-label={block.heading}>
                <h5>{block.heading}</h5>
                <ul>
                  {block.sources.map((source) => (
                    <li key={source.url}>
                      {source.publisher},{' '}
                      <a href={source.url} target="_blank" rel="noreferrer noopener">
                        {source.title}
                      </a>
                      , {source.year}
                    </li>
                  ))}
                </ul>
              </section>
            );
          if (block.kind === 'headline')
            return (
              <h4 key={key} className="press-headline">
                <Parts parts={block.parts} />
              </h4>
            );
          return (
            <p key={key} className={`press-${block.kind}`}>
              <Parts parts={block.parts} />
            </p>
          );
        })}
      </article>
      <button type="button" onClick={onCopy}>
        {t('press.copy')}
      </button>
    </section>
  );
}

function Parts({ parts }: { parts: PressPart[] }) {
  return parts.map((part, index) =>
    typeof part === 'string' ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one paragraph never reorder
      <span key={index}>{part}</span>
    ) : (
      // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one paragraph never reorder
      <mark key={index} className="to-fill">
        {part.fill}
      </mark>
    ),
  );
}
