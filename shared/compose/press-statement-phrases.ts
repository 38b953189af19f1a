import type { Language } from '../schema/language';

/** The words of a press statement around the draft's own, per language. */
export type PressStatementPhrases = {
  /** The label above the headline. */
  kind: string;
  /** For the release date under the label. */
  locale: string;
  /**
   * The myth as the spokesperson warns of it, in their voice: for a myth joined to its warning by
   * "that" ("que", "dass"…) and for one after a colon, so the myth that follows keeps its words.
   */
  warning: Record<'person' | 'organisation', { clause: string; colon: string }>;
  /** Quotation marks, and the verb of the attribution: “…,” said Name, Role. */
  open: string;
  close: string;
  said: string;
  sources: string;
  /** Opens the contact line, with its colon as the language sets it. */
  contact: string;
  /** What the press office fills in before sending, shown as a placeholder in brackets. */
  headlineToFill: string;
  nameToFill: string;
  roleToFill: string;
  organisationToFill: string;
  contactToFill: string;
  /** The end mark journalists look for. */
  ends: string;
};

export const pressStatementPhrases: Record<Language, PressStatementPhrases> = {
  en: {
    kind: 'Press statement',
    locale: 'en-GB',
    warning: {
      person: { clause: 'I keep hearing the false claim that ', colon: 'I keep hearing a false claim: ' },
      organisation: { clause: 'We are aware of the false claim that ', colon: 'We are aware of a false claim: ' },
    },
    open: '“',
    close: '”',
    said: 'said',
    sources: 'Sources',
    contact: 'Media contact: ',
    headlineToFill: '[Headline: the fact in a few words]',
    nameToFill: '[Name]',
    roleToFill: '[role, organisation]',
    organisationToFill: '[organisation]',
    contactToFill: '[name, email, phone]',
    ends: 'ENDS',
  },
  fr: {
    kind: 'Communiqué de presse',
    locale: 'fr-FR',
    warning: {
      person: { clause: 'J’entends souvent dire, à tort, que ', colon: 'J’entends souvent une fausse rumeur : ' },
      organisation: {
        clause: 'Nous avons connaissance de la rumeur infondée selon laquelle ',
        colon: 'Une rumeur infondée nous a été signalée : ',
      },
    },
    open: '« ',
    close: ' »',
    said: 'a déclaré',
    sources: 'Sources',
    contact: 'Contact presse : ',
    headlineToFill: '[Titre : le fait en quelques mots]',
    nameToFill: '[Nom]',
    roleToFill: '[fonction, organisme]',
    organisationToFill: '[organisme]',
    contactToFill: '[nom, e-mail, téléphone]',
    ends: 'FIN',
  },
  de: {
    kind: 'Pressemitteilung',
    locale: 'de-DE',
    warning: {
      person: { clause: 'Ich höre immer wieder die falsche Behauptung, dass ', colon: 'Ich höre immer wieder eine falsche Behauptung: ' },
      organisation: { clause: 'Uns ist die falsche Behauptung bekannt, dass ', colon: 'Uns ist eine falsche Behauptung bekannt: ' },
    },
    open: '„',
    close: '“',
    said: 'sagte',
    sources: 'Quellen',
    contact: 'Pressekontakt: ',
    headlineToFill: '[Überschrift: die Tatsache in wenigen Worten]',
    nameToFill: '[Name]',
    roleToFill: '[Funktion, Organisation]',
    organisationToFill: '[Organisation]',
    contactToFill: '[Name, E-Mail, Telefon]',
    ends: 'ENDE',
  },
  es: {
    kind: 'Comunicado de prensa',
    locale: 'es-ES',
    warning: {
      person: { clause: 'Oigo a menudo el bulo de que ', colon: 'Oigo a menudo un bulo: ' },
      organisation: { clause: 'Tenemos conocimiento del bulo de que ', colon: 'Nos ha llegado un bulo: ' },
    },
    open: '«',
    close: '»',
    said: 'declaró',
    sources: 'Fuentes',
    contact: 'Contacto de prensa: ',
    headlineToFill: '[Titular: el dato en pocas palabras]',
    nameToFill: '[Nombre]',
    roleToFill: '[cargo, organización]',
    organisationToFill: '[organización]',
    contactToFill: '[nombre, correo electrónico, teléfono]',
    ends: 'FIN',
  },
  it: {
    kind: 'Comunicato stampa',
    locale: 'it-IT',
    warning: {
      person: { clause: 'Sento spesso ripetere la voce infondata che ', colon: 'Sento spesso ripetere una voce infondata: ' },
      organisation: { clause: 'Siamo a conoscenza della voce infondata che ', colon: 'Ci è stata segnalata una voce infondata: ' },
    },
    open: '«',
    close: '»',
    said: 'ha dichiarato',
    sources: 'Fonti',
    contact: 'Contatto stampa: ',
    headlineToFill: '[Titolo: il fatto in poche parole]',
    nameToFill: '[Nome]',
    roleToFill: '[ruolo, organizzazione]',
    organisationToFill: '[organizzazione]',
    contactToFill: '[nome, e-mail, telefono]',
    ends: 'FINE',
  },
};
