import type { Language } from '../schema/language';
import type { Technique } from '../schema/technique';
import { warningPhrases } from '../language/cues/warning-phrases';

/**
 * The template's own words, per language. Each phrase is written to carry the cue the linter
 * looks for (shared/language/cues): the warning names a myth, the technique names use the words
 * of technique-cues, the marker is a causal cue, the source label a source cue.
 */
export type DraftPhrases = {
  /** Opens the myth line of a full draft; the myth follows in lower case. */
  warning: string;
  /** Opens the myth line of a compact draft, as a label: "Myth: …". */
  mythLabel: string;
  /** The FLICC technique as the reader should hear it, with its article. */
  techniques: Record<Technique, string>;
  /** "The trick is cherry picking: " — put in front of the explanation's first sentence. */
  techniqueIntro: (technique: string) => string;
  /** "The trick: cherry picking." — a sentence of its own, for compact drafts. */
  techniqueSentence: (technique: string) => string;
  /**
   * Marks the alternative explanation when the entry's words carry no causal cue. `keepsCase`:
   * the sentence after it keeps its capital (German word order and nouns need it).
   */
  alternativeMarker: { text: string; keepsCase: boolean };
  /** Introduces the fact once more, in other words. */
  restatementLead: string;
  /** Names the source. */
  sourceLabel: string;
  /** Opens the answer to another claim of the post, from its own entry ("As for the rest of the post: …"). */
  otherClaimLead: string;
  /** The spokesperson's voice before the fact again: a person in the first person, an organisation as "we". */
  voice: {
    /** With the role, when the profile is written in this language (starter profiles are in English); without it otherwise. */
    person: (role?: string) => string;
    organisation: string;
  };
  /** Light, kind lines: about rumours and facts in general, never about people. */
  humour: string[];
};

export const draftPhrases: Record<Language, DraftPhrases> = {
  en: {
    warning: warningPhrases.en,
    mythLabel: 'Myth: ',
    techniques: {
      'cherry-picking': 'cherry picking',
      'logical-fallacies': 'a logical fallacy',
      'fake-experts': 'relying on fake experts',
      'impossible-expectations': 'impossible expectations',
      'conspiracy-theories': 'a conspiracy theory',
    },
    techniqueIntro: (technique) => `The trick is ${technique}: `,
    techniqueSentence: (technique) => `The trick: ${technique}.`,
    alternativeMarker: { text: 'In fact, ', keepsCase: false },
    restatementLead: 'Bottom line: ',
    sourceLabel: 'Source: ',
    otherClaimLead: 'As for the rest of the post: ',
    voice: {
      person: (role) =>
        role ? `As ${/^(?:a|an|the) /i.test(role) ? '' : 'the '}${role}, I want you to have the facts.` : 'I want you to have the facts.',
      organisation: 'We want everyone here to have the facts.',
    },
    humour: ['Rumours travel fast; facts just need a head start.', 'Facts are less exciting than rumours, but they hold up better.'],
  },
  fr: {
    warning: warningPhrases.fr,
    mythLabel: 'Rumeur : ',
    techniques: {
      'cherry-picking': 'la sélection partiale des faits',
      'logical-fallacies': 'un sophisme',
      'fake-experts': 'le recours à de faux experts',
      'impossible-expectations': 'des exigences exagérées',
      'conspiracy-theories': 'la théorie du complot',
    },
    techniqueIntro: (technique) => `Le procédé, c'est ${technique} : `,
    techniqueSentence: (technique) => `Le procédé : ${technique}.`,
    alternativeMarker: { text: 'En réalité, ', keepsCase: false },
    restatementLead: 'En bref : ',
    sourceLabel: 'Source : ',
    otherClaimLead: 'Quant au reste du message : ',
    voice: {
      person: () => 'Je tiens à ce que vous ayez les faits.',
      organisation: 'Nous voulons que chacun ait les faits.',
    },
    humour: [
      'Les rumeurs courent vite ; les faits ont juste besoin d’un coup de pouce.',
      'Les faits sont moins spectaculaires que les rumeurs, mais ils tiennent mieux la route.',
    ],
  },
  de: {
    warning: warningPhrases.de,
    mythLabel: 'Mythos: ',
    techniques: {
      'cherry-picking': 'Rosinenpickerei',
      'logical-fallacies': 'ein Fehlschluss',
      'fake-experts': 'der Verweis auf Scheinexperten',
      'impossible-expectations': 'eine übertriebene Erwartung',
      'conspiracy-theories': 'eine Verschwörungserzählung',
    },
    techniqueIntro: (technique) => `Der Trick ist ${technique}: `,
    techniqueSentence: (technique) => `Der Trick: ${technique}.`,
    alternativeMarker: { text: 'In Wirklichkeit gilt: ', keepsCase: true },
    restatementLead: 'Kurz gesagt: ',
    sourceLabel: 'Quelle: ',
    otherClaimLead: 'Und zum Rest des Beitrags: ',
    voice: {
      person: () => 'Mir ist wichtig, dass Sie die Fakten kennen.',
      organisation: 'Uns ist wichtig, dass alle die Fakten kennen.',
    },
    humour: [
      'Gerüchte sind schnell; Fakten brauchen nur einen kleinen Vorsprung.',
      'Fakten sind weniger aufregend als Gerüchte, aber sie halten länger.',
    ],
  },
  es: {
    warning: warningPhrases.es,
    mythLabel: 'Bulo: ',
    techniques: {
      'cherry-picking': 'la selección interesada de datos',
      'logical-fallacies': 'una falacia',
      'fake-experts': 'el recurso a falsos expertos',
      'impossible-expectations': 'una exigencia exagerada',
      'conspiracy-theories': 'una teoría conspirativa',
    },
    techniqueIntro: (technique) => `El truco es ${technique}: `,
    techniqueSentence: (technique) => `El truco: ${technique}.`,
    alternativeMarker: { text: 'En realidad, ', keepsCase: false },
    restatementLead: 'En resumen: ',
    sourceLabel: 'Fuente: ',
    otherClaimLead: 'En cuanto al resto del mensaje: ',
    voice: { person: () => 'Quiero que tenga los datos.', organisation: 'Queremos que todo el mundo tenga los datos.' },
    humour: [
      'Los bulos corren rápido; los datos solo necesitan un empujón.',
      'Los datos son menos emocionantes que los bulos, pero aguantan mejor.',
    ],
  },
  it: {
    warning: warningPhrases.it,
    mythLabel: 'Falso mito: ',
    techniques: {
      'cherry-picking': 'la selezione di comodo dei dati',
      'logical-fallacies': 'una fallacia logica',
      'fake-experts': 'il ricorso a falsi esperti',
      'impossible-expectations': "un'aspettativa esagerata",
      'conspiracy-theories': 'una teoria del complotto',
    },
    techniqueIntro: (technique) => `Il trucco è ${technique}: `,
    techniqueSentence: (technique) => `Il trucco: ${technique}.`,
    alternativeMarker: { text: 'In realtà, ', keepsCase: false },
    restatementLead: 'In breve: ',
    // "Fonte" is not among the Italian source cues ("fonti?" is): the publisher's name carries it.
    sourceLabel: 'Fonte: ',
    otherClaimLead: 'Quanto al resto del post: ',
    voice: { person: () => 'Voglio che abbiate i fatti.', organisation: 'Vogliamo che tutti abbiano i fatti.' },
    humour: [
      'Le voci corrono veloci; i fatti hanno solo bisogno di una spinta.',
      'I fatti sono meno emozionanti delle voci, ma reggono meglio.',
    ],
  },
  nl: {
    warning: warningPhrases.nl,
    mythLabel: 'Mythe: ',
    techniques: {
      'cherry-picking': 'selectief winkelen in de feiten',
      'logical-fallacies': 'een denkfout',
      'fake-experts': 'een beroep op nepdeskundigen',
      'impossible-expectations': 'een onmogelijke eis',
      'conspiracy-theories': 'een complottheorie',
    },
    techniqueIntro: (technique) => `De truc is ${technique}: `,
    techniqueSentence: (technique) => `De truc: ${technique}.`,
    // "In werkelijkheid" would put the verb before the subject (Dutch is verb-second): after a
    // colon the sentence keeps its word order, in lower case as Dutch writes it.
    alternativeMarker: { text: 'Het zit zo: ', keepsCase: false },
    restatementLead: 'Kortom: ',
    sourceLabel: 'Bron: ',
    otherClaimLead: 'Wat de rest van het bericht betreft: ',
    voice: {
      person: () => 'Ik vind het belangrijk dat u de feiten kent.',
      organisation: 'Wij vinden het belangrijk dat iedereen de feiten kent.',
    },
    humour: [
      'Geruchten reizen snel; feiten hebben alleen een kleine voorsprong nodig.',
      'Feiten zijn minder spannend dan geruchten, maar ze houden langer stand.',
    ],
  },
  pl: {
    warning: warningPhrases.pl,
    mythLabel: 'Mit: ',
    techniques: {
      'cherry-picking': 'wybiórcze dobieranie faktów',
      'logical-fallacies': 'błąd logiczny',
      'fake-experts': 'powoływanie się na fałszywych ekspertów',
      'impossible-expectations': 'niemożliwe do spełnienia oczekiwania',
      'conspiracy-theories': 'teoria spiskowa',
    },
    techniqueIntro: (technique) => `Zastosowany chwyt to ${technique}: `,
    techniqueSentence: (technique) => `Chwyt: ${technique}.`,
    alternativeMarker: { text: 'W rzeczywistości ', keepsCase: false },
    restatementLead: 'Krótko mówiąc: ',
    sourceLabel: 'Źródło: ',
    otherClaimLead: 'Co do reszty wpisu: ',
    voice: {
      person: () => 'Zależy mi, żeby znali Państwo fakty.',
      organisation: 'Zależy nam, żeby wszyscy znali fakty.',
    },
    humour: ['Plotki biegną szybko; faktom wystarczy niewielka przewaga.', 'Fakty są mniej ekscytujące niż plotki, ale dłużej się bronią.'],
  },
  sv: {
    warning: warningPhrases.sv,
    mythLabel: 'Myt: ',
    techniques: {
      'cherry-picking': 'russinplockning',
      'logical-fallacies': 'ett logiskt felslut',
      'fake-experts': 'hänvisningar till falska experter',
      'impossible-expectations': 'orimliga krav',
      'conspiracy-theories': 'en konspirationsteori',
    },
    techniqueIntro: (technique) => `Tricket är ${technique}: `,
    techniqueSentence: (technique) => `Tricket: ${technique}.`,
    // "I själva verket" would put the verb before the subject (Swedish is verb-second): after a
    // colon the sentence keeps its word order, and its capital, as Swedish writes a whole sentence.
    alternativeMarker: { text: 'Så här ligger det till: ', keepsCase: true },
    restatementLead: 'Kort sagt: ',
    sourceLabel: 'Källa: ',
    otherClaimLead: 'När det gäller resten av inlägget: ',
    voice: {
      person: () => 'Jag vill att du ska känna till fakta.',
      organisation: 'Vi vill att alla ska känna till fakta.',
    },
    humour: ['Rykten sprids snabbt; fakta behöver bara ett litet försprång.', 'Fakta är mindre spännande än rykten, men de håller längre.'],
  },
  el: {
    warning: warningPhrases.el,
    mythLabel: 'Μύθος: ',
    techniques: {
      'cherry-picking': 'η επιλεκτική χρήση στοιχείων',
      'logical-fallacies': 'ένα λογικό σφάλμα',
      'fake-experts': 'η επίκληση ψευδοειδικών',
      'impossible-expectations': 'μια ανέφικτη απαίτηση',
      'conspiracy-theories': 'μια θεωρία συνωμοσίας',
    },
    techniqueIntro: (technique) => `Το τέχνασμα είναι ${technique}: `,
    techniqueSentence: (technique) => `Το τέχνασμα: ${technique}.`,
    alternativeMarker: { text: 'Στην πραγματικότητα, ', keepsCase: false },
    restatementLead: 'Με λίγα λόγια: ',
    sourceLabel: 'Πηγή: ',
    otherClaimLead: 'Όσο για τα υπόλοιπα της ανάρτησης: ',
    voice: {
      person: () => 'Θέλω να γνωρίζετε τα γεγονότα.',
      organisation: 'Θέλουμε να γνωρίζουν όλοι τα γεγονότα.',
    },
    humour: [
      'Οι φήμες τρέχουν γρήγορα· τα γεγονότα χρειάζονται απλώς ένα μικρό προβάδισμα.',
      'Τα γεγονότα είναι λιγότερο συναρπαστικά από τις φήμες, αλλά αντέχουν περισσότερο.',
    ],
  },
  pt: {
    warning: warningPhrases.pt,
    mythLabel: 'Mito: ',
    techniques: {
      'cherry-picking': 'a escolha seletiva dos dados',
      'logical-fallacies': 'uma falácia lógica',
      'fake-experts': 'o recurso a falsos especialistas',
      'impossible-expectations': 'uma exigência impossível',
      'conspiracy-theories': 'uma teoria da conspiração',
    },
    techniqueIntro: (technique) => `O truque é ${technique}: `,
    techniqueSentence: (technique) => `O truque: ${technique}.`,
    alternativeMarker: { text: 'Na verdade, ', keepsCase: false },
    restatementLead: 'Em resumo: ',
    sourceLabel: 'Fonte: ',
    otherClaimLead: 'Quanto ao resto da publicação: ',
    voice: { person: () => 'Quero que conheça os factos.', organisation: 'Queremos que todos conheçam os factos.' },
    humour: [
      'Os boatos correm depressa; os factos só precisam de um empurrão.',
      'Os factos são menos emocionantes do que os boatos, mas aguentam-se melhor.',
    ],
  },
};
