import { MustFixCopyDialog } from '../MustFixCopyDialog';
import { ThreadCopyList, threadPostName } from '../ThreadCopyList';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { channelSpecs } from '../../../shared/channels';
import { exportForChannel } from '../../../shared/export';
import type { ComposedDraft } from '../../../shared/compose';
import type { DraftContextInput } from '../../../shared/compose/draft-context';
import type { Entry } from '../../../shared/schema';
import { draftVariant, sameTextAs, variantKey, variantTargets, type Variant, type VariantTarget } from './draft-variants';
import { ShareReplyButtons } from '../../share/ShareReplyButtons';
import { SandwichPreview } from './SandwichPreview';
import { isModelConfigured, useModelSettings } from './use-model-settings';

type Props = {
  /** The draft being written, as its context is built: each variant is this draft for another audience or voice. */
  input: DraftContextInput;
  /** The draft's library entry; nothing is drafted without one. */
  entry: Entry | undefined;
  /** Puts the variant into the draft, written for its audience and voice. */
  onUse(draft: ComposedDraft, target: VariantTarget): void;
};

const maxVariants = 6;

/**
 * "Draft for several audiences": one variant per chosen audience and spokesperson, side by side,
 * each checked — to compare, to pick one, or to run two versions (A/B) with different readers.
 */
export function VariantsPanel({ input, entry, onUse }: Props) {
  const { audiences, spokespeople } = input.library;
  const channel = input.draft.channel ?? 'x';
  const model = useModelSettings();
  const [audienceIds, setAudienceIds] = useState<string[]>([]);
  const [spokespersonIds, setSpokespersonIds] = useState<string[]>([]);
  const [variants, setVariants] = useState<Variant[]>([]);
  const same = useMemo(() => sameTextAs(variants), [variants]);
  const [running, setRunning] = useState<string | undefined>(undefined);
  const [status, setStatus] = useState('');
  const controller = useRef<AbortController | undefined>(undefined);
  const formId = useId();
  useEffect(() => () => controller.current?.abort(), []);

  const targets = variantTargets(
    audiences.filter((audience) => audienceIds.includes(audience.id)),
    spokespeople.filter((person) => spokespersonIds.includes(person.id)),
  );
  const toggle = (list: string[], id: string) => (list.includes(id) ? list.filter((item) => item !== id) : [...list, id]);

  const run = async () => {
    if (!entry) return;
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    setVariants([]);
    const results: Variant[] = [];
    for (const [index, target] of targets.slice(0, maxVariants).entries()) {
      if (current.signal.aborted) break;
      setRunning(`Drafting variant ${index + 1} of ${Math.min(targets.length, maxVariants)}…`);
      results.push(await draftVariant(target, { base: input, model, signal: current.signal }));
      setVariants([...results]);
    }
    setRunning(undefined);
    setStatus(current.signal.aborted ? 'Stopped. The variants drafted so far are shown.' : `${results.length} variants drafted.`);
  };
  // A variant with "Must fix" findings is copied only once the person says so, as in the editor.
  const [pending, setPending] = useState<{ variant: Variant; what: string; run: () => Promise<void> } | undefined>();
  const [copiedPosts, setCopiedPosts] = useState<string[]>([]);
  const postsOf = (variant: Variant): string[] => {
    const exported = exportForChannel(variant.draft!.sections, channel, { format: variant.draft!.format === 'post' ? 'post' : 'reply' });
    return exported.kind === 'post' ? [exported.text] : exported.posts;
  };
  const copy = (variant: Variant, index?: number) => {
    if (!variant.draft) return;
    const posts = postsOf(variant);
    const text = index === undefined ? posts[0]! : posts[index]!;
    const what =
      index === undefined
        ? `the variant ${variantLabel(variant)}`
        : `${threadPostName(index, posts.length)} of the variant ${variantLabel(variant)}`;
    const run = () =>
      navigator.clipboard.writeText(text).then(
        () => {
          setCopiedPosts((earlier) => [...earlier, text]);
          setStatus(`Copied ${what}.`);
        },
        () => setStatus('The browser refused access to the clipboard.'),
      );
    if (mustFixIn(variant) === 0) return void run();
    setPending({ variant, what, run });
  };

  return (
    <details className="variants">
      <summary>Draft for several audiences</summary>
      <fieldset>
        <legend>Audiences</legend>
        {audiences.map((audience) => (
          <label key={audience.id}>
            <input
              type="checkbox"
              checked={audienceIds.includes(audience.id)}
              onChange={() => setAudienceIds(toggle(audienceIds, audience.id))}
            />{' '}
            {audience.name}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Spokespeople (optional)</legend>
        {spokespeople.map((person) => (
          <label key={person.id}>
            <input
              type="checkbox"
              checked={spokespersonIds.includes(person.id)}
              onChange={() => setSpokespersonIds(toggle(spokespersonIds, person.id))}
            />{' '}
            {person.name}
          </label>
        ))}
      </fieldset>
      <p id={`${formId}-how`} className="hint">
        {isModelConfigured(model)
          ? 'Each variant is drafted by the model and checked.'
          : 'No model is set up: each variant comes from the templates.'}
        {targets.length > maxVariants ? ` Only the first ${maxVariants} of ${targets.length} combinations are drafted.` : ''}
      </p>
      {running ? (
        <p>
          {running}{' '}
          <button type="button" onClick={() => controller.current?.abort()}>
            Stop
          </button>
        </p>
      ) : (
        <button
          type="button"
          onClick={() => void run()}
          disabled={!entry || audienceIds.length + spokespersonIds.length === 0}
          aria-describedby={`${formId}-how`}
        >
          Draft {Math.min(targets.length, maxVariants)} variants
        </button>
      )}
      <p role="status">{status}</p>
      {variants.length > 0 && (
        <ul aria-label="Variants" className="variant-list">
          {variants.map((variant) => (
            <li key={variant.key} aria-label={`Variant ${variantLabel(variant)}`} data-variant={variantKey(variant)}>
              <h3>{variantLabel(variant)}</h3>
              <p className={`variant-status variant-${variant.status}`}>{statusText(variant)}</p>
              {same.has(variant.key) && (
                <p className="variant-same">
                  Same text as the variant above ({shortLabel(same.get(variant.key)!)}): the library has nothing that changes this reply for
                  it
                  {channelSpecs[channel].replyLimit !== null && variant.spokesperson ? ' (a sign-off does not fit here)' : ''}.
                </p>
              )}
              {variant.draft && <SandwichPreview sections={variant.draft.sections} label={`Variant ${variantLabel(variant)} text`} />}
              {variant.draft && (
                <p>
                  <button type="button" onClick={() => onUse(variant.draft!, variant)}>
                    Use this variant
                  </button>
                  {postsOf(variant).length === 1 && (
                    <button type="button" onClick={() => copy(variant)}>
                      Copy for {channelSpecs[channel].label}
                    </button>
                  )}
                </p>
              )}
              {variant.draft && postsOf(variant).length > 1 && (
                <ThreadCopyList
                  posts={postsOf(variant)}
                  channelLabel={channelSpecs[channel].label}
                  copied={copiedPosts}
                  onCopy={(index) => copy(variant, index)}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {variants.some((variant) => variant.draft) && (
        <ShareReplyButtons
          entry={entry}
          shares="variants"
          variants={variants.flatMap(({ audience, spokesperson, draft }) =>
            draft
              ? [
                  {
                    ...(audience ? { audience } : {}),
                    ...(spokesperson ? { spokesperson } : {}),
                    channel,
                    language: draft.language,
                    sections: draft.sections,
                  },
                ]
              : [],
          )}
        />
      )}
      {pending && (
        <MustFixCopyDialog
          count={mustFixIn(pending.variant)}
          what={pending.what}
          onCopyAnyway={() => {
            setPending(undefined);
            void pending.run();
          }}
          onGoBack={() => {
            setPending(undefined);
            setStatus('Nothing copied: this variant has “Must fix” findings; use it and fix them first, or copy anyway.');
          }}
        />
      )}
    </details>
  );
}

function mustFixIn(variant: Variant): number {
  return variant.findings.filter((finding) => finding.severity === 'error').length;
}

/** The variant named without "for …", so the note does not read as the variant's own heading. */
function shortLabel({ audience, spokesperson }: Variant): string {
  return `${audience?.name ?? 'anyone reading'}${spokesperson ? `, ${spokesperson.name}` : ''}`;
}

function variantLabel({ audience, spokesperson }: Variant): string {
  return `for ${audience?.name ?? 'anyone reading'}${spokesperson ? `, signed by ${spokesperson.name}` : ''}`;
}

function statusText(variant: Variant): string {
  const errors = variant.findings.filter((finding) => finding.severity === 'error').length;
  switch (variant.status) {
    case 'ready':
      return 'Ready: no problems to fix.';
    case 'template':
      return errors === 0
        ? 'Template draft: no problems to fix.'
        : `Template draft: ${errors} ${errors === 1 ? 'problem' : 'problems'} to fix.`;
    case 'needs-review':
      return `Needs your review: ${errors} ${errors === 1 ? 'problem' : 'problems'} to fix.`;
    case 'failed':
    case 'cancelled':
      return variant.message ?? 'Not drafted.';
  }
}
