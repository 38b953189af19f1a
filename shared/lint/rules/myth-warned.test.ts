import type { Language } from '../../schema/language';
import { describeRule } from '../testing/describe-rule';
import { exampleEntry } from '../testing/example-entry';
import { goodSandwichIn } from '../testing/sandwiches-by-language';
import { mythWarned } from './myth-warned';

const unwarned = 'The myth is stated without a warning: say first that a false claim follows, so readers take it with suspicion.';
const warningLate = 'The myth comes before the warning: put the warning first, so readers are on guard before they read the myth.';

/** A case whose whole draft is in one language, with its own myth section. */
const inLanguage = (language: Language, myth: string) => ({ sandwich: { ...goodSandwichIn[language], myth }, context: { language } });

describeRule(mythWarned, {
  fixesClearFindings: true,
  pass: [
    { name: 'English warning', sandwich: {} },
    {
      name: 'a lead-in sentence, then the warning (German)',
      sandwich: {
        myth: 'Bei dieser Zahl lohnt sich ein zweiter Blick. In vielen Gruppen heißt es gerade, der Staat gebe 30 Milliarden für Migranten aus.',
      },
      context: { language: 'de' },
    },
    {
      name: 'a greeting before the warning (Italian)',
      sandwich: {
        myth: 'Cari parrocchiani, alcuni di voi ci hanno chiesto di un messaggio che gira molto ed è falso: che in Europa i musulmani saranno la maggioranza.',
      },
      context: { language: 'it' },
    },
    { name: '"Beware of…"', sandwich: { myth: 'Beware of the claim that asylum seekers get luxury hotels.' } },
    { name: '"You may have seen…"', sandwich: { myth: 'You may have seen posts saying asylum seekers get luxury hotels.' } },
    { name: '"A false claim says…"', sandwich: { myth: 'A false claim says they get luxury hotels and generous cash.' } },
    {
      name: '"You may have seen…" with an entry',
      sandwich: { myth: 'You may have seen posts saying asylum seekers get luxury hotels.' },
      context: { entry: exampleEntry },
    },
    { name: 'French: the usual warning', ...inLanguage('fr', 'Une rumeur prétend que les migrants vivent dans le luxe.') },
    { name: 'French: "Attention à…"', ...inLanguage('fr', 'Attention à cette rumeur : les migrants vivraient dans le luxe.') },
    { name: 'French: "Méfiez-vous de…"', ...inLanguage('fr', 'Méfiez-vous de ce message : les migrants vivraient dans le luxe.') },
    { name: 'French: "On entend souvent que…"', ...inLanguage('fr', 'On entend souvent que les migrants vivent dans le luxe.') },
    {
      name: 'French draft, the myth line wholly in English with its warning',
      ...inLanguage('fr', 'A common myth claims that migrants live in luxury.'),
    },
    { name: 'German: the usual warning', ...inLanguage('de', 'Ein verbreiteter Mythos lautet: Asylbewerber leben im Luxus.') },
    {
      name: 'German: "Vorsicht vor…"',
      ...inLanguage('de', 'Vorsicht vor einer irreführenden Behauptung: Asylbewerber leben im Luxus.'),
    },
    { name: 'German: "Achtung, Falschbehauptung:"', ...inLanguage('de', 'Achtung, Falschbehauptung: Asylbewerber leben im Luxus.') },
    { name: 'German: "Immer wieder heißt es…"', ...inLanguage('de', 'Immer wieder heißt es, Asylbewerber lebten im Luxus.') },
    { name: 'Spanish: the usual warning', ...inLanguage('es', 'Circula el bulo de que los migrantes viven en hoteles de lujo.') },
    { name: 'Spanish: "Ojo con…"', ...inLanguage('es', 'Ojo con este bulo: los migrantes viven en hoteles de lujo.') },
    { name: 'Spanish: "Circula un bulo…"', ...inLanguage('es', 'Circula un bulo: los migrantes viven en hoteles de lujo.') },
    { name: 'Spanish: "Se repite que…"', ...inLanguage('es', 'Se repite que los migrantes viven en hoteles de lujo.') },
    { name: 'Italian: the usual warning', ...inLanguage('it', 'Circola la falsa notizia che i migranti vivono in hotel di lusso.') },
    { name: 'Italian: "Attenzione a…"', ...inLanguage('it', 'Attenzione a questa bufala: i migranti vivono in hotel di lusso.') },
    { name: 'Italian: "Gira una bufala…"', ...inLanguage('it', 'Gira una bufala: i migranti vivono in hotel di lusso.') },
    { name: 'Italian: "Si sente dire che…"', ...inLanguage('it', 'Si sente dire che i migranti vivono in hotel di lusso.') },
    // Handing the claim to others marks it as hearsay: a warning, so none is stacked on top ("A common myth claims that people say…").
    { name: '"People say…"', sandwich: { myth: 'People say people without legal status are taking all our jobs.' } },
    { name: '"A popular post claims…"', sandwich: { myth: 'A popular post claims they get luxury hotels and generous cash.' } },
    { name: 'French: "On dit que…"', ...inLanguage('fr', 'On dit que les migrants vivent dans le luxe.') },
    { name: 'French: "Vous avez peut-être lu…"', ...inLanguage('fr', 'Vous avez peut-être lu qu’ils vivent dans le luxe.') },
    { name: 'German: "Man sagt, dass…"', ...inLanguage('de', 'Man sagt, dass Asylbewerber im Luxus leben.') },
    { name: 'Spanish: "Dicen que…"', ...inLanguage('es', 'Dicen que los migrantes viven en hoteles de lujo.') },
    { name: 'Italian: "C\'è chi dice…"', ...inLanguage('it', 'C’è chi dice, sbagliando, che i migranti vivono in hotel di lusso.') },
    // A label before a colon that calls it false or a refrain: "FALSE:", "Intox :", "Il solito ritornello:".
    { name: 'a label: "FALSE:"', sandwich: { myth: 'FALSE: asylum seekers get luxury hotels and generous cash.' } },
    { name: 'a label: "The same old line:"', sandwich: { myth: 'The same old line: they get luxury hotels and generous cash.' } },
    { name: 'French label: "Intox :"', ...inLanguage('fr', 'Intox : les migrants vivent dans le luxe.') },
    { name: 'German label: "Die alte Leier:"', ...inLanguage('de', 'Die alte Leier: Asylbewerber leben im Luxus.') },
    {
      name: 'Spanish label: "Otra vez la cantinela de que…"',
      ...inLanguage('es', 'Otra vez la cantinela de que los migrantes viven en hoteles de lujo.'),
    },
    { name: 'Italian label: "Il solito ritornello:"', ...inLanguage('it', 'Il solito ritornello: i migranti vivono in hotel di lusso.') },
    // Someone named says, claims or spreads it: an attribution, joined by "that", a comma or a colon.
    {
      name: 'a named source: "Some politicians claim…"',
      sandwich: { myth: 'Some politicians claim that they get luxury hotels and generous cash.' },
    },
    {
      name: 'French: "Un chiffre circule sur les réseaux :"',
      ...inLanguage('fr', 'Un chiffre circule sur les réseaux : les migrants toucheraient 2 000 euros par mois.'),
    },
    { name: 'German: "Die Partei behauptet, …"', ...inLanguage('de', 'Die Partei behauptet immer wieder, Asylbewerber lebten im Luxus.') },
    {
      name: 'Spanish: "Algunos políticos repiten que…"',
      ...inLanguage('es', 'Algunos políticos repiten que los migrantes viven en hoteles de lujo.'),
    },
    {
      name: 'Italian: "Alcuni esponenti politici sostengono che…"',
      ...inLanguage('it', 'Alcuni esponenti politici sostengono che i migranti vivono in hotel di lusso.'),
    },
    // Asking whether the reader has heard it.
    {
      name: 'a question of hearsay: "Heard the line that…?"',
      sandwich: { myth: 'Heard the line that they get luxury hotels and generous cash?' },
    },
    {
      name: 'French: "Vous avez vu passer… ?"',
      ...inLanguage('fr', 'Vous avez vu passer la vidéo sur les migrants logés dans des hôtels de luxe ?'),
    },
    { name: 'German: "Schon gehört, dass…?"', ...inLanguage('de', 'Schon gehört, dass Asylbewerber im Luxus leben?') },
    { name: 'Spanish: "¿Viste lo de…?"', ...inLanguage('es', '¿Viste lo de los hoteles de lujo para migrantes?') },
    { name: 'Italian: "Vi hanno detto che…?"', ...inLanguage('it', 'Vi hanno detto che i migranti vivono in hotel di lusso?') },
    {
      name: 'a sentence that only announces the myth warns the next one',
      sandwich: { myth: 'We have all heard this one. They get luxury hotels and generous cash.' },
    },
    { name: 'a quoted myth handed to its source', sandwich: { myth: '“They get luxury hotels and generous cash,” says a viral post.' } },
    // The languages the claim reader does not read: their usual warnings pass too.
    { name: 'Dutch: the usual warning', ...inLanguage('nl', 'Een veelgehoorde mythe luidt: migranten leven in luxe.') },
    { name: 'Dutch: "Er wordt beweerd dat…"', ...inLanguage('nl', 'Er wordt vaak beweerd dat migranten in luxe leven.') },
    { name: 'Dutch: "Pas op voor…"', ...inLanguage('nl', 'Pas op voor dit gerucht: migranten leven in luxe.') },
    { name: 'Polish: the usual warning', ...inLanguage('pl', 'Krąży mit, że migranci żyją w luksusie.') },
    { name: 'Polish: "Niektórzy twierdzą, że…"', ...inLanguage('pl', 'Niektórzy twierdzą, że migranci żyją w luksusie.') },
    { name: 'Polish label: "Fałsz:"', ...inLanguage('pl', 'Fałsz: migranci żyją w luksusie.') },
    { name: 'Swedish: the usual warning', ...inLanguage('sv', 'En vanlig myt lyder: Invandrare lever i lyx.') },
    { name: 'Swedish: "Det påstås ofta att…"', ...inLanguage('sv', 'Det påstås ofta att invandrare lever i lyx.') },
    { name: 'Swedish: "Ett rykte säger att…"', ...inLanguage('sv', 'Ett rykte säger att invandrare lever i lyx.') },
    { name: 'Greek: the usual warning', ...inLanguage('el', 'Κυκλοφορεί ο μύθος ότι οι μετανάστες ζουν στη χλιδή.') },
    { name: 'Greek: "Πολλοί λένε ότι…"', ...inLanguage('el', 'Πολλοί λένε ότι οι μετανάστες ζουν στη χλιδή.') },
    { name: 'Greek label: "Ψέμα:"', ...inLanguage('el', 'Ψέμα: οι μετανάστες ζουν στη χλιδή.') },
    { name: 'Portuguese: the usual warning', ...inLanguage('pt', 'Circula o mito de que os imigrantes vivem no luxo.') },
    { name: 'Portuguese: "Há quem diga que…"', ...inLanguage('pt', 'Há quem diga que os imigrantes vivem no luxo.') },
    { name: 'Portuguese: "Cuidado com este boato:"', ...inLanguage('pt', 'Cuidado com este boato: os imigrantes vivem no luxo.') },
  ],
  fail: [
    {
      name: 'the myth stated bare',
      sandwich: { myth: '⟦Asylum seekers get luxury hotels.⟧' },
      message: unwarned,
      fix: 'Start with “A common myth claims that”.',
      fixed: 'A common myth claims that asylum seekers get luxury hotels.',
    },
    {
      name: 'a name keeps its capital after the warning',
      sandwich: { myth: '⟦Muslims will soon outnumber Christians here.⟧' },
      message: unwarned,
      fix: 'Start with “A common myth claims that”.',
      fixed: 'A common myth claims that Muslims will soon outnumber Christians here.',
    },
    {
      name: 'a question: advice, since "A common myth claims that do…" would not read',
      sandwich: { myth: '⟦Do asylum seekers get luxury hotels?⟧' },
      message: unwarned,
      fix: 'Start with a warning, such as “A common myth claims that…”, then state the claim itself.',
    },
    {
      name: 'warning only after the myth: moved to the front',
      sandwich: { myth: '⟦Asylum seekers get luxury hotels, new phones: a common myth⟧.' },
      context: { entry: exampleEntry },
      message: warningLate,
      fix: 'Start with “A common myth claims that” and drop the warning after the myth.',
      fixed: 'A common myth claims that asylum seekers get luxury hotels, new phones.',
    },
    {
      name: 'the warning in the second sentence: one warning, in front',
      sandwich: { myth: '⟦They get luxury hotels. That is a myth⟧.' },
      message: warningLate,
      fix: 'Start with “A common myth claims that” and drop the warning after the myth.',
      fixed: 'A common myth claims that they get luxury hotels.',
    },
    {
      name: 'a later warning woven into a sentence: advice, no words of the writer dropped',
      sandwich: { myth: '⟦They get luxury hotels. Posts on Facebook and TikTok keep repeating this myth⟧ every week.' },
      message: warningLate,
      fix: 'Start the myth section with the warning, for example “A common myth claims that…”.',
    },
    {
      name: 'French: a bare myth',
      ...inLanguage('fr', '⟦Les migrants vivent dans le luxe.⟧'),
      message: unwarned,
      fix: 'Start with “Une rumeur prétend que”.',
      fixed: 'Une rumeur prétend que les migrants vivent dans le luxe.',
    },
    {
      name: 'French: "que" elides before a vowel',
      ...inLanguage('fr', '⟦Ils vivent dans des hôtels de luxe.⟧'),
      message: unwarned,
      fix: 'Start with “Une rumeur prétend que”.',
      fixed: 'Une rumeur prétend qu’ils vivent dans des hôtels de luxe.',
    },
    {
      name: 'French: an English warning is replaced, not stacked',
      ...inLanguage('fr', '⟦A common myth: ⟧les migrants vivent dans le luxe.'),
      message:
        "The warning is in English but the myth is in French: warn in the myth's language, so every reader is on guard before the myth.",
      fix: 'Replace “A common myth:” with “Une rumeur prétend que”.',
      fixed: 'Une rumeur prétend que les migrants vivent dans le luxe.',
    },
    {
      name: 'French: an English warning on a line of its own is replaced, the myth after it kept by the writer',
      ...inLanguage('fr', '⟦A common myth:⟧\nles migrants vivent dans le luxe.'),
      message:
        "The warning is in English but the myth is in French: warn in the myth's language, so every reader is on guard before the myth.",
      fix: 'Replace “A common myth:” with “Une rumeur prétend que”, followed by the myth.',
    },
    {
      name: 'French: the warning after the myth',
      ...inLanguage('fr', '⟦Les migrants vivent dans le luxe. C’est une rumeur⟧.'),
      message: warningLate,
      fix: 'Start with “Une rumeur prétend que” and drop the warning after the myth.',
      fixed: 'Une rumeur prétend que les migrants vivent dans le luxe.',
    },
    {
      name: 'German: a bare myth keeps its capitals',
      ...inLanguage('de', '⟦Asylbewerber leben im Luxus.⟧'),
      message: unwarned,
      fix: 'Start with “Ein verbreiteter Mythos lautet:”.',
      fixed: 'Ein verbreiteter Mythos lautet: Asylbewerber leben im Luxus.',
    },
    {
      name: 'German: the warning after the myth',
      ...inLanguage('de', '⟦Asylbewerber leben im Luxus. Das ist ein Mythos⟧.'),
      message: warningLate,
      fix: 'Start with “Ein verbreiteter Mythos lautet:” and drop the warning after the myth.',
      fixed: 'Ein verbreiteter Mythos lautet: Asylbewerber leben im Luxus.',
    },
    {
      name: 'Spanish: a bare myth',
      ...inLanguage('es', '⟦Los migrantes viven en hoteles de lujo.⟧'),
      message: unwarned,
      fix: 'Start with “Circula el bulo de que”.',
      fixed: 'Circula el bulo de que los migrantes viven en hoteles de lujo.',
    },
    {
      name: '"claim" as the myth\'s own verb is no attribution',
      sandwich: { myth: '⟦They claim benefits as soon as they arrive.⟧' },
      message: unwarned,
      fix: 'Start with “A common myth claims that”.',
      fixed: 'A common myth claims that they claim benefits as soon as they arrive.',
    },
    {
      name: 'French: "faux" inside the myth is no warning',
      ...inLanguage('fr', '⟦Les faux réfugiés profitent du système.⟧'),
      message: unwarned,
      fix: 'Start with “Une rumeur prétend que”.',
      fixed: 'Une rumeur prétend que les faux réfugiés profitent du système.',
    },
    {
      name: 'German: hearsay after the myth ("…, heißt es") is moved to the front',
      ...inLanguage('de', '⟦Asylbewerber leben im Luxus, heißt es⟧.'),
      message: warningLate,
      fix: 'Start with “Ein verbreiteter Mythos lautet:” and drop the warning after the myth.',
      fixed: 'Ein verbreiteter Mythos lautet: Asylbewerber leben im Luxus.',
    },
    {
      name: 'Spanish: "…, dicen" after the myth',
      ...inLanguage('es', '⟦Los migrantes viven en hoteles de lujo, dicen⟧.'),
      message: warningLate,
      fix: 'Start with “Circula el bulo de que” and drop the warning after the myth.',
      fixed: 'Circula el bulo de que los migrantes viven en hoteles de lujo.',
    },
    {
      name: 'Italian: "…, si dice" after the myth',
      ...inLanguage('it', '⟦I migranti vivono in hotel di lusso, si dice⟧.'),
      message: warningLate,
      fix: 'Start with “Circola la falsa notizia che” and drop the warning after the myth.',
      fixed: 'Circola la falsa notizia che i migranti vivono in hotel di lusso.',
    },
    {
      name: 'English: "…, people say" after the myth',
      sandwich: { myth: '⟦They get luxury hotels, people say⟧.' },
      message: warningLate,
      fix: 'Start with “A common myth claims that” and drop the warning after the myth.',
      fixed: 'A common myth claims that they get luxury hotels.',
    },
    {
      name: 'Italian: a bare myth ("I" is an article here, not the English pronoun)',
      ...inLanguage('it', '⟦I migranti vivono in hotel di lusso.⟧'),
      message: unwarned,
      fix: 'Start with “Circola la falsa notizia che”.',
      fixed: 'Circola la falsa notizia che i migranti vivono in hotel di lusso.',
    },
    // The languages the claim reader does not read: a bare myth is flagged, and the fix warns in the myth's language.
    {
      name: 'Dutch: a bare myth goes on in lower case after the colon',
      ...inLanguage('nl', '⟦Migranten leven in luxe.⟧'),
      message: unwarned,
      fix: 'Start with “Een veelgehoorde mythe luidt:”.',
      fixed: 'Een veelgehoorde mythe luidt: migranten leven in luxe.',
    },
    {
      name: 'Polish: a bare myth',
      ...inLanguage('pl', '⟦Migranci żyją w luksusie.⟧'),
      message: unwarned,
      fix: 'Start with “Krąży mit, że”.',
      fixed: 'Krąży mit, że migranci żyją w luksusie.',
    },
    {
      name: 'Swedish: a bare myth keeps its capital after the colon',
      ...inLanguage('sv', '⟦Invandrare lever i lyx.⟧'),
      message: unwarned,
      fix: 'Start with “En vanlig myt lyder:”.',
      fixed: 'En vanlig myt lyder: Invandrare lever i lyx.',
    },
    {
      name: 'Greek: a bare myth',
      ...inLanguage('el', '⟦Οι μετανάστες ζουν στη χλιδή.⟧'),
      message: unwarned,
      fix: 'Start with “Κυκλοφορεί ο μύθος ότι”.',
      fixed: 'Κυκλοφορεί ο μύθος ότι οι μετανάστες ζουν στη χλιδή.',
    },
    {
      name: 'Portuguese: a bare myth',
      ...inLanguage('pt', '⟦Os imigrantes vivem no luxo.⟧'),
      message: unwarned,
      fix: 'Start with “Circula o mito de que”.',
      fixed: 'Circula o mito de que os imigrantes vivem no luxo.',
    },
    {
      name: 'Portuguese: the warning after the myth',
      ...inLanguage('pt', '⟦Os imigrantes vivem no luxo. É um mito⟧.'),
      message: warningLate,
      fix: 'Start with “Circula o mito de que” and drop the warning after the myth.',
      fixed: 'Circula o mito de que os imigrantes vivem no luxo.',
    },
    {
      name: 'Dutch: an English warning is replaced, not stacked',
      ...inLanguage('nl', '⟦A common myth: ⟧migranten leven in luxe.'),
      message:
        "The warning is in English but the myth is in Dutch: warn in the myth's language, so every reader is on guard before the myth.",
      fix: 'Replace “A common myth:” with “Een veelgehoorde mythe luidt:”.',
      fixed: 'Een veelgehoorde mythe luidt: migranten leven in luxe.',
    },
  ],
});
