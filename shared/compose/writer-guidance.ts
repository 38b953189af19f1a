import type { Language } from '../schema/language';
import { retractionCues } from '../language/cues/retraction-cues';
import { foldInPlace } from '../language/fold-in-place';
import { capitalise } from './sentence-case';

// Clauses end at a semicolon or colon, or before ", so …" / ", and …" and their translations.
const clauseBreak = /(\s?[;:]\s|,\s(?=(?:so|and|et|donc|und|also|y|por eso|e|quindi|dus|więc|och|så|και|οπότε|então|por isso)\s))/u;
// Matched on folded text, and on the text itself when the first clause goes: both spellings.
const leadingConnector = /^(?:so|and|et|donc|und|also|y|por eso|e|quindi|dus|więc|wiec|och|så|sa|και|οπότε|οποτε|então|entao|por isso)\s+/u;

/**
 * Instructions to the person writing the reply, which entries put next to their caveats ("check
 * the current figure before quoting them", "say so rather than leave it out"). Matched on folded
 * text at the start of a clause (German infinitives at its end).
 */
const guidance: Record<Language, RegExp> = {
  en: /^(?:check|say|do not|don't|avoid|acknowledge|be (?:honest|clear|careful|fair)|use (?:this|only)|give the|keep the|present it|confirm|verify|update|quote|mention|make sure|remember)\b/u,
  fr: /^(?:verifiez|verifier|il faut|pour etre honnete|evitez|citez|precisez|reconnaissez)\b/u,
  de: /^(?:ehrlich bleiben|prufen sie)\b|\b(?:prufen|anerkennen|vermeiden|nennen|angeben|erwahnen)[.!]?$/u,
  es: /^(?:compruebe|comprobar|consulte|conviene|con honestidad|evite|verifique|revise)\b/u,
  it: /^(?:verificate|verificare|verifica|controllate|controllare|conviene)\b/u,
  nl: /^(?:controleer|check|vermeld|noem|vermijd|gebruik|benadruk|geef aan|wees (?:eerlijk|voorzichtig|duidelijk))\b/u,
  pl: /^(?:sprawdz|sprawdzcie|unikaj|unikajcie|podaj|podajcie|zaznacz|zaznaczcie|wspomnij|badz(?:cie)? (?:uczciw|ostrozn))/u,
  sv: /^(?:kontrollera|kolla|undvik|ange|namn|namna|anvand|var (?:arlig|tydlig|forsiktig))\b/u,
  el: /^(?:ελεγξτε|ελεγξε|αποφυγετε|αναφερετε|επισημανετε|να ελεγχετε|να αναφερετε)(?![\p{L}])/u,
  pt: /^(?:verifique|verificar|confirme|confirmar|convem|evite|refira|mencione|indique|seja (?:honesto|claro|cuidadoso))\b/u,
};

export type ReaderFacingSentence = { text: string; guidance: string[] };

/**
 * A sentence of the entry's explanation as readers should see it: clauses that instruct the
 * writer are taken out (and handed back, for the notes), and so are bare denials ("the phones
 * claim is not true"), which the method advises against. The rest keeps its words and order.
 */
export function readerFacing(sentence: string, language: Language): ReaderFacingSentence {
  const pieces = sentence.split(clauseBreak);
  const clauses: { text: string; separator: string }[] = [];
  for (let index = 0; index < pieces.length; index += 2) clauses.push({ separator: pieces[index - 1] ?? '', text: pieces[index]! });

  const dropped: string[] = [];
  const kept = clauses.filter((clause) => {
    const folded = foldInPlace(clause.text.trim()).replace(leadingConnector, '');
    if (guidance[language].test(folded)) {
      dropped.push(clause.text.trim().replace(leadingConnector, '').replace(/[.!]$/, ''));
      return false;
    }
    return !hasMatch(retractionCues[language], folded);
  });
  if (kept.length === clauses.length) return { text: sentence, guidance: [] };
  if (kept.length === 0) return { text: '', guidance: dropped };

  let text = kept.map((clause, index) => (index === 0 ? clause.text : clause.separator + clause.text)).join('');
  if (kept[0] !== clauses[0]) text = capitalise(text.trimStart().replace(new RegExp(leadingConnector.source, 'iu'), ''));
  const ending = /[.!?…]["'”’»)]*$/.exec(sentence)?.[0] ?? '.';
  text = text.replace(/[,;:\s]+$/, '');
  if (!/[.!?…]["'”’»)]*$/.test(text)) text += ending;
  return { text, guidance: dropped.map((clause) => capitalise(clause)) };
}

/** Cue patterns are global and shared with the linter: test from the start, and leave them reset. */
function hasMatch(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  const found = pattern.test(text);
  pattern.lastIndex = 0;
  return found;
}
