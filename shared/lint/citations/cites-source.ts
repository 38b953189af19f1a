import { sourceCues } from '../../language/cues/source-cues';
import { foldInPlace } from '../../language/fold-in-place';
import type { Entry } from '../../schema/entry';
import type { Language } from '../../schema/language';
import type { SectionText } from '../analysis/section-text';

// Organisations people name without their full title, in any language: "per KFF", "(OMS e CDC)",
// "rechnet Pew vor". Matched case-sensitively, so the pronoun "who" is not the WHO.
const knownOrganisations =
  /(?<![\p{L}\p{N}])(?:WHO|OMS|OECD|OCDE|OCSE|UNHCR|ACNUR|HCR|IOM|OIM|UNICEF|ONS|Eurostat|ISTAT|Istat|INSEE|Insee|INE|INPS|IAB|BAMF|Destatis|CDC|KFF|Pew|Frontex|ISMU|Caritas|CORRECTIV|Maldita|Newtral|Reuters|AFP|Full Fact|PolitiFact|CBS|Statbel|GUS|SCB|ΕΛΣΤΑΤ|CSO|Statistik Austria|Nieuwscheckers|Demagog|Källkritikbyrån|Polígrafo|Ellinika Hoaxes|TheJournal)(?![\p{L}\p{N}])/u;

// A named source in parentheses, as people cite on social media: "(KFF)", "(National Academies, 2016)".
const parentheticalName = /\(\p{Lu}[^()\n]{0,80}\)/u;

// Bodies people name by what they are rather than by a name: "the government", "la police",
// "das Bundesamt", "el Ayuntamiento", "l'Istituto". German capitalises every noun, so there a
// capital alone does not make a name; these words, or letters in capitals ("IAB"), do.
const institutions: Record<Language, string> = {
  en: '(?:government|ministry|home office|department|agency|institute|university|council|police|census|commission|court|bureau|academ(?:y|ies)|foundation|authorit(?:y|ies)|statistics office)',
  fr: '(?:gouvernement|minist[eè]re|office|agence|institut|universit[eé]|conseil|police|commission|cour\\b|observatoire|acad[eé]mie|fondation|autorit[eé]s|pr[eé]fecture|mairie|caisse|direction|d[eé]fenseur)',
  de: '(?:\\p{L}*(?:amt|ämter|ministerium|institut|agentur|behörde|polizei|stiftung|regierung|versicherung|statistik|gericht|kommission|universität|akademie|bund|bundestag|senat))',
  es: '(?:gobierno|ministerio|oficina|agencia|instituto|universidad|consejo|polic[ií]a|comisi[oó]n|tribunal|academia|fundaci[oó]n|autoridad(?:es)?|ayuntamiento|observatorio|defensor)',
  it: '(?:governo|minister|ufficio|agenzia|istitut|universit[aà]|consiglio|polizia|commissione|tribunale|accademia|fondazione|autorit[aà]|comune|prefettura|questura|osservatorio)',
  nl: '(?:regering|kabinet|ministerie|overheid|dienst|bureau|instituut|universiteit|gemeente|politie|rechtbank|commissie|raad|stichting|autoriteit|planbureau)',
  pl: '(?:rząd\\p{L}*|ministerstw\\p{L}*|urz[aą]d\\p{L}*|urzęd\\p{L}*|agencj\\p{L}*|instytut\\p{L}*|uniwersytet\\p{L}*|policj\\p{L}*|komisj\\p{L}*|s[aą]d\\p{L}*|fundacj\\p{L}*|rzecznik\\p{L}*|straż graniczn\\p{L}*)',
  sv: '(?:regeringen|departementet|myndighet\\p{L}*|\\p{L}*verket|institutet|universitet\\p{L}*|kommun\\p{L}*|polisen|domstol\\p{L}*|kommissionen|stiftelsen|byrån)',
  el: '(?:κυβέρνηση\\p{L}*|υπουργε\\p{L}*|υπηρεσ\\p{L}*|οργανισμ\\p{L}*|ινστιτούτ\\p{L}*|πανεπιστήμι\\p{L}*|δήμο\\p{L}*|αστυνομ\\p{L}*|δικαστήρι\\p{L}*|επιτροπ\\p{L}*|ίδρυμα\\p{L}*|αρχή|αρχές)',
  pt: '(?:governo|minist[eé]rio|servi[cç]o|ag[eê]ncia|instituto|universidade|conselho|pol[ií]cia|comiss[aã]o|tribunal|academia|funda[cç][aã]o|autoridades?|c[aâ]mara|observat[oó]rio|provedor)',
};

// Verbs of reporting, as people attribute a figure: "says WHO Europe", "the ONS found",
// "explique le gouvernement", "sagt das IAB", "eso concluyeron en 2016 las Academias", "lo stima
// il Pew". Any tense and person, since a source may have found it years ago.
const reportVerbs: Record<Language, string> = {
  en: '(?:per|says|said|say|found by|checked by|figures from|data from|finds?|found|estimates?|estimated|shows?|showed|reports?|reported|concluded?|concludes|confirm(?:s|ed)?|notes|noted|calculated|counted|publishe[sd]|records?|recorded)',
  fr: "(?:(?:explique|indique|estime|rappelle|montre|d[eé]montre|calcule|constate|confirme|rapporte|conclu|souligne|publie|pr[eé]cise|rel[eè]ve|recense|chiffre|affirme|note|observe|atteste)(?:nt|t)?|(?:l['’]|les )?(?:a|ont) (?:expliqu[eé]|indiqu[eé]|estim[eé]|montr[eé]|calcul[eé]|constat[eé]|confirm[eé]|conclu|publi[eé]|relev[eé]|recens[eé]|chiffr[eé]|compt[eé]))",
  de: '(?:nennt|nennen|beziffert|rechnet|rechnen|sagt|sagen|schreibt|zeigt|zeigen|zeigte|schätzt|schätzte|bestätigt|meldet|berichtet|ermittelt|ermittelte|belegt|belegen|zählt|zählte|kam|kommt|fand|findet|stellte|stellt|betont|erklärt|veröffentlicht)',
  es: '(?:dice|dicen|dijo|explica|explican|estima|estiman|estimó|calcula|calculan|calculó|confirma|confirman|muestra|muestran|señala|señalan|indica|indican|recoge|recogen|conclu(?:ye|yen|yó|yeron)|public(?:a|ó|aron)|hall(?:a|ó|aron)|encontr(?:ó|aron)|cifra|cifran|registra|registró|constata)',
  it: '(?:stima|stimano|dice|dicono|spiega|spiegano|calcola|conferma|confermano|rileva|rilevano|mostra|riporta|certifica|conclude|sottolinea|precisa|segnala|registra|(?:ha|hanno) (?:concluso|stimato|calcolato|rilevato|confermato|pubblicato|contato|registrato|trovato))',
  nl: '(?:zegt|zeggen|zei|schat|schatte|berekent|berekende|toont|toonde|laat zien|meldt|meldde|rapporteert|concludeert|concludeerde|bevestigt|bevestigde|telt|telde|publiceert|publiceerde|constateert|stelt|vond)',
  pl: '(?:podaje|podają|podał\\p{L}*|szacuje|szacują|oszacował\\p{L}*|wylicza|wyliczył\\p{L}*|pokazuje|pokazują|wskazuje|wskazują|potwierdza|potwierdził\\p{L}*|stwierdza|stwierdził\\p{L}*|informuje|raportuje|opublikował\\p{L}*|publikuje|zauważa|mówi|twierdzi)',
  sv: '(?:säger|uppger|uppgav|skattar|beräknar|beräknade|visar|visade|rapporterar|konstaterar|konstaterade|bekräftar|bekräftade|räknar|publicerar|publicerade|redovisar|redovisade|fann|finner)',
  el: '(?:λέει|λένε|είπε|εκτιμά|εκτιμούν|υπολογίζει|υπολόγισε|δείχνει|δείχνουν|έδειξε|αναφέρει|αναφέρουν|επιβεβαιώνει|επιβεβαίωσε|καταγράφει|κατέγραψε|δημοσίευσε|διαπιστώνει|σημειώνει|τονίζει)',
  pt: '(?:diz|dizem|disse|explica|explicam|estima|estimam|estimou|calcula|calculam|calculou|confirma|confirmam|confirmou|mostra|mostram|mostrou|indica|indicam|aponta|apontam|regista|registou|registra|registrou|conclui|concluiu|publica|publicou|revela|revelou)',
};

// Articles and a few words (a year, "already") that may stand between a verb and its source.
const between: Record<Language, string> = {
  en: '(?:\\s+(?:the|in|\\d{4}|already|also|by))*',
  fr: "(?:\\s+(?:le|la|les|l['’]|en|\\d{4}|aussi|d[eé]j[aà]|par)|(?<=l['’]))*",
  de: '(?:\\s+(?:das|die|der|den|dem|im|in|\\d{4}|auch|schon|bereits|\\p{Lu}\\p{Ll}+ (?:der|des|von)))*',
  es: '(?:\\s+(?:el|la|los|las|en|\\d{4}|ya|también|tambien))*',
  it: "(?:\\s+(?:il|lo|la|l['’]|i|gli|le|nel|\\d{4}|già|gia|anche)|(?<=l['’]))*",
  nl: '(?:\\s+(?:het|de|in|\\d{4}|al|ook))*',
  pl: '(?:\\s+(?:w|już|też|także|\\d{4}))*',
  sv: '(?:\\s+(?:i|år|\\d{4}|redan|också))*',
  el: '(?:\\s+(?:η|ο|το|οι|τα|την|τον|της|του|\\d{4}|ήδη|επίσης))*',
  pt: '(?:\\s+(?:o|a|os|as|em|\\d{4}|já|ja|também|tambem))*',
};

// A study, report or figures and whose they are: "an analysis by the Migration Observatory", "une
// enquête de l'Ined", "Daten des IAB", "un informe del Defensor del Pueblo", "dati dell'Istat";
// or the source set before the claim: "Pour l'OCDE, …", "Para el INE, …", "Per l'Istat, …".
const studies: Record<Language, RegExp> = {
  en: /\b(?:study|survey|report|data|figures|statistics|census|analysis|review|research|estimates?|count|records)\s+(?:by|from|of)\s+(?:the\s+)?(?:\p{Lu}|government|ministry|police|council)/u,
  fr: /\b(?:[eé]tude|enqu[eê]te|rapport|donn[eé]es|chiffres|statistiques|recensement|bilan|analyse|estimations?|comptage)\s+(?:de\s+l['’]|de\s+la\s+|du\s+|des\s+|de\s+)(?:\p{Lu}|minist|gouvernement|police|institut|observatoire)|\bpour\s+l['’]\p{Lu}{2,}/u,
  de: /\b(?:Studie|Umfrage|Bericht|Daten|Zahlen|Statistik|Erhebung|Analyse|Auswertung|Schätzung|Zählung)\s+(?:des|der|vom|von|aus dem)\s+(?:\p{Lu}{2,}|\p{L}*(?:amt|ministerium|institut|agentur|behörde|polizei|stiftung|regierung|versicherung|bund)|\p{Lu}\p{Ll}+\s+\p{Lu})|\bfür\s+(?:das|die|den)\s+\p{Lu}{2,}/u,
  es: /\b(?:estudio|encuesta|informe|datos|cifras|estad[ií]sticas?|censo|an[aá]lisis|balance|estimaci[oó]n)\s+(?:de\s+la\s+|del\s+|de\s+los\s+|de\s+)(?:\p{Lu}|minist|gobierno|polic|instituto|observatorio)|\bpara\s+el\s+\p{Lu}{2,}/u,
  it: /\b(?:studio|indagine|rapporto|dati|cifre|statistiche|censimento|analisi|bilancio|stime?)\s+(?:dell['’]|della\s+|del\s+|dei\s+|degli\s+|di\s+)(?:\p{Lu}|minister|governo|polizia|istitut|osservatorio)|\bper\s+l['’]\p{Lu}{2,}/u,
  nl: /\b(?:studie|onderzoek|rapport|cijfers|gegevens|statistieken|analyse|schattingen?|telling)\s+(?:van|door)\s+(?:het\s+|de\s+)?(?:\p{Lu}|ministerie|regering|politie|gemeente|instituut)/u,
  // Polish names whose figures they are in the genitive, with no preposition: "dane GUS", "raport Ministerstwa".
  pl: /(?<!\p{L})(?:badani\p{L}*|raport\p{L}*|dane|danych|statystyk\p{L}*|analiz\p{L}*|szacunk\p{L}*|spis\p{L}*)\s+(?:\p{Lu}|ministerstw|rząd|policj|urzęd|instytut)/u,
  sv: /(?<!\p{L})(?:studien?|undersökning(?:en)?|rapport(?:en)?|siffror(?:na)?|data|statistik(?:en)?|analys(?:en)?|uppgifter)\s+(?:från|av)\s+(?:\p{Lu}|regeringen|polisen|myndighet|kommun)/u,
  el: /(?<!\p{L})(?:μελέτη|έρευνα|έκθεση|στοιχεία|αριθμοί|στατιστικ\p{L}*|ανάλυση|εκτιμήσεις|απογραφή)\s+(?:της\s+|του\s+|των\s+)?(?:\p{Lu}|υπουργ|κυβέρνησ|αστυνομ|ινστιτούτ)/u,
  pt: /\b(?:estudo|inqu[eé]rito|relat[oó]rio|dados|n[uú]meros|estat[ií]sticas?|censos?|an[aá]lise|estimativas?)\s+(?:d[oa]s?\s+|de\s+)(?:\p{Lu}|minist|governo|pol[ií]cia|instituto|observat)/u,
};

/** "says the ONS", "concluyeron en 2016 las Academias", "sagt das IAB": a verb of reporting, then who. */
const attributions = Object.fromEntries(
  (Object.keys(reportVerbs) as Language[]).map((language) => {
    const word = `(?:\\p{Lu}[\\p{L}.&'’-]*|${institutions[language]})`;
    // German capitalises every noun ("Die Zahlen zeigen"): before a verb only capitals and institutions name a source.
    const subject = language === 'de' ? `(?:\\p{Lu}{2,}|${institutions.de})` : word;
    const name = `${subject}(?:\\s+(?:of|for|and|für|de|du|des|del|di|della|dell['’])?\\s*(?:\\p{Lu}[\\p{L}.&'’-]*))*`;
    const verb = reportVerbs[language];
    return [
      language,
      [
        new RegExp(`(?<![\\p{L}])${verb}${between[language]}\\s*${word}`, 'u'),
        // "The ONS found", "l'Insee a calculé", "das IAB zeigt", "el INE calcula": who, then the verb.
        new RegExp(`(?<![\\p{L}])${name}\\s+${verb}(?![\\p{L}])`, 'u'),
        ...(language === 'de' ? [/\bso (?:das|die|der) \p{Lu}/u] : []),
      ],
    ];
  }),
) as Record<Language, RegExp[]>;

/**
 * Whether a section names where its facts come from: a link, an attribution ("according to",
 * "selon", "laut"), a named organisation, or one of the entry's publishers under any of the
 * names it goes by ("KFF (Kaiser Family Foundation)" is cited as "KFF" or in full).
 */
export function citesSource(section: SectionText, entry: Entry | undefined): boolean {
  if (section.isBlank) return false;
  if (section.urls.length > 0 || section.hasCue(sourceCues[section.language])) return true;
  const { text } = section;
  if (knownOrganisations.test(text) || parentheticalName.test(text)) return true;
  if (attributions[section.language].some((pattern) => pattern.test(text)) || studies[section.language].test(text)) return true;
  return publisherNames(entry).some((name) =>
    isAcronym(name) ? new RegExp(`\\b${name}\\b`, 'u').test(text) : section.folded.includes(name),
  );
}

const namesByEntry = new WeakMap<Entry, string[]>();

/** Each publisher in full, without its parenthesis, the parenthesis itself, and what it cites ("citing Eurostat"). */
function publisherNames(entry: Entry | undefined): string[] {
  if (!entry) return [];
  let names = namesByEntry.get(entry);
  if (!names) {
    names = entry.sources.flatMap(({ publisher }) => {
      const parts = [
        publisher,
        publisher.replace(/\s*\(.*\)\s*$/, ''),
        ...[...publisher.matchAll(/\(([^()]+)\)/g)].map((match) => match[1]!),
      ];
      return parts
        .map((part) => part.replace(/^(?:citing|reporting|via)\s+/i, '').trim())
        .filter((part) => part.length >= 3)
        .map((part) => (isAcronym(part) ? part.replace(/[^\p{L}\p{N}]/gu, '') : foldInPlace(part)));
    });
    namesByEntry.set(entry, names);
  }
  return names;
}

function isAcronym(name: string): boolean {
  return /^[\p{Lu}\p{N}]{2,}$/u.test(name.replace(/[^\p{L}\p{N}]/gu, ''));
}
