import { compileCues } from './compile-cues';

/** Negations, for spotting a myth restated with "not" ("Immigrants don't take jobs"). */
export const negationCues = compileCues({
  en: ['not', "\\w+n't", 'no', 'never', 'nobody', 'nothing', 'none', 'neither', 'nor', 'cannot'],
  fr: ['ne', "n'", 'pas', 'jamais', 'aucun', 'aucune', 'non', 'rien'],
  de: ['nicht', 'kein\\w*', 'nie', 'niemals', 'nein'],
  es: ['no', 'nunca', 'jamas', 'ningun\\w*', 'nada', 'tampoco'],
  it: ['non', 'mai', 'nessun\\w*', 'niente', 'neanche'],
});
