import { describe, expect, it } from 'vitest';
import { addVotes, decideLanguage, detectLanguage, languageVotes } from './detect-language';

const words = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .split(/[^\p{L}']+/u)
    .filter(Boolean);

it.each([
  ['They take our jobs and the council does nothing', 'en'],
  ['Ils prennent le travail des Français et personne ne dit rien', 'fr'],
  ['Die Flüchtlinge bekommen mehr als die Rentner und keiner sagt was', 'de'],
  ['Los menas cobran más que tu abuela y nadie hace nada', 'es'],
  ['Le case popolari vanno agli stranieri e non agli italiani', 'it'],
  ['De asielzoekers krijgen een huis voor de Nederlanders en niemand zegt er iets van', 'nl'],
  ['Imigranci dostają mieszkania przed Polakami i nikt nic nie mówi', 'pl'],
  ['Invandrarna får bostäder före svenskarna och ingen säger något om det', 'sv'],
  ['Οι μετανάστες παίρνουν τα σπίτια πριν από τους Έλληνες και κανείς δεν λέει τίποτα', 'el'],
  ['Os imigrantes ficam com as casas antes dos portugueses e ninguém diz nada', 'pt'],
  ['#StopTheBoats 🚤🚤', 'en'], // nothing to go on: the default
])('%s → %s', (text, language) => {
  expect(detectLanguage(words(text))).toBe(language);
});

describe('decideLanguage', () => {
  const votes = (text: string) => languageVotes(words(text));

  it.each([
    [
      'An English section in a draft marked French',
      'Undocumented immigrants pay billions in taxes every year, through sales tax and rent.',
      'fr',
      'en',
    ],
    [
      'A French section in a draft marked English',
      'Les demandeurs d’asile reçoivent 49,18 £ par semaine, selon le ministère de l’Intérieur.',
      'en',
      'fr',
    ],
    [
      'A German section in a draft marked Spanish',
      'Asylbewerber erhalten keine regulären Sozialleistungen, sondern nur das, was das Gesetz für die Zeit des Verfahrens vorsieht.',
      'es',
      'de',
    ],
    ['A short word keeps the declared language', 'Merci !', 'en', 'en'],
    ['A name and a year keep it too', 'Full Fact, 2024', 'fr', 'fr'],
    [
      'Italian marked Spanish',
      'I richiedenti asilo ricevono 49,18 sterline a settimana e non possono lavorare: per questo il loro alloggio è pagato dallo Stato.',
      'es',
      'it',
    ],
    [
      'Portuguese marked Spanish',
      'Os requerentes de asilo recebem 49,18 libras por semana e não podem trabalhar enquanto o pedido é analisado.',
      'es',
      'pt',
    ],
    [
      'Spanish, with words Portuguese shares, stays Spanish',
      'En Suecia se registra cada hecho: un año de violaciones cada noche suma 365 delitos.',
      'es',
      'es',
    ],
    [
      'Spanish marked Portuguese',
      'Los solicitantes de asilo no reciben hoteles de lujo: el Estado les da una ayuda muy pequeña.',
      'pt',
      'es',
    ],
    [
      'Dutch marked German',
      'Asielzoekers krijgen geen voorrang bij sociale huurwoningen, want de regels zijn voor iedereen gelijk.',
      'de',
      'nl',
    ],
    ['Swedish marked Dutch', 'Asylsökande får inte förtur till bostäder, eftersom reglerna är desamma för alla som står i kö.', 'nl', 'sv'],
    ['Polish marked English', 'Uchodźcy nie dostają mieszkań poza kolejką, bo zasady są takie same dla wszystkich.', 'en', 'pl'],
  ] as const)('%s', (_name, text, declared, expected) => {
    expect(decideLanguage(votes(text), declared)).toBe(expected);
  });

  it('adds up the votes of several sections, so a whole short draft can outvote the declared language', () => {
    const sections = ['They pay nothing.', 'The claim ignores sales taxes.', 'They pay taxes every day.'];
    expect(sections.map((section) => decideLanguage(votes(section), 'fr'))).toContain('fr');
    expect(decideLanguage(addVotes(sections.map(votes)), 'fr')).toBe('en');
  });
});
