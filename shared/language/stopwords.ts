import type { Language } from '../schema/language';

// Function words, folded (no accents). Negations are included on purpose: "immigrants don't take
// jobs" then compares as "immigrants take jobs", which is the frame the reply would repeat.
const words: Record<Language, string> = {
  en: `a an the and or but if then so than that this these those there here it its it's is are was were be been being
    am do does did doing don't doesn't didn't not no nor never isn't aren't wasn't weren't won't can't cannot couldn't
    shouldn't wouldn't have has had having of to in on at by for from with without about as into over under up down out
    off again very just only also too more most much many some any all each every both few other such own same
    i me my we us our you your he him his she her they them their they're they've they'll they'd we're we've we'll you're you've i'm i've what which who whom whose when where why how
    will would shall should can could may might must let let's get got gets getting one ones per via like really
    yes ok okay oh because while though although however`,
  fr: `le la les l un une des du de d et ou mais donc or ni car que qu qui quoi dont ou ce cet cette ces c il ils elle
    elles on nous vous je j me m te t se s son sa ses leur leurs notre nos votre vos mon ma mes ton ta tes est sont
    etait etaient etre a ont avait avoir fait faire pas ne n plus jamais rien aucun aucune non dans en sur sous par
    pour avec sans au aux y tres tout tous toute toutes meme aussi comme si alors bien`,
  de: `der die das den dem des ein eine einer einem einen eines und oder aber doch denn dass daß wer was wie wo wann
    warum ich du er sie es wir ihr ihnen ihm ihn sein seine ihre ihr unser unsere euer mein meine dein deine ist sind
    war waren sein haben hat hatte hatten wird werden wurde wurden nicht kein keine keiner keinen nie niemals nein
    zu im in am an auf aus bei mit nach von vor fur uber unter um durch ohne gegen bis als auch nur noch schon sehr
    so sich man dies diese dieser dieses jener alle jede jeder jedes`,
  es: `el la los las lo un una unos unas y e o u pero ni que quien quienes cual cuales como cuando donde porque
    de del al a en con sin por para sobre entre hasta desde ante tras se su sus mi mis tu tus nuestro nuestra
    nuestros nuestras yo tu el ella ellos ellas nosotros vosotros usted ustedes es son era eran ser estar esta estan
    ha han hay haber no nunca jamas nada ningun ninguna tambien muy mas ya este esta estos estas ese esa esos esas`,
  it: `il lo la i gli le un uno una e ed o ma ne che chi cui come quando dove perche di del dello della dei degli
    delle a al allo alla ai agli alle da dal dalla dai in nel nella nei con su sul sulla per tra fra si suo sua
    suoi sue mio mia tuo tua nostro nostra io tu lui lei noi voi loro e sono era erano essere ha hanno avere non
    mai niente nessun nessuna anche molto piu gia questo questa questi queste quello quella`,
};

const stopwordSets = Object.fromEntries(
  Object.entries(words).map(([language, list]) => [language, new Set(list.split(/\s+/).filter(Boolean))]),
) as Record<Language, Set<string>>;

export function isStopword(folded: string, language: Language): boolean {
  const set = stopwordSets[language];
  return set.has(folded) || (folded.includes("'") && set.has(folded.replace(/^(?:l|d|qu|n|s|j|c)'/, '')));
}
