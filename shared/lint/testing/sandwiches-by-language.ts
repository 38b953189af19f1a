import type { Sandwich } from '../../schema/draft';
import type { Language } from '../../schema/language';
import { goodSandwich } from './describe-rule';

/**
 * The good sandwich written in each language, for table cases in every language a draft can be
 * written in: a draft is read in the language its text is in, so a French case needs French around it.
 */
export const goodSandwichIn: Record<Language, Sandwich> = {
  en: goodSandwich,
  fr: {
    fact: 'Au Royaume-Uni, les demandeurs d’asile vivent avec 49,18 £ par semaine pendant l’examen de leur demande.',
    myth: 'Une rumeur prétend qu’ils sont logés dans des hôtels de luxe avec beaucoup d’argent.',
    explanation:
      'C’est une sélection partiale des faits : on montre quelques photos d’hôtel et on ignore l’allocation. Les hôtels sont un hébergement d’urgence, utilisé parce que les logements manquent.',
    factAgain: 'Leur soutien est de 49,18 £ par semaine, selon Full Fact.',
  },
  de: {
    fact: 'Asylsuchende im Vereinigten Königreich leben von 49,18 £ pro Woche, solange ihr Antrag geprüft wird.',
    myth: 'Ein verbreiteter Mythos lautet: Sie bekommen Luxushotels und viel Bargeld.',
    explanation:
      'Das ist Rosinenpickerei: Ein paar Hotelfotos werden gezeigt und die Unterstützung wird verschwiegen. Hotels sind Notunterkünfte, die genutzt werden, weil Wohnungen fehlen.',
    factAgain: 'Ihre Unterstützung beträgt 49,18 £ pro Woche, laut Full Fact.',
  },
  es: {
    fact: 'En el Reino Unido, los solicitantes de asilo viven con 49,18 £ a la semana mientras se estudia su solicitud.',
    myth: 'Circula el bulo de que reciben hoteles de lujo y dinero en abundancia.',
    explanation:
      'Es una selección interesada de datos: se muestran unas fotos de hoteles y se ignora la ayuda semanal. Los hoteles son alojamiento de emergencia, usado porque faltan viviendas.',
    factAgain: 'Su ayuda es de 49,18 £ a la semana, según Full Fact.',
  },
  it: {
    fact: 'Nel Regno Unito i richiedenti asilo vivono con 49,18 £ a settimana mentre la loro domanda viene esaminata.',
    myth: 'Circola la falsa notizia che ricevono hotel di lusso e soldi in abbondanza.',
    explanation:
      'È una selezione parziale dei dati: si mostrano alcune foto di hotel e si ignora il sussidio settimanale. Gli hotel sono alloggi di emergenza, usati perché mancano le case.',
    factAgain: 'Il loro sussidio è di 49,18 £ a settimana, secondo Full Fact.',
  },
  nl: {
    fact: 'In het Verenigd Koninkrijk leven asielzoekers van 49,18 £ per week zolang hun aanvraag wordt beoordeeld.',
    myth: 'Een veelgehoorde mythe luidt: ze krijgen luxehotels en veel contant geld.',
    explanation:
      'Dit is selectief winkelen in de feiten: een paar hotelfoto’s worden getoond en de weektoelage wordt verzwegen. Hotels zijn noodopvang, gebruikt omdat er te weinig woningen zijn.',
    factAgain: 'Hun steun bedraagt 49,18 £ per week, volgens Full Fact.',
  },
  pl: {
    fact: 'W Wielkiej Brytanii osoby ubiegające się o azyl żyją za 49,18 £ tygodniowo, dopóki ich wniosek jest rozpatrywany.',
    myth: 'Krąży mit, że dostają luksusowe hotele i mnóstwo gotówki.',
    explanation:
      'To wybiórcze dobieranie faktów: pokazuje się kilka zdjęć hoteli i pomija tygodniowy zasiłek. Hotele to zakwaterowanie awaryjne, używane, ponieważ brakuje mieszkań.',
    factAgain: 'Ich wsparcie wynosi 49,18 £ tygodniowo, według Full Fact.',
  },
  sv: {
    fact: 'I Storbritannien lever asylsökande på 49,18 £ i veckan medan deras ansökan prövas.',
    myth: 'En vanlig myt lyder: De får lyxhotell och gott om kontanter.',
    explanation:
      'Det här är russinplockning: några hotellbilder visas och veckoersättningen förtigs. Hotellen är akutboende, som används eftersom det saknas bostäder.',
    factAgain: 'Deras stöd är 49,18 £ i veckan, enligt Full Fact.',
  },
  el: {
    fact: 'Στο Ηνωμένο Βασίλειο οι αιτούντες άσυλο ζουν με 49,18 £ την εβδομάδα όσο εξετάζεται η αίτησή τους.',
    myth: 'Κυκλοφορεί ο μύθος ότι παίρνουν πολυτελή ξενοδοχεία και άφθονα μετρητά.',
    explanation:
      'Πρόκειται για επιλεκτική χρήση στοιχείων: δείχνουν μερικές φωτογραφίες ξενοδοχείων και αγνοούν το εβδομαδιαίο επίδομα. Τα ξενοδοχεία είναι στέγαση έκτακτης ανάγκης, επειδή λείπουν κατοικίες.',
    factAgain: 'Η στήριξή τους είναι 49,18 £ την εβδομάδα, σύμφωνα με το Full Fact.',
  },
  pt: {
    fact: 'No Reino Unido, os requerentes de asilo vivem com 49,18 £ por semana enquanto o pedido é analisado.',
    myth: 'Circula o mito de que recebem hotéis de luxo e dinheiro em abundância.',
    explanation:
      'É uma escolha seletiva dos dados: mostram-se algumas fotografias de hotéis e ignora-se o subsídio semanal. Os hotéis são alojamento de emergência, usado porque faltam casas.',
    factAgain: 'O apoio é de 49,18 £ por semana, segundo a Full Fact.',
  },
};

/** The good sandwich's myth in each language, as a post would state it: no warning. */
export const bareMythIn: Record<Language, string> = {
  en: 'They get luxury hotels and generous cash.',
  fr: 'Ils sont logés dans des hôtels de luxe avec beaucoup d’argent.',
  de: 'Sie bekommen Luxushotels und viel Bargeld.',
  es: 'Reciben hoteles de lujo y dinero en abundancia.',
  it: 'Ricevono hotel di lusso e soldi in abbondanza.',
  nl: 'Ze krijgen luxehotels en veel contant geld.',
  pl: 'Dostają luksusowe hotele i mnóstwo gotówki.',
  sv: 'De får lyxhotell och gott om kontanter.',
  el: 'Παίρνουν πολυτελή ξενοδοχεία και άφθονα μετρητά.',
  pt: 'Recebem hotéis de luxo e dinheiro em abundância.',
};
