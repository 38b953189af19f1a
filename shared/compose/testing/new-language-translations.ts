import { entrySchema, type Entry } from '../../schema/entry';

/**
 * The starter entry on asylum support, translated into the five languages added for the EU
 * library (issue 16) the way a translator fills in an entry: the fact, the myth, the explanation,
 * the warning and a short form. Drafts in these languages use the templates' own words around them.
 */
export const newLanguageTranslations = {
  nl: {
    myth: 'Asielzoekers krijgen luxehotels, nieuwe telefoons en royaal contant geld.',
    fact: 'In het Verenigd Koninkrijk hebben asielzoekers geen recht op gewone uitkeringen: ze krijgen 49,18 £ per week, of 8,86 £ als de maaltijden worden verzorgd.',
    explanation:
      'Het bericht pikt de hotels en telefoons eruit en maakt er een levensstijl van. Asielzoekers mogen niet werken; een hotel is noodopvang en het weekgeld dekt nauwelijks het eten.',
    warning: 'Een veelgehoorde mythe luidt:',
    short: {
      fact: 'In het Verenigd Koninkrijk krijgen asielzoekers 49,18 £ per week.',
      myth: 'asielzoekers wonen in luxehotels.',
      explanation: 'Dit is selectief winkelen: hotels zijn noodopvang, omdat er te weinig woningen zijn.',
      factAgain: 'Het gaat om 49,18 £ per week, volgens Full Fact.',
    },
  },
  pl: {
    myth: 'Osoby ubiegające się o azyl dostają luksusowe hotele, nowe telefony i mnóstwo gotówki.',
    fact: 'W Wielkiej Brytanii osoby ubiegające się o azyl nie mają prawa do zwykłych świadczeń: dostają 49,18 £ tygodniowo lub 8,86 £, jeśli zapewnione są posiłki.',
    explanation:
      'Wpis wybiera hotele i telefony i przedstawia je jako styl życia. Osoby ubiegające się o azyl nie mogą pracować; hotel to zakwaterowanie awaryjne, a tygodniowy zasiłek ledwo wystarcza na jedzenie.',
    warning: 'Krąży mit, że',
    short: {
      fact: 'W Wielkiej Brytanii osoby ubiegające się o azyl dostają 49,18 £ tygodniowo.',
      myth: 'żyją w luksusowych hotelach.',
      explanation: 'To wybiórcze dobieranie faktów: hotel to zakwaterowanie awaryjne, bo brakuje mieszkań.',
      factAgain: 'To 49,18 £ tygodniowo, według Full Fact.',
    },
  },
  sv: {
    myth: 'Asylsökande får lyxhotell, nya telefoner och gott om kontanter.',
    fact: 'I Storbritannien har asylsökande inte rätt till vanliga bidrag: de får 49,18 £ i veckan, eller 8,86 £ om måltider ingår.',
    explanation:
      'Inlägget plockar ut hotellen och telefonerna och gör dem till en livsstil. Asylsökande får inte arbeta; hotellen är akutboende och veckopengen räcker knappt till mat.',
    warning: 'En vanlig myt lyder:',
    short: {
      fact: 'I Storbritannien får asylsökande 49,18 £ i veckan.',
      myth: 'Asylsökande bor på lyxhotell.',
      explanation: 'Det här är russinplockning: hotellen är akutboende, eftersom bostäder saknas.',
      factAgain: 'Det är 49,18 £ i veckan, enligt Full Fact.',
    },
  },
  el: {
    myth: 'Οι αιτούντες άσυλο παίρνουν πολυτελή ξενοδοχεία, καινούργια κινητά και άφθονα μετρητά.',
    fact: 'Στο Ηνωμένο Βασίλειο οι αιτούντες άσυλο δεν δικαιούνται τα κανονικά επιδόματα: παίρνουν 49,18 £ την εβδομάδα ή 8,86 £ αν τους παρέχονται γεύματα.',
    explanation:
      'Η ανάρτηση απομονώνει τα ξενοδοχεία και τα κινητά και τα παρουσιάζει ως τρόπο ζωής. Οι αιτούντες άσυλο δεν επιτρέπεται να εργαστούν. Το ξενοδοχείο είναι στέγαση έκτακτης ανάγκης και το επίδομα μόλις καλύπτει το φαγητό.',
    warning: 'Κυκλοφορεί ο μύθος ότι',
    short: {
      fact: 'Στο Ηνωμένο Βασίλειο οι αιτούντες άσυλο παίρνουν 49,18 £ την εβδομάδα.',
      myth: 'ζουν σε πολυτελή ξενοδοχεία.',
      explanation: 'Επιλεκτική χρήση στοιχείων: τα ξενοδοχεία είναι στέγαση ανάγκης, επειδή λείπουν σπίτια.',
      factAgain: 'Είναι 49,18 £ την εβδομάδα, σύμφωνα με το Full Fact.',
    },
  },
  pt: {
    myth: 'Os requerentes de asilo recebem hotéis de luxo, telemóveis novos e dinheiro em abundância.',
    fact: 'No Reino Unido, os requerentes de asilo não têm direito às prestações sociais comuns: recebem 49,18 £ por semana, ou 8,86 £ se as refeições forem fornecidas.',
    explanation:
      'A publicação escolhe os hotéis e os telemóveis e apresenta-os como um estilo de vida. Os requerentes de asilo não podem trabalhar; o hotel é alojamento de emergência e o subsídio mal chega para a comida.',
    warning: 'Circula o mito de que',
    short: {
      fact: 'No Reino Unido, os requerentes de asilo recebem 49,18 £ por semana.',
      myth: 'viveriam em hotéis de luxo.',
      explanation: 'É uma escolha seletiva: o hotel é alojamento de emergência, porque faltam casas.',
      factAgain: 'São 49,18 £ por semana, segundo a Full Fact.',
    },
  },
} as const;

/** The entry with those translations added to its own. */
export function withNewLanguageTranslations(entry: Entry): Entry {
  return entrySchema.parse({ ...entry, translations: { ...entry.translations, ...newLanguageTranslations } });
}
