import { describe, expect, it } from 'vitest';
import type { Language } from '../schema/language';
import { foldInPlace } from './fold-in-place';
import { splitSentences } from './sentences';
import { tokenize } from './tokenize';
import { findWarningLead } from './warning-lead';

/** The warning that opens the first sentence, as written, or undefined when it has none. */
function leadOf(language: Language, text: string): string | undefined {
  const folded = foldInPlace(text);
  const sentences = splitSentences(text);
  const first = sentences[0]!;
  const tokens = tokenize(text, folded).filter((token) => token.end <= first.end);
  const lead = findWarningLead(folded, tokens, first, language, sentences.length > 1);
  return lead && text.slice(lead.start, lead.end).trim();
}

describe('findWarningLead', () => {
  // Each concept in every language: a word that calls the claim false, a call to beware, a label
  // before a colon, a report (someone says, posts, circulates, hears it) joined by "that", a colon
  // or a comma, a question of hearsay.
  it.each<[Language, string, string]>([
    ['en', 'A common myth claims that they get hotels.', 'A common myth claims that'],
    ['en', 'FALSE: immigrants refuse to learn English.', 'FALSE:'],
    ['en', 'Beware the idea that most head for the West.', 'Beware the idea that'],
    ['en', 'Donald Trump keeps saying that migrants commit more crime.', 'Donald Trump keeps saying that'],
    ['en', 'A popular post claims migrants bring back diseases.', 'A popular post claims'],
    ['en', 'Some people believe immigrants never learn English.', 'Some people believe'],
    ['en', 'Heard the line that immigrants take jobs?', 'Heard the line that'],
    ['en', 'According to a viral post, migrants get free houses.', 'According to a viral post,'],
    ['fr', 'Intox : les migrants seraient plus nombreux.', 'Intox :'],
    ['fr', 'Un chiffre circule sur les réseaux : Berlin dépenserait 30 milliards.', 'Un chiffre circule sur les réseaux :'],
    ['fr', 'On lit souvent qu’un migrant touche plus qu’un retraité.', 'On lit souvent qu’'],
    ['fr', 'Méfiez-vous des posts sur le luxe à l’hôtel.', 'Méfiez-vous'],
    ['fr', 'Le bruit court que les migrants touchent tout.', 'Le bruit court que'],
    ['de', 'FAKE: In Schweden gebe es No-go-Areas.', 'FAKE:'],
    ['de', 'Donald Trump behauptet immer wieder, Migranten seien krimineller.', 'Donald Trump behauptet immer wieder,'],
    ['de', 'In meiner Praxis höre ich öfter, Asylbewerber bekämen neue Zähne.', 'In meiner Praxis höre ich öfter,'],
    ['de', 'Auf dem Schulhof macht ein Satz die Runde: Europa werde muslimisch.', 'Auf dem Schulhof macht ein Satz die Runde:'],
    ['de', 'Angeblich hat Zuwanderung Schweden verändert.', 'Angeblich'],
    ['es', 'Anda circulando que la inmigración baja los sueldos.', 'Anda circulando que'],
    ['es', 'Algunos políticos repiten que los indocumentados reciben cobertura gratis.', 'Algunos políticos repiten que'],
    ['es', 'Otra vez la cantinela de que Europa será musulmana.', 'Otra vez la cantinela de que'],
    ['es', '¿Viste lo de las tarjetas para migrantes?', '¿Viste lo de'],
    ['es', '¡Alerta de bulo! Dicen que no pagan impuestos.', '¡Alerta de bulo!'],
    ['it', 'Il solito ritornello: un’Europa presto musulmana.', 'Il solito ritornello:'],
    ['it', 'Alcuni esponenti politici sostengono che la Germania spenda 30 miliardi.', 'Alcuni esponenti politici sostengono che'],
    ['it', 'Vi hanno detto che i rifugiati vengono tutti in Europa?', 'Vi hanno detto che'],
    ['it', 'Gira la voce che gli alloggi vadano prima agli stranieri.', 'Gira la voce che'],
    // Round 2: a greeting before the warning, a tentative lead-in, a statement by public figures.
    [
      'it',
      'Cari parrocchiani, alcuni di voi ci hanno chiesto di un messaggio che gira: i musulmani saranno la maggioranza.',
      'alcuni di voi ci hanno chiesto di un messaggio che',
    ],
    [
      'es',
      'Quizá le haya llegado por WhatsApp un vídeo que dice que los migrantes cobran ayudas.',
      'Quizá le haya llegado por WhatsApp un vídeo que dice que',
    ],
    [
      'en',
      'Some recent statements by public figures assert that immigrants commit more crime.',
      'Some recent statements by public figures assert that',
    ],
    ['fr', 'Le grand fantasme du moment : l’Europe deviendrait musulmane.', 'Le grand fantasme du moment :'],
  ])('%s: "%s" opens with "%s"', (language, text, lead) => {
    expect(leadOf(language, text)).toBe(lead);
  });

  // The myth stated plainly, a warning that trails it, and words of warning that are the myth's own.
  it.each<[Language, string]>([
    ['en', 'Asylum seekers get new phones and stay in luxury hotels.'],
    ['en', 'Most refugees head for Europe, or so the story goes.'],
    ['en', 'They get luxury hotels, a common myth.'],
    ['en', 'Migrants claim benefits as soon as they arrive.'],
    ['en', 'Most asylum seekers are fake refugees.'],
    ['fr', 'Les migrants apportent des épidémies — voilà ce qui circule, et c’est faux.'],
    ['fr', 'Les faux réfugiés profitent du système.'],
    ['de', 'Die meisten Flüchtlinge kommen nach Europa – das ist falsch.'],
    ['de', 'Die Regierung verschweigt die wahren Zahlen: Es sind zehn Millionen.'],
    ['es', 'Los inmigrantes no pagan impuestos.'],
    ['es', 'La atención sanitaria es gratis para los inmigrantes.'],
    ['it', 'Tra pochi decenni l’Europa avrà una maggioranza musulmana.'],
    ['it', 'I migranti ricevono 35 euro al giorno, si dice.'],
  ])('%s: "%s" has no warning before the myth', (language, text) => {
    expect(leadOf(language, text)).toBeUndefined();
  });

  it('takes a sentence that only announces the myth as the warning of the next one', () => {
    expect(leadOf('en', 'We have all heard this one. They get luxury hotels.')).toBe('We have all heard this one.');
    expect(leadOf('en', 'They get luxury hotels, a common myth. Nothing could be further from the truth.')).toBeUndefined();
  });
});
