import { foldInPlace } from '../language/fold-in-place';

/**
 * Words the matcher reads differently from the linter's function-word lists. Negations and
 * quantities stay part of a claim: "Undocumented immigrants do not pay taxes" is the myth, and
 * "Most immigrants are illegal" is not "immigrants are illegal". Fillers are words posts are full
 * of ("see", "share", "even") that say nothing about which myth a post repeats.
 */
/** The mark of a negated stem as a term of its own: "¬pay" is evidence only a negated claim gives. */
export const negationMark = '¬';

const list = (words: string) => new Set(foldInPlace(words).split(/\s+/).filter(Boolean));

/** Words that negate what follows, in the ten languages ("n't" forms are recognised by their ending). */
const negators = list(`
  not no never none nobody nothing cannot nor without zero
  ne n pas jamais aucun aucune rien sans non zéro
  nicht kein keine keiner keinen keinem keines nie niemals ohne nichts
  nunca jamás ningún ninguna ninguno nada sin cero
  mai nessun nessuno nessuna niente senza
  niet geen nooit zonder
  não nenhum nenhuma sem
  inte ej aldrig ingen inget utan
  nigdy żaden żadna bez
  δεν μην ποτέ
`);

/**
 * How many: a claim about most, all or half of a group is a different claim. Weak on their own,
 * so generic-words.ts counts them among the words that name no claim.
 */
export const quantityWords = `
  most majority all every everyone half more less fewer only
  plupart majorité tous toutes moitié
  meisten mehrheit alle jeder jede hälfte mehr
  mayoría todos todas mitad
  maggioranza maggior tutti tutte metà
`;
const quantities = list(quantityWords);

/** Discourse and platform words that carry no claim; dropped on both sides of a match. */
const fillers = list(`
  see seen share shared sharing go goes going went gone even before after ago just still now today yesterday
  look looks know knew think thought want wants make makes made say says said tell told please retweet rt lol omg
  wow via amp http https www com breaking watch video pic thread follow read thing things way lot lots yeah yet
  that's what's there's here's let's gonna wanna since through across until within among around
  voir voilà partagez partager partagé faut va vont aller encore déjà avant après maintenant aujourd'hui dire dit
  ça c'est ils disent vraiment regardez chez
  mal jetzt heute sagen sagt teilen teilt seht sehen geht gehen immer wieder ja halt eben einfach weil dass etwa gerade
  ver mira miren compartir comparte compartid ahora hoy antes después dice dicen van ir así
  vedere guarda guardate condividi condividete vanno ora oggi dopo dicono così ancora sempre proprio propri propria
  mettere fare fatto serio poi quindi invece
`);

export function isNegator(folded: string): boolean {
  return negators.has(folded) || /n't$/.test(folded) || /^n'/.test(folded);
}

export function isQuantity(folded: string): boolean {
  return quantities.has(folded);
}

export function isFiller(folded: string): boolean {
  return fillers.has(folded);
}
