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
    de del al a en con sin por para sobre entre hasta desde ante tras se nos su sus mi mis tu tus nuestro nuestra
    nuestros nuestras yo tu el ella ellos ellas nosotros vosotros usted ustedes es son era eran ser estar esta estan
    ha han hay haber no nunca jamas nada ningun ninguna tambien muy mas ya este esta estos estas ese esa esos esas`,
  it: `il lo la i gli le un uno una e ed o ma ne che chi cui come quando dove perche di del dello della dei degli
    delle a al allo alla ai agli alle da dal dalla dai in nel nella nei con su sul sulla per tra fra si suo sua
    suoi sue mio mia tuo tua nostro nostra io tu lui lei noi voi loro ci vi e sono era erano essere ha hanno avere non
    mai niente nessun nessuna anche molto piu gia questo questa questi queste quello quella`,
  // Words shared with another language ("to", "i", "do" in Polish, "for" and "over" in Swedish
  // after folding, "no" in Portuguese) share their vote in language detection (detect-language.ts),
  // so they cannot tip a text to another language; the words only one language has decide. Dutch
  // "of" and "we" are left out: English leans on them more than Dutch does. The matcher drops the function words of every
  // language from a post (match-terms.ts), so words that carry a claim in English are left out:
  // Swedish "men", Dutch "want" and "door", Polish "ten" and "ale". Polish "ł" has no accent to
  // fold away: "był" stays "był". Spanish function words that its own list leaves out ("cada",
  // "todos", "nos") are left out of Portuguese too, or a Spanish sentence would read as Portuguese.
  nl: `de het een en maar dat die dit deze er hier daar is zijn was waren wordt worden werd werden heeft hebben had
    hadden van in op aan met voor naar bij uit over onder tot om te als dan ook nog al niet geen wel zo zeer meer
    veel hun hen zij ze hij haar hem wij ons onze jij je jullie uw ik mij mijn wat wie waar wanneer hoe waarom omdat
    dus toch zonder tegen tussen sinds zich kan kunnen moet moeten zal zullen wil alle elke ieder niets nooit iets`,
  pl: `i a o w we z ze na do od u po za to on my przez dla przy bez nad pod przed miedzy jak czy lub albo oraz takze tez nie tak
    ta te tego tej tym tych sa jest był była były było byc moze maja ma sie jego jej ich oni one wy ja ty ona nas
    nam ktory ktora ktore ktorzy ktorych co kto gdzie kiedy dlaczego poniewaz bo juz jeszcze tylko bardzo wiecej
    wszystko wszyscy kazdy zaden nic nigdy tu tam jako gdy jesli ktorym ktorej sobie swoje swoich`,
  sv: `och att det som en ett den de i ar var har hade inte pa av med till for over under om sa han sin man eller kan ska skulle vill mer mest
    manga nagra alla varje ingen inget inga aldrig bara ocksa nar dar hur vad vem varfor eftersom sedan efter utan
    mot fran hos vid genom mellan sig sitt sina deras dem vi oss jag du hon denna detta dessa vara blir blev bli
    finns mycket redan fortfarande annu ju nu dessutom`,
  el: `ο η το οι τα του της των τον την τους τις ενας μια ενα και αλλα ομως που οτι πως αν να θα δεν μην με σε στο
    στη στην στον στα στους στις στων απο για προς κατα μετα χωρις μεχρι ως οπως ειναι ηταν εχει εχουν ειχε ειχαν
    αυτο αυτη αυτος αυτοι αυτες αυτα αυτων αυτους μας σας μου σου εμεις εσεις εγω εσυ πολυ πιο ολοι ολα ολες καθε
    κανενας τιποτα ποτε ηδη ακομα επισης μονο ετσι εδω εκει ποιος τι γιατι επειδη ενω οταν`,
  pt: `o a os as um uma uns umas e ou mas que de do da dos das em no na nas ao aos pelo pela pelos pelas por para com
    sem sobre entre ate desde ele ela eles elas voce voces seu sua seus suas nosso nossa isto isso este esta estes
    estas esse essa esses essas aquele aquela ser estar sao foi eram tem ter ha nao nunca nada nem ja mais muito
    muitos muitas tambem so como quando onde porque qual quem se lhe lhes tudo`,
};

const stopwordSets = Object.fromEntries(
  Object.entries(words).map(([language, list]) => [language, new Set(list.split(/\s+/).filter(Boolean))]),
) as Record<Language, Set<string>>;

export function isStopword(folded: string, language: Language): boolean {
  const set = stopwordSets[language];
  return set.has(folded) || (folded.includes("'") && set.has(folded.replace(/^(?:l|d|qu|n|s|j|c)'/, '')));
}
