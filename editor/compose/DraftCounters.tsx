import { channelSpecs, countForChannel } from '../../shared/channels';
import { sandwichToText } from '../../shared/channels/sandwich-text';
import { sectionLabels } from '../../shared/language';
import { countFactAndMyth, type LintContext } from '../../shared/lint';
import { countWords } from '../../shared/language/tokenize';
import { sectionIds, type ChannelId, type Sandwich } from '../../shared/schema';

/** Words per section, length against the channel's limit, and fact-versus-myth repetitions. */
export function DraftCounters({ sandwich, channel, context }: { sandwich: Sandwich; channel: ChannelId; context: LintContext }) {
  const count = countForChannel(sandwichToText(sandwich).text, channel);
  const statements = countFactAndMyth(sandwich, context);
  return (
    <section aria-labelledby="counters-heading" className="counters">
      <h2 id="counters-heading" className="visually-hidden">
        Counters
      </h2>
      <p data-testid="channel-count" className={count.over ? 'over' : ''}>
        {channelSpecs[channel].label}: {count.length}
        {count.limit !== null ? ` / ${count.limit}` : ''} {count.unit}
        {count.over ? ` — ${count.length - count.limit!} too many` : ''}
      </p>
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
