import { useId } from 'react';
import { channelSpecs } from '../../shared/channels';
import { draftableLanguages } from '../../shared/compose';
import {
  channelIdSchema,
  draftFormatSchema,
  languageNames,
  languageSchema,
  type Audience,
  type ChannelId,
  type Draft,
  type DraftFormat,
  type Entry,
  type Language,
  type Spokesperson,
} from '../../shared/schema';
import { EntryPicker } from './EntryPicker';

type Props = {
  draft: Draft;
  entries: Entry[];
  audiences: Audience[];
  spokespeople: Spokesperson[];
  onChange(changes: Partial<Draft>): void;
  /** The web editor's picker links to the library and a new entry when nothing matches. */
  editorLinks?: boolean;
};

// A reply is measured against the channel's reply limit, a post against its post limit, a thread post by post.
const formatLabels: Record<DraftFormat, string> = { reply: 'Reply', post: 'Post of your own', thread: 'Thread (numbered posts)' };

/** Who the reply answers, for whom, in whose voice, where, in what form and in which language. */
export function ComposeSettings({ draft, entries, audiences, spokespeople, onChange, editorLinks = false }: Props) {
  const entry = entries.find((candidate) => candidate.id === draft.entryId);
  const audienceId = draft.audienceIds[0] ?? '';
  // Spokespeople the chosen audience trusts come first: a trusted messenger persuades.
  const languageHintId = useId();
  const languages = entry ? draftableLanguages(entry) : languageSchema.options;
  const untranslated = entry !== undefined && !languages.includes(draft.language);
  const ordered = [...spokespeople].sort((a, b) => Number(b.trustedBy.includes(audienceId)) - Number(a.trustedBy.includes(audienceId)));
  return (
    <fieldset className="compose-settings">
      <legend>Reply settings</legend>
      <EntryPicker
        entries={entries}
        {...(entry ? { selected: entry } : {})}
        onSelect={(chosen) => onChange({ entryId: chosen.id })}
        editorLinks={editorLinks}
      />
      <label>
        Audience
        <select value={audienceId} onChange={(event) => onChange({ audienceIds: event.target.value ? [event.target.value] : [] })}>
          <option value="">Anyone reading</option>
          {audiences.map((audience) => (
            <option key={audience.id} value={audience.id}>
              {audience.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Spokesperson
        <select value={draft.spokespersonId ?? ''} onChange={(event) => onChange({ spokespersonId: event.target.value || undefined })}>
          <option value="">No sign-off</option>
          {ordered.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
              {person.trustedBy.includes(audienceId) ? ' (trusted by this audience)' : ''}
            </option>
          ))}
        </select>
      </label>
      <label>
        Channel
        <select value={draft.channel} onChange={(event) => onChange({ channel: event.target.value as ChannelId })}>
          {channelIdSchema.options.map((channel) => (
            <option key={channel} value={channel}>
              {channelSpecs[channel].label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Format
        <select value={draft.format ?? 'reply'} onChange={(event) => onChange({ format: event.target.value as DraftFormat })}>
          {draftFormatSchema.options.map((format) => (
            <option key={format} value={format}>
              {formatLabels[format]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Language
        <select
          value={draft.language}
          onChange={(event) => onChange({ language: event.target.value as Language })}
          {...(entry ? { 'aria-describedby': languageHintId } : {})}
        >
          {languageSchema.options.map((language) => (
            <option key={language} value={language}>
              {languageNames[language]}
              {languages.includes(language) ? '' : ' (entry not translated)'}
            </option>
          ))}
        </select>
        {entry && (
          <span id={languageHintId} className={untranslated ? 'field-hint language-missing' : 'field-hint'}>
            {untranslated
              ? `Not translated into ${languageNames[draft.language]}: drafts from this entry are written in ${languageNames[entry.language]}. It can be drafted in ${listOf(languages.map((language) => languageNames[language]))}.`
              : `This entry can be drafted in ${listOf(languages.map((language) => languageNames[language]))}.`}
          </span>
        )}
      </label>
    </fieldset>
  );
}

function listOf(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
