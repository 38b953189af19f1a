import { useId } from 'react';
import type { CapturedPost } from '../../shared/schema';
import { Trans, useTranslation } from '../i18n/use-translation';

// Enough of each post to tell them apart without crowding the panel.
const EXCERPT_CHARS = 120;

/**
 * "Your selection covers 3 posts. Which one do you want to answer?": a radio group, one per post
 * in page order, with its author and opening words. The post being answered is checked; picking
 * another matches and shows that one instead.
 */
export function PostChoice({ post, onChoose }: { post: CapturedPost; onChoose: (index: number) => void }) {
  const { t } = useTranslation('sidepanel');
  const name = useId();
  const posts = post.inSelection ?? [];
  const current = posts.findIndex((candidate) => candidate.text === post.text);
  return (
    <fieldset className="post-choice">
      <legend>{t('choice.legend', { count: posts.length })}</legend>
      {posts.map((candidate, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the list is fixed for this capture and in page order
        <label key={index} className="post-choice-option">
          <input type="radio" name={name} checked={index === current} onChange={() => onChoose(index)} />
          <span>
            {/* The page's words as the components' own children, never as values: Trans would
                interpolate "{{…}}" inside them. */}
            <Trans
              t={t}
              i18nKey="choice.option"
              components={{
                author: <strong>{candidate.author ?? t('choice.numbered', { number: index + 1 })}</strong>,
                excerpt: <span>{excerpt(candidate.text)}</span>,
              }}
            />
          </span>
        </label>
      ))}
    </fieldset>
  );
}

function excerpt(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= EXCERPT_CHARS ? line : `${line.slice(0, EXCERPT_CHARS - 1).trimEnd()}…`;
}
