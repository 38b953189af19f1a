import { channelSpecs, countForChannel } from '../../shared/channels';
import { sandwichToText } from '../../shared/channels/sandwich-text';
import { splitIntoThread } from '../../shared/channels/split-into-thread';
import { sectionLabels } from '../../shared/language';
import { countWords } from '../../shared/language/tokenize';
import { countFactAndMyth, type LintContext } from '../../shared/lint';
import { sectionIds, type ChannelId, type Sandwich } from '../../shared/schema';

type Props = { sandwich: Sandwich; channel: ChannelId; context: LintContext };

/**
 * Words per section, length against the channel's limit (as a reply, a post of one's own or a
 * thread: the draft's format), and fact-versus-myth repetitions, counted in the draft's own
 * context, as the linter counts them.
 */
export function DraftCounters({ sandwich, channel, context }: Props) {
  const statements = countFactAndMyth(sandwich, context);
  return (
    <section aria-labelledby="counters-heading" className="counters">
      <h2 id="counters-heading" className="visually-hidden">
        Counters
      </h2>
      {context.format === 'thread' ? (
        <ThreadCount sandwich={sandwich} channel={channel} />
      ) : (
        <PostCount sandwich={sandwich} channel={channel} format={context.format === 'post' ? 'post' : 'reply'} />
      )}
      <p data-testid="statement-count">
        Fact stated {statements.fact}×, myth {statements.myth}×
      </p>
      <ul aria-label="Words per section" className="section-words">
        {sectionIds.map((id) => (
          <li key={id}>
            {sectionLabels[id]}: {countWords(sandwich[id])} words
          </li>
        ))}
      </ul>
    </section>
  );
}

function PostCount({ sandwich, channel, format }: { sandwich: Sandwich; channel: ChannelId; format: 'reply' | 'post' }) {
  const count = countForChannel(sandwichToText(sandwich).text, channel, { format });
  return (
    <p data-testid="channel-count" className={count.over ? 'over' : ''}>
      {channelSpecs[channel].label}: {count.length}
      {count.limit !== null ? ` / ${count.limit}` : ''} {count.unit}
      {count.over ? ` — ${count.length - count.limit!} too many` : ''}
    </p>
  );
}

function ThreadCount({ sandwich, channel }: { sandwich: Sandwich; channel: ChannelId }) {
  const posts = splitIntoThread(sandwich, channel);
  const tooLong = posts.filter((post) => countForChannel(post, channel).over).length;
  return (
    <p data-testid="channel-count" className={tooLong > 0 ? 'over' : ''}>
      {channelSpecs[channel].label}: a thread of {posts.length} {posts.length === 1 ? 'post' : 'posts'}
      {tooLong > 0 ? ` — ${tooLong} too long` : ', each within the limit'}
    </p>
  );
}
