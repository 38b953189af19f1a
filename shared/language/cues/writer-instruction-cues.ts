import { compileCues } from './compile-cues';

/**
 * Instructions to the person writing the reply ("present it as an estimate", "check the current
 * figure before quoting", „prüfen Sie die aktuelle Zahl“). A reader who sees them in a reply
 * sees the council's working notes: they belong in an entry's `guidance`. Written folded (lower
 * case, no accents), as `compileCues` expects.
 */
export const writerInstructionCues = compileCues({
  en: [
    'present (?:it|this|them|the (?:figure|number|estimate)) as',
    'check the (?:current|latest|newest|up to date)',
    'check (?:it|this|them) against',
    'before quoting',
    'when quoting',
    'quote (?:it|this|them) as',
    'frame (?:it|this|them) as',
    // At the start of a sentence or clause only: "the figures do not suggest" is reported speech.
    "(?<=^|[.;:!?,] |\\bso )(?:do not|don't|never) (?:claim|say|suggest|imply|present|deny|play (?:it|this|them) down|stretch|overstate)",
    'be (?:honest|open|upfront) (?:about|that)',
    'acknowledge (?:the|it|this|that|these)',
    'give the date with',
    'keep (?:to )?the point about',
    'use this entry only',
    'check (?:it |them )?(?:before|for a newer|newer|whether)',
    'avoid (?:claiming|saying|suggesting|implying)',
    'say so rather',
    'update (?:it|them|the (?:figure|rates?|numbers?)) when',
  ],
  fr: [
    'presentez[- ](?:le|la|les) comme',
    '(?:le|la|les) presenter comme',
    'a presenter comme',
    'verifiez (?:le|la|les)',
    'verifier (?:le|la|les) (?:chiffre|donnee|derniere|dernier|montant)',
    'avant de (?:le |la |les )?citer',
    'ne (?:pas|jamais) (?:affirmer|pretendre|dire|presenter)',
    "n'affirmez pas",
    'il faut (?:le |la |les )?(?:presenter|verifier|preciser|reconnaitre)',
    'pour etre honnete',
    'reconnaissez',
  ],
  de: [
    'als schatzung (?:darstellen|prasentieren|nennen|angeben)',
    'stellen sie (?:es|sie|die zahl|den wert) als',
    'prufen sie',
    '(?:aktuelle|neueste) (?:zahl|zahlen|wert|werte|stand) (?:prufen|nachsehen)',
    'vor dem zitieren',
    // An infinitive closing the clause is an instruction („Nicht als Tatsache behaupten.“).
    'nicht (?:als tatsache )?(?:behaupten|so darstellen)(?=[.!;]|$)',
    'behaupten sie nicht',
    'ehrlich bleiben',
    'offen anerkennen',
    // „aktuelle Regeln prüfen“, „die neuesten Eurostat-Daten prüfen“: an infinitive ending the clause.
    '[\\p{L}-]*(?:regeln|zahlen|daten|angaben|werte) (?:prufen|nachsehen)(?=[.!;]|$)',
  ],
  es: [
    'conviene (?:comprobar|verificar|confirmar|revisar|presentar|reconocer|decir)',
    'con honestidad',
    'consulte (?:datos|las|los|el|la)',
    'compruebe',
    'verifique',
    'presentel[oa]s? como',
    'presentarl[oa]s? como',
    'antes de citar(?:l[oa]s?)?',
    'no (?:afirme|diga|presente)',
    'evite (?:afirmar|decir|presentar)',
  ],
  it: [
    'presentatel[oaie] come',
    'presentarl[oaie] come',
    'conviene (?:verificare|controllare|confermare|presentare|riconoscere|dire)',
    'per onesta',
    'verificate',
    'controllate',
    'prima di citarl[oaie]',
    'prima di citare',
    'non (?:affermate|dite|presentate)',
  ],
  nl: [
    'controleer (?:het|de|dit|deze) (?:actuele|laatste|nieuwste)',
    'voordat je (?:het |dit |ze )?citeert',
    'presenteer (?:het|dit|ze|deze) als',
    'wees eerlijk over',
  ],
  pl: ['sprawdz(?:cie)? (?:aktualn|najnowsz)\\p{L}*', 'przed (?:zacytowaniem|cytowaniem)', 'przedstaw(?:cie)? (?:to|je|ja|te dane) jako'],
  sv: [
    'kontrollera (?:den|det|de) (?:aktuella|senaste)',
    'innan du citerar',
    'presentera (?:det|den|dem|siffran) som',
    'var (?:arlig|oppen) med',
  ],
  el: [
    'ελεγξτε (?:τον|την|το|τα) (?:τρεχ|πιο προσφατ)\\p{L}*',
    'πριν (?:το |τα )?(?:παραθεσετε|αναφερετε)',
    'παρουσιαστε (?:το|τα|τον|την) ως',
  ],
  pt: [
    'verifique (?:o|a|os|as) (?:valor|numero|dado|ultim)\\w*',
    'antes de (?:o |a |os |as )?citar',
    'apresente[- ](?:o|a|os|as) como',
    'seja (?:honesto|transparente) (?:sobre|quanto)',
  ],
});
