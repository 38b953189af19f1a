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
  /**
   * Between the closing quotation mark and the verb, when the first sentence ends with a full stop
   * (“…”, sagte) and when it asks or exclaims (“…?” said). English puts its comma inside the marks.
   */
  afterQuote: { statement: string; question: string };
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
    afterQuote: { statement: ' ', question: ' ' },
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
    afterQuote: { statement: ', ', question: ' ' },
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
    afterQuote: { statement: ', ', question: ' ' },
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
    afterQuote: { statement: ', ', question: ' ' },
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
    afterQuote: { statement: ', ', question: ' ' },
    sources: 'Fonti',
    contact: 'Contatto stampa: ',
    headlineToFill: '[Titolo: il fatto in poche parole]',
    nameToFill: '[Nome]',
    roleToFill: '[ruolo, organizzazione]',
    organisationToFill: '[organizzazione]',
    contactToFill: '[nome, e-mail, telefono]',
    ends: 'FINE',
  },
  nl: {
    kind: 'Persbericht',
    locale: 'nl-NL',
    warning: {
      person: { clause: 'Ik hoor steeds weer de onjuiste bewering dat ', colon: 'Ik hoor steeds weer een onjuiste bewering: ' },
      organisation: { clause: 'Wij zijn op de hoogte van de onjuiste bewering dat ', colon: 'Er gaat een onjuiste bewering rond: ' },
    },
    open: '“',
    close: '”',
    // Press releases quote in the present: “…”, zegt de burgemeester.
    said: 'zegt',
    afterQuote: { statement: ', ', question: ' ' },
    sources: 'Bronnen',
    contact: 'Perscontact: ',
    headlineToFill: '[Kop: het feit in een paar woorden]',
    nameToFill: '[Naam]',
    roleToFill: '[functie, organisatie]',
    organisationToFill: '[organisatie]',
    contactToFill: '[naam, e-mail, telefoon]',
    ends: 'EINDE',
  },
  pl: {
    kind: 'Komunikat prasowy',
    locale: 'pl-PL',
    warning: {
      person: { clause: 'Wciąż słyszę fałszywą informację, że ', colon: 'Wciąż słyszę fałszywą informację: ' },
      organisation: { clause: 'Docierają do nas fałszywe informacje, że ', colon: 'Dotarła do nas fałszywa informacja: ' },
    },
    open: '„',
    close: '”',
    // The present, as Polish releases quote ("– mówi"), and it needs no gender, which the name may not show.
    said: 'mówi',
    afterQuote: { statement: ' – ', question: ' – ' },
    sources: 'Źródła',
    contact: 'Kontakt dla mediów: ',
    headlineToFill: '[Tytuł: fakt w kilku słowach]',
    nameToFill: '[Imię i nazwisko]',
    roleToFill: '[stanowisko, instytucja]',
    organisationToFill: '[instytucja]',
    contactToFill: '[imię i nazwisko, e-mail, telefon]',
    ends: 'KONIEC',
  },
  sv: {
    kind: 'Pressmeddelande',
    locale: 'sv-SE',
    warning: {
      person: { clause: 'Jag hör ofta det felaktiga påståendet att ', colon: 'Jag hör ofta ett felaktigt påstående: ' },
      organisation: { clause: 'Vi känner till det felaktiga påståendet att ', colon: 'Ett felaktigt påstående sprids: ' },
    },
    open: '”',
    close: '”',
    said: 'säger',
    afterQuote: { statement: ', ', question: ' ' },
    sources: 'Källor',
    contact: 'Presskontakt: ',
    headlineToFill: '[Rubrik: fakta i några ord]',
    nameToFill: '[Namn]',
    roleToFill: '[befattning, organisation]',
    organisationToFill: '[organisation]',
    contactToFill: '[namn, e-post, telefon]',
    ends: 'SLUT',
  },
  el: {
    kind: 'Δελτίο Τύπου',
    locale: 'el-GR',
    warning: {
      person: { clause: 'Ακούω συχνά τον ψευδή ισχυρισμό ότι ', colon: 'Ακούω συχνά έναν ψευδή ισχυρισμό: ' },
      organisation: { clause: 'Γνωρίζουμε τον ψευδή ισχυρισμό ότι ', colon: 'Κυκλοφορεί ένας ψευδής ισχυρισμός: ' },
    },
    open: '«',
    close: '»',
    said: 'δήλωσε',
    afterQuote: { statement: ', ', question: ' ' },
    sources: 'Πηγές',
    contact: 'Επικοινωνία για τον Τύπο: ',
    headlineToFill: '[Τίτλος: το γεγονός με λίγα λόγια]',
    nameToFill: '[Όνομα]',
    roleToFill: '[θέση, φορέας]',
    organisationToFill: '[φορέας]',
    contactToFill: '[όνομα, email, τηλέφωνο]',
    ends: 'ΤΕΛΟΣ',
  },
  pt: {
    kind: 'Comunicado de imprensa',
    locale: 'pt-PT',
    warning: {
      person: { clause: 'Ouço muitas vezes o boato de que ', colon: 'Ouço muitas vezes um boato: ' },
      organisation: { clause: 'Temos conhecimento do boato de que ', colon: 'Chegou-nos um boato: ' },
    },
    open: '«',
    close: '»',
    said: 'afirmou',
    afterQuote: { statement: ', ', question: ' ' },
    sources: 'Fontes',
    contact: 'Contacto para a imprensa: ',
    headlineToFill: '[Título: o facto em poucas palavras]',
    nameToFill: '[Nome]',
    roleToFill: '[cargo, organização]',
    organisationToFill: '[organização]',
    contactToFill: '[nome, e-mail, telefone]',
    ends: 'FIM',
  },
};
