import { forYouNotForThePost, isAuthorNote } from '../../shared/compose/author-notes';
import { useTranslation } from '../i18n/use-translation';

/**
 * The composer's notes beside the draft. The entry's caveats and guidance come first, under their
 * own heading: they are for the person posting and must not be mistaken for text to copy.
 */
export function ComposerNotes({ notes }: { notes: string[] }) {
  const { t } = useTranslation('compose');
  const forYou = notes.filter(isAuthorNote).map((note) => note.slice(forYouNotForThePost.length).replace(/^\s*—\s*/, ''));
  const aboutTheDraft = notes.filter((note) => !isAuthorNote(note));
  return (
    <>
      {forYou.length > 0 && (
        // The notes themselves come from the composer (shared/compose); their heading is the interface's.
        <section aria-label={t('notes.forYou')} className="composer-notes composer-notes-for-you">
          <h3>{t('notes.forYou')}</h3>
          <ul>
            {forYou.map((note) => (
              <li key={note}>{sentenceCase(note)}</li>
            ))}
          </ul>
        </section>
      )}
      {aboutTheDraft.length > 0 && (
        <ul aria-label={t('notes.aboutTheDraft')} className="composer-notes">
          {aboutTheDraft.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
    </>
  );
}

function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
