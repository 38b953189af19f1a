import { readingLanguageSchema, type ReadingLanguage } from '../../schema/language';
import { compileWordCues, type WordCueList } from './word-cues';

/**
 * Words that report a claim: someone says, believes or has heard it ("some say", "they claim",
 * "angeblich", "se dice que", "c'è chi giura che"). Who says it decides what the report is: the
 * words before (or, trailing, after) the hedge name a source ("the ONS says") or only people in
 * general ("many believe", "on l'entend partout"), which is hearsay: a myth said again.
 * "Claim" alone is not listed: people "claim benefits" and make "asylum claims".
 */
const sayingWords: WordCueList = {
  en: [
    'say',
    'says',
    'said',
    'saying',
    'claim that',
    'claims that',
    'claimed that',
    'claiming that',
    'they claim',
    'some claim',
    'people claim',
    'others claim',
    'who claim',
    'falsely claim',
    'think',
    'thinks',
    'believe',
    'believes',
    'insist',
    'insists',
    'argue',
    'argues',
    'suggest',
    'suggests',
    'allege',
    'alleges',
    'alleged',
    'allegedly',
    'supposedly',
    'apparently',
    'reportedly',
    'rumour has it',
    'rumor has it',
    'we are told',
    "we're told",
    'heard that',
    'heard',
    'keep hearing',
    'we hear',
    'i hear',
    'you hear',
    'so we hear',
    'repeat',
    'repeats',
    'swear',
    'swears',
    'according to which',
    'it is said',
    "it's said",
    'word is',
  ],
  fr: [
    'dit',
    'disent',
    'dire',
    'pretend',
    'pretendent',
    'pretendu',
    'pretendument',
    'affirme',
    'affirment',
    'affirmer',
    'croient',
    'croit',
    'pensent',
    'assurent',
    'jurent',
    'jure',
    'repetent',
    'repete',
    'raconte',
    'racontent',
    'commentent',
    'colportent',
    'soi disant',
    'il parait',
    'parait il',
    'on entend dire',
    'on entend',
    "on l'entend",
    "l'entend",
    'on lit',
    'selon laquelle',
    'selon lequel',
    'selon lesquels',
    'selon lesquelles',
  ],
  de: [
    'sagen',
    'sagt',
    'sagte',
    'behaupten',
    'behauptet',
    'glauben',
    'glaubt',
    'meinen',
    'meint',
    'denken',
    'denkt',
    'schworen',
    'schwort',
    'wiederholen',
    'wiederholt',
    'es heißt',
    'heißt es',
    'lautet',
    'lauten',
    'angeblich',
    'vermeintlich',
    'man hort',
    'hort man',
    'liest man',
    'wonach',
    'derzufolge',
  ],
  es: [
    'dicen',
    'dice',
    'decir',
    'afirman',
    'afirma',
    'aseguran',
    'asegura',
    'creen',
    'cree',
    'piensan',
    'juran',
    'jura',
    'repiten',
    'repite',
    'cuentan',
    'comenta',
    'comentan',
    'se comenta',
    'se dice',
    'supuestamente',
    'presuntamente',
    'al parecer',
    'hay quien',
    'se oye',
    'se lee',
    'segun el cual',
    'segun la cual',
    'segun los cuales',
    'segun las cuales',
  ],
  it: [
    'dicono',
    'dice',
    'dire',
    'sostengono',
    'sostiene',
    'affermano',
    'afferma',
    'credono',
    'crede',
    'pensano',
    'giurano',
    'giura',
    'ripetono',
    'ripete',
    'raccontano',
    'racconta',
    'presunto',
    'presunti',
    'presunta',
    'presuntamente',
    'a quanto pare',
    'pare che',
    'si sente',
    'si legge',
    "c'e chi",
    'secondo cui',
  ],
};

/**
 * Nouns for the claim itself ("the claim", "the post", « la rumeur », „die Behauptung“, "el
 * bulo", "la bufala"), and "it means": what follows is the claim talked about, not hearsay. In
 * an explanation, "the claim assumes a fixed number of jobs" refers to the myth to say how it
 * misleads; it does not say it again.
 */
const claimNounList: WordCueList = {
  en: [
    'the claim',
    'a claim',
    'this claim',
    'that claim',
    'the claims',
    'the idea',
    'the notion',
    'the story',
    'the rumour',
    'the rumor',
    'the myth',
    'the line',
    'the post',
    'a post',
    'the meme',
    // Nouns that name a proposition: "generalises … to a rule that newcomers jump the queue".
    'a rule that',
    'the rule that',
    'the impression',
    'the belief',
    'the assumption',
    'the narrative',
    'the suggestion',
    // "it does not mean that X": X is talked about.
    'mean that',
    'means that',
    'mean',
    'means',
  ],
  fr: [
    "l'affirmation",
    "l'idee",
    "l'impression",
    'la croyance',
    'une regle selon laquelle',
    'la rumeur',
    'le mythe',
    'la legende',
    'le message',
    'la publication',
  ],
  de: [
    'die behauptung',
    'die vorstellung',
    'den eindruck',
    'die annahme',
    'das gerucht',
    'der mythos',
    'die legende',
    'der beitrag',
    'der post',
  ],
  es: [
    'la idea',
    'la impresion',
    'la creencia',
    'la afirmacion',
    'el bulo',
    'el rumor',
    'el mito',
    'el cuento',
    'la leyenda',
    'el mensaje',
    'la publicacion',
  ],
  it: [
    "l'affermazione",
    "l'idea",
    "l'impressione",
    'la convinzione',
    'la bufala',
    'la voce che',
    'il mito',
    'la leggenda',
    'la diceria',
    'il messaggio',
    'il post',
  ],
};

/**
 * Words that report or hedge a claim instead of asserting it: the saying words and the claim
 * nouns. What follows them is still the claim: a myth said with "some say" in front is still
 * the myth. A hedge ends the clause it stands in, so a negation before it ("don't believe
 * that…") belongs to the hedge, not to the claim.
 */
export const hedgeWords = compileWordCues(joined(sayingWords, claimNounList));

export const claimNouns = compileWordCues(claimNounList);

/**
 * Who says a claim when it is hearsay: people in general, the speaker and the listener, and the
 * places a rumour passes through ("many people believe", "on l'entend partout sur les réseaux",
 * "man hört überall", "hay quien dice", "si legge ogni giorno sui social", "des dizaines de
 * commentaires"). A hedge whose speaker is anything else names a source ("the ONS says").
 * Written folded; compared with the clause's words before stemming.
 */
export const hearsaySpeakers: WordCueList = {
  en: `people folks everyone everybody someone somebody some many others lots plenty you we they i
    online internet web social media comments posts feeds everywhere often always again dozens hundreds thousands still keep`.split(/\s+/),
  fr: `on gens personnes monde certains beaucoup d'aucuns aucuns plusieurs tous vous nous ils je
    internet web reseaux sociaux commentaires publications partout souvent toujours encore dizaines centaines milliers`.split(/\s+/),
  de: `man leute menschen viele manche einige alle jeder wir sie ich du
    netz internet sozialen medien kommentaren kommentare uberall oft immer wieder ja dutzende hunderte tausende gern gerne`.split(/\s+/),
  es: `gente personas muchos algunos todos todo mundo quien hay se
    internet web redes sociales comentarios todas partes siempre menudo decenas cientos miles`.split(/\s+/),
  it: `gente persone molti alcuni tanti tutti chi c'e si
    internet web rete social commenti ovunque spesso sempre giorno ogni decine centinaia migliaia`.split(/\s+/),
};

function joined(first: WordCueList, second: WordCueList): WordCueList {
  const lists = {} as Record<ReadingLanguage, readonly string[]>;
  for (const language of readingLanguageSchema.options) lists[language] = [...first[language], ...second[language]];
  return lists;
}
