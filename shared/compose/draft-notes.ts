import { channelSpecs, countForChannel } from '../channels';
import { englishLanguageNames } from '../schema/language';
import { sandwichToText } from '../channels/sandwich-text';
import type { Diagnostic } from '../schema/diagnostic';
import type { Audience } from '../schema/audience';
import type { ChannelId } from '../schema/channel';
import type { Candidate } from './draft-candidates';
import { shortFormChannels } from './short-sandwich';
import { forYouNotForThePost } from './author-notes';

export type NotesInput = {
  candidate: Candidate;
  channel: ChannelId;
  audience?: Audience;
  humour: boolean;
  thread?: string[];
  /** Blocking findings no candidate avoided (the library entry needs a look). */
  unresolved: Diagnostic[];
  /** Why a shorter draft was chosen: a longer one did not fit the channel, or fitted but failed a check. */
  shortenedFor: 'length' | 'checks';
};

const openingNames = {
  fact: 'the fact',
  lead: "the fact's first sentence",
  title: "the entry's title",
  angle: 'the audience angle',
  'key-clause': 'the key clause',
  short: "the entry's short fact",
};

/** Plain notes for the person posting: what was shortened or left out, and why. */
export function draftNotes({ candidate, channel, audience, humour, thread, unresolved, shortenedFor }: NotesInput): string[] {
  const notes: string[] = [];
  const label = channelSpecs[channel].label;
  const { explanation, opening, restatement, size } = candidate;
  if (candidate.signOffInOtherLanguage) {
    const { signOff, language, draftLanguage } = candidate.signOffInOtherLanguage;
    notes.push(
      `The sign-off “${signOff}” is written in ${englishLanguageNames[language]}, so it was left out of this ${englishLanguageNames[draftLanguage]} draft: sign it the way your account signs in ${englishLanguageNames[draftLanguage]}.`,
    );
  }
  if (size === 'short') {
    const why = shortFormChannels.has(channel)
      ? `written for ${label}`
      : `used because no longer draft ${shortenedFor === 'length' ? `fits ${label}` : 'passes the fact-sandwich checks'}`;
    notes.push(`This is the entry's reviewed short form (its short fact, myth, explanation and fact again), ${why}.`);
    if (candidate.signOffLeftOut) {
      notes.push(
        `The sign-off “${candidate.signOffLeftOut}” was left out so that the draft fits one ${label} post: the account you post from speaks for the organisation.`,
      );
    }
  } else if (size !== 'full') {
    const why = shortenedFor === 'length' ? `for ${label}` : 'so that it passes the fact-sandwich checks';
    notes.push(
      `Shortened ${why}: it opens with ${openingNames[opening.kind]}, and the explanation keeps ${explanation.pointsKept} of the entry's ${explanation.pointsAvailable} points.`,
    );
  }
  if (thread) {
    const count = countForChannel(sandwichToText(candidate.sections).text, channel);
    notes.push(
      `Too long for one ${label} post even when shortened (${count.length} of ${count.limit} ${count.unit}): post it as a thread of ${thread.length}, in order.`,
    );
  }
  if (audience) {
    if (size === 'short') notes.push(`The entry's short form has no angle for ${audience.name}; it states the fact in general terms.`);
    else if (opening.kind === 'angle') notes.push(`It opens with the entry's angle for ${audience.name}, and closes with the fact.`);
    else if (restatement.kind === 'angle') notes.push(`The closing line is the entry's angle for ${audience.name}.`);
    else notes.push(`The entry has no angle for ${audience.name} that fits here; the fact is restated in general terms.`);
  }
  if (humour && !candidate.humour) notes.push('No light line was added: there was no room for it without weakening the sandwich.');
  if (explanation.guidance.length > 0) {
    notes.push(
      `${forYouNotForThePost} — left out of the explanation, as guidance from the entry: ${explanation.guidance.map((text) => `“${text}”`).join('; ')}.`,
    );
  }
  for (const diagnostic of unresolved) notes.push(`Check before posting (${diagnostic.ruleId}): ${diagnostic.message}`);
  return notes;
}
