import { channelSpecs, countForChannel } from '../../shared/channels';
import { sandwichToText } from '../../shared/channels/sandwich-text';
import { splitIntoThread } from '../../shared/channels/split-into-thread';
import { useSectionLabels } from '../i18n/use-section-labels';
import { countWords } from '../../shared/language/tokenize';
import { countFactAndMyth, type LintContext } from '../../shared/lint';
import { sectionIds, type ChannelId, type Sandwich } from '../../shared/schema';
import { useInterfaceFormats } from '../i18n/use-interface-formats';
import { useTranslation } from '../i18n/use-translation';
import { countMeasure } from './count-measure';

type Props = { sandwich: Sandwich; channel: ChannelId; context: LintContext };

/**
 * Words per section, length against the channel's limit (as a reply, a post of one's own or a
 * thread: the draft's format), and fact-versus-myth repetitions, counted in the draft's own
 * context, as the linter counts them.
 */
export function DraftCounters({ sandwich, channel, context }: Props) {
  const sectionLabels = useSectionLabels();
  const { t } = useTranslation('compose');
  const statements = countFactAndMyth(sandwich, context);
  return (
    <section aria-labelledby="counters-heading" className="counters">
      <h2 id="counters-heading" className="visually-hidden">
        {t('counters.heading')}
      </h2>
      {context.format === 'thread' ? (
        <ThreadCount sandwich={sandwich} channel={channel} />
      ) : (
        <PostCount sandwich={sandwich} channel={channel} format={context.format === 'post' ? 'post' : 'reply'} />
      )}
      <p data-testid="statement-count">{t('counters.statements', { fact: statements.fact, myth: statements.myth })}</p>
      <ul aria-label={t('counters.wordsPerSection')} className="section-words">
        {sectionIds.map((id) => (
          <li key={id}>{t('counters.sectionWords', { section: sectionLabels[id], count: countWords(sandwich[id]) })}</li>
        ))}
      </ul>
    </section>
  );
}

function PostCount({ sandwich, channel, format }: { sandwich: Sandwich; channel: ChannelId; format: 'reply' | 'post' }) {
  const { t } = useTranslation('compose');
  const formats = useInterfaceFormats();
  const count = countForChannel(sandwichToText(sandwich).text, channel, { format });
  const words = { channel: channelSpecs[channel].label, measure: countMeasure(count, formats) };
  return (
    <p data-testid="channel-count" className={count.over ? 'over' : ''}>
      {count.over && count.limit !== null
        ? t('counters.tooMany', { ...words, over: formats.number(count.length - count.limit) })
        : t('counters.length', words)}
    </p>
  );
}

function ThreadCount({ sandwich, channel }: { sandwich: Sandwich; channel: ChannelId }) {
  const { t } = useTranslation('compose');
  const posts = splitIntoThread(sandwich, channel);
  const tooLong = posts.filter((post) => countForChannel(post, channel).over).length;
  const thread = t('counters.thread', { channel: channelSpecs[channel].label, count: posts.length });
  return (
    <p data-testid="channel-count" className={tooLong > 0 ? 'over' : ''}>
      {tooLong > 0 ? t('counters.threadTooLong', { thread, count: tooLong }) : t('counters.threadWithinLimit', { thread })}
    </p>
  );
}
