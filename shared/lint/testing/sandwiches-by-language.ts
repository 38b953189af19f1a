import type { Sandwich } from '../../schema/draft';
import type { Language } from '../../schema/language';
import { goodSandwich } from './describe-rule';

/**
 * The good sandwich written in each language, for table cases in French, German, Spanish and
 * Italian: a draft is read in the language its text is in, so a French case needs French around it.
 */
export const goodSandwichIn: Record<Language, Sandwich> = {
  en: goodSandwich,
  fr: {
    fact: 'Au Royaume-Uni, les demandeurs d’asile vivent avec 49,18 £ par semaine pendant l’examen de leur demande.',
    myth: 'Une rumeur prétend qu’ils sont logés dans des hôtels de luxe avec de l’argent en abondance.',
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
};
