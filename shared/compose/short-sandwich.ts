import type { ChannelId } from '../schema/channel';
import { type Candidate, type CandidateInput, signOffNote, speaksDraftLanguage } from './draft-candidates';
import { explanationSection } from './explanation-section';
import { mythLine } from './myth-line';

/** The channels entries' short forms are written for: there they are tried before any other size. */
export const shortFormChannels: ReadonlySet<ChannelId> = new Set(['x', 'bluesky']);

/**
 * The entry's reviewed short form in the draft's language (`entry.short`, or the translation's
 * own `short`; written for X and Bluesky) as drafts: exactly the four short parts, the myth after
 * the language's short label ("Myth: …", "Rumeur : …"), first with the spokesperson's sign-off
 * under the fact again and then without it, for when it does not fit (the account it is posted
 * from then speaks for the organisation).
 * None when there is no short form in the draft's language: the English one is never used for a
 * French draft, because a draft never mixes languages.
 */
export function shortSandwichCandidates(input: CandidateInput): Candidate[] {
  const { entry, words, spokesperson } = input;
  const short = words.short;
  if (!short) return [];
  // What the entry tells the writer (not the reader) still goes to the notes.
  const { guidance, pointsAvailable } = explanationSection(entry, words, 'one-point');
  // For an audience with a short angle, the reply opens with the fact as that audience hears it.
  const angle =
    input.audience && words.original
      ? entry.audienceAngles.find((candidate) => candidate.audience === input.audience!.id)?.short?.trim()
      : undefined;
  const base = {
    size: 'short' as const,
    opening: { text: angle ?? short.fact.trim(), kind: 'short' as const },
    restatement: { text: short.factAgain.trim(), kind: 'short' as const },
    humour: false,
    explanation: { guidance, pointsKept: 1, pointsAvailable },
  };
  const sections = {
    fact: angle ?? short.fact.trim(),
    myth: mythLine({ ...words, myth: short.myth }, 'compact'),
    explanation: short.explanation.trim(),
    factAgain: short.factAgain.trim(),
  };
  if (!spokesperson) return [{ ...base, sections }];
  if (!speaksDraftLanguage(spokesperson, words.language)) return [{ ...base, sections, ...signOffNote(spokesperson, words.language) }];
  const signOff = spokesperson.signOff.trim();
  return [
    { ...base, sections: { ...sections, factAgain: `${sections.factAgain}\n${signOff}` } },
    { ...base, sections, signOffLeftOut: signOff },
  ];
}
