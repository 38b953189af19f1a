import { MustFixCopyDialog } from '../MustFixCopyDialog';
import { ThreadCopyList } from '../ThreadCopyList';
import type { TFunction } from 'i18next';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { channelSpecs } from '../../../shared/channels';
import { exportForChannel } from '../../../shared/export';
import type { ComposedDraft } from '../../../shared/compose';
import type { DraftContextInput } from '../../../shared/compose/draft-context';
import type { Entry } from '../../../shared/schema';
import { useTranslation } from '../../i18n/use-translation';
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
  const { t } = useTranslation('compose');
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
      setRunning(t('variants.drafting', { number: index + 1, total: Math.min(targets.length, maxVariants) }));
      results.push(await draftVariant(target, { base: input, model, signal: current.signal }));
      setVariants([...results]);
    }
    setRunning(undefined);
    setStatus(current.signal.aborted ? t('variants.stopped') : t('variants.drafted', { count: results.length }));
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
        ? t('what.variant', { variant: variantLabel(variant, t) })
        : t('what.variantPost', { number: index + 1, total: posts.length, variant: variantLabel(variant, t) });
    const run = () =>
      navigator.clipboard.writeText(text).then(
        () => {
          setCopiedPosts((earlier) => [...earlier, text]);
          setStatus(t('export.copied', { what }));
        },
        () => setStatus(t('variants.clipboardRefused')),
      );
    if (mustFixIn(variant) === 0) return void run();
    setPending({ variant, what, run });
  };

  return (
    <details className="variants">
      <summary>{t('variants.summary')}</summary>
      <fieldset>
        <legend>{t('variants.audiences')}</legend>
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
        <legend>{t('variants.spokespeople')}</legend>
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
        {isModelConfigured(model) ? t('variants.byModel') : t('variants.byTemplates')}
        {targets.length > maxVariants ? ` ${t('variants.onlyFirst', { max: maxVariants, total: targets.length })}` : ''}
      </p>
      {running ? (
        <p>
          {running}{' '}
          <button type="button" onClick={() => controller.current?.abort()}>
            {t('variants.stop')}
          </button>
        </p>
      ) : (
        <button
          type="button"
          onClick={() => void run()}
          disabled={!entry || audienceIds.length + spokespersonIds.length === 0}
          aria-describedby={`${formId}-how`}
        >
          {t('variants.draft', { count: Math.min(targets.length, maxVariants) })}
        </button>
      )}
      <p role="status">{status}</p>
      {variants.length > 0 && (
        <ul aria-label={t('variants.list')} className="variant-list">
          {variants.map((variant) => (
            <li key={variant.key} aria-label={t('variants.item', { variant: variantLabel(variant, t) })} data-variant={variantKey(variant)}>
              <h3>{variantLabel(variant, t)}</h3>
              <p className={`variant-status variant-${variant.status}`}>{statusText(variant, t)}</p>
              {same.has(variant.key) && (
                <p className="variant-same">
                  {t(channelSpecs[channel].replyLimit !== null && variant.spokesperson ? 'variants.sameNoSignOff' : 'variants.same', {
                    variant: shortLabel(same.get(variant.key)!, t),
                  })}
                </p>
              )}
              {variant.draft && (
                <SandwichPreview sections={variant.draft.sections} label={t('variants.text', { variant: variantLabel(variant, t) })} />
              )}
              {variant.draft && (
                <p>
                  <button type="button" onClick={() => onUse(variant.draft!, variant)}>
                    {t('variants.use')}
                  </button>
                  {postsOf(variant).length === 1 && (
                    <button type="button" onClick={() => copy(variant)}>
                      {t('export.copyFor', { channel: channelSpecs[channel].label })}
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
            setStatus(t('variants.nothingCopied'));
          }}
        />
      )}
    </details>
  );
}

function mustFixIn(variant: Variant): number {
  return variant.findings.filter((finding) => finding.severity === 'error').length;
}

type Translate = TFunction<'compose'>;

/** The variant named without "for …", so the note does not read as the variant's own heading. */
function shortLabel({ audience, spokesperson }: Variant, t: Translate): string {
  return `${audience?.name ?? t('variants.anyoneReading')}${spokesperson ? `, ${spokesperson.name}` : ''}`;
}

/** "for parents, signed by the mayor". */
function variantLabel({ audience, spokesperson }: Variant, t: Translate): string {
  const reader = audience?.name ?? t('variants.anyoneReading');
  return spokesperson
    ? t('variants.forSigned', { audience: reader, spokesperson: spokesperson.name })
    : t('variants.for', { audience: reader });
}

function statusText(variant: Variant, t: Translate): string {
  const errors = variant.findings.filter((finding) => finding.severity === 'error').length;
  switch (variant.status) {
    case 'ready':
      return t('variants.status.ready');
    case 'template':
      return errors === 0 ? t('variants.status.templateClean') : t('variants.status.template', { count: errors });
    case 'needs-review':
      return t('variants.status.needsReview', { count: errors });
    case 'no-entry':
      return t('model.chooseEntry');
    case 'failed':
    case 'cancelled':
      return variant.message ?? t('variants.status.notDrafted');
  }
}
