import { foldInPlace } from '../language/fold-in-place';
import type { Language } from '../schema/language';
import { matchStem } from './snowball-stem';

/**
 * Words that say the same thing in a claim, across the five languages a post is read in: "coûte",
 * "kostet", "cuesta" and "costs" are one claim word, as are "logement", "Wohnung", "vivienda" and
 * "housing". Each word is read as its concept (`~cost`), in posts and in library wording alike, so a
 * French post meets an English phrasing and "drain on the welfare state" meets "benefits". Kept to
 * words that mean the concept in every post that uses them; names of groups stay out (they are
 * generic words, see generic-words.ts).
 */
const concepts: Record<string, string> = {
  cost: 'cost costs costing coût coûte coûtent coûter coûts kosten kostet kostete cuesta cuestan coste costes costar costa costano costo costi',
  billion: 'billion billions bn milliard milliards milliarde milliarden miliardo miliardi',
  tax: 'tax taxes impôt impôts steuer steuern impuesto impuestos tasse imposte',
  taxpayer:
    'taxpayer taxpayers contribuable contribuables steuerzahler steuerzahlern contribuyente contribuyentes contribuente contribuenti',
  benefits:
    'benefits welfare handouts allowance allowances allocation allocations aides prestations sozialleistungen sozialhilfe leistungen stütze ayudas ayuda subsidio subsidios prestaciones sussidio sussidi prestazioni',
  housing:
    'housing house houses home homes flat flats apartment logement logements hlm appartement appartements wohnung wohnungen wohnraum sozialwohnung sozialwohnungen vivienda viviendas piso pisos alloggio alloggi',
  job: 'job jobs employment emploi emplois boulot job jobs arbeitsplatz arbeitsplätze stelle stellen empleo empleos trabajo trabajos curro lavoro posto posti',
  work: 'work works working worked travailler travaillent travaille arbeiten arbeitet arbeit trabajar trabajan trabaja lavorare lavorano lavora',
  crime:
    'crime crimes criminal criminals criminality délinquance délinquants criminalité crimes kriminalität kriminelle verbrechen straftaten delincuencia delincuentes delitos crimen criminalità criminali reati delinquenza',
  rape: 'rape rapes rapist rapists viol viols violeur violeurs vergewaltigung vergewaltigungen vergewaltiger violación violaciones violador violadores stupro stupri stupratore stupratori',
  hospital: 'hospital hospitals hôpital hôpitaux urgences krankenhaus krankenhäuser spital spitäler hospitales urgencias ospedale ospedali',
  healthcare: 'healthcare nhs santé soins gesundheitssystem sanidad sanità',
  school: 'school schools pupils école écoles élèves schule schulen schüler escuela escuelas colegio colegios alumnos scuola scuole alunni',
  vote: 'vote votes voting voters voter votent vote wählen wahl wahlrecht votar votan voto votos votare votano',
  citizenship:
    'citizenship nationality passport passports naturalisation naturalization nationalité naturalisations staatsbürgerschaft einbürgerung einbürgerungen pass ciudadanía nacionalidad pasaporte cittadinanza passaporto',
  invasion:
    'invasion invaded invade invading overrun swamped envahis envahie envahi envahir invasion submergés submergée überrannt überflutet invasión invadida invadidos invaden invasione invasi invadono',
  replacement:
    'replacement replace replacing remplacement remplacer remplacés austausch bevölkerungsaustausch ausgetauscht reemplazo sustitución reemplazar sostituzione sostituiti',
  hotel: 'hotel hotels hôtel hôtels hotel hotels hotel hoteles albergo alberghi hotel',
  phone:
    'phone phones iphone iphones smartphone smartphones téléphone téléphones portable portables handy handys smartphone teléfono teléfonos móvil móviles telefonino telefonini cellulare cellulari',
  free: 'free gratis gratuit gratuits gratuite gratuitement kostenlos umsonst geschenkt gratis gratuito gratuita gratuitamente regalo',
  pensioner:
    'pensioner pensioners pensions pension retirees retraité retraités retraite retraites rentner rentnerin rente renten jubilado jubilados pensión pensiones pensionato pensionati pensione pensioni',
  disease:
    'disease diseases illness infection infections epidemic maladie maladies épidémie épidémies krankheit krankheiten seuche seuchen enfermedad enfermedades epidemia malattia malattie',
  tuberculosis: 'tuberculosis tb tuberculose tuberkulose tuberculosis tubercolosi',
  muslim:
    'muslim muslims islam islamic musulman musulmans musulmane islam islamique muslime muslimen islam islamisch musulmán musulmanes islam islámico musulmano musulmani islam islamico',
  christmas: 'christmas xmas noël weihnachten weihnachtsmarkt weihnachtsmärkte navidad navideño natale natalizio',
  money: 'money cash argent fric geld kohle dinero pasta soldi denaro',
  language:
    'language languages english langue langues français sprache sprachen deutsch idioma idiomas lengua castellano lingua lingue italiano',
  priority:
    'priority prioritised prioritized priorité prioritaires passent vorrang bevorzugt bevorzugen prioridad preferencia priorità precedenza',
  children: 'children child kids enfants enfant gamins kinder kind niños niño menores bambini bambino minori',
  border: 'border borders frontière frontières grenze grenzen frontera fronteras confine confini',
  boat: 'boat boats dinghy dinghies bateau bateaux boot boote schlauchboot barco barcos patera pateras cayuco cayucos barca barche barcone barconi',
  pork: 'pork pig porc cochon schwein schweinefleisch cerdo jamón maiale',
  arrive:
    'arrive arrives arriving arrival arrivals arrivent arrivée arrivées débarquent ankommen kommen ankunft llegan llegada llegadas arrivano arrivo arrivi sbarcano sbarchi',
  prison:
    'prison prisons prisoner prisoners inmates prisonniers détenus gefängnis gefängnisse häftlinge cárcel cárceles presos prigione carcere carceri detenuti',
  dentist: 'dentist dentists teeth dental dentiste dentistes dents zahnarzt zahnärzte zähne dentista dentistas dientes dentisti denti',
};

const languages: Language[] = ['en', 'fr', 'de', 'es', 'it'];

/** Stem (per language) → concept term, built once from the lists above. */
const conceptOfStem = (() => {
  const map = new Map<string, string>();
  for (const [concept, words] of Object.entries(concepts)) {
    for (const word of words.split(/\s+/).filter(Boolean)) {
      const folded = foldInPlace(word);
      for (const language of languages) {
        const key = `${language}:${matchStem(folded, language)}`;
        if (!map.has(key)) map.set(key, `~${concept}`);
      }
    }
  }
  return map;
})();

/** The concept a stem stands for in a language ("fr:cout" → "~cost"), or the stem itself. */
export function conceptOf(stem: string, language: Language): string {
  return conceptOfStem.get(`${language}:${stem}`) ?? stem;
}
