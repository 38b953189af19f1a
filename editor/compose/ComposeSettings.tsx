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
import { useInterfaceFormats } from '../i18n/use-interface-formats';
import { useTranslation } from '../i18n/use-translation';
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

/** Who the reply answers, for whom, in whose voice, where, in what form and in which language. */
export function ComposeSettings({ draft, entries, audiences, spokespeople, onChange, editorLinks = false }: Props) {
  const { t } = useTranslation('compose');
  const formats = useInterfaceFormats();
  const entry = entries.find((candidate) => candidate.id === draft.entryId);
  const audienceId = draft.audienceIds[0] ?? '';
  const languageHintId = useId();
  const languages = entry ? draftableLanguages(entry) : languageSchema.options;
  const untranslated = entry !== undefined && !languages.includes(draft.language);
  const draftable = formats.list(languages.map((language) => languageNames[language]));
  // Spokespeople the chosen audience trusts come first: a trusted messenger persuades.
  const ordered = [...spokespeople].sort((a, b) => Number(b.trustedBy.includes(audienceId)) - Number(a.trustedBy.includes(audienceId)));
  return (
    <fieldset className="compose-settings">
      <legend>{t('settings.legend')}</legend>
      <EntryPicker
        entries={entries}
        {...(entry ? { selected: entry } : {})}
        onSelect={(chosen) => onChange({ entryId: chosen.id })}
        editorLinks={editorLinks}
      />
      <label>
        {t('settings.audience')}
        <select value={audienceId} onChange={(event) => onChange({ audienceIds: event.target.value ? [event.target.value] : [] })}>
          <option value="">{t('settings.anyoneReading')}</option>
          {audiences.map((audience) => (
            <option key={audience.id} value={audience.id}>
              {audience.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('settings.spokesperson')}
        <select value={draft.spokespersonId ?? ''} onChange={(event) => onChange({ spokespersonId: event.target.value || undefined })}>
          <option value="">{t('settings.noSignOff')}</option>
          {ordered.map((person) => (
            <option key={person.id} value={person.id}>
              {person.trustedBy.includes(audienceId) ? t('settings.trusted', { name: person.name }) : person.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('settings.channel')}
        <select value={draft.channel} onChange={(event) => onChange({ channel: event.target.value as ChannelId })}>
          {channelIdSchema.options.map((channel) => (
            <option key={channel} value={channel}>
              {channelSpecs[channel].label}
            </option>
          ))}
        </select>
      </label>
      {/* A reply is measured against the channel's reply limit, a post against its post limit, a thread post by post. */}
      <label>
        {t('settings.format')}
        <select value={draft.format ?? 'reply'} onChange={(event) => onChange({ format: event.target.value as DraftFormat })}>
          {draftFormatSchema.options.map((format) => (
            <option key={format} value={format}>
              {t(`settings.formats.${format}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('settings.language')}
        <select
          value={draft.language}
          onChange={(event) => onChange({ language: event.target.value as Language })}
          {...(entry ? { 'aria-describedby': languageHintId } : {})}
        >
          {languageSchema.options.map((language) => (
            <option key={language} value={language}>
              {languages.includes(language)
                ? languageNames[language]
                : t('settings.notTranslatedOption', { language: languageNames[language] })}
            </option>
          ))}
        </select>
        {entry && (
          <span id={languageHintId} className={untranslated ? 'field-hint language-missing' : 'field-hint'}>
            {untranslated
              ? t('settings.notTranslated', {
                  language: languageNames[draft.language],
                  entryLanguage: languageNames[entry.language],
                  languages: draftable,
                })
              : t('settings.draftableIn', { languages: draftable })}
          </span>
        )}
      </label>
    </fieldset>
  );
}
