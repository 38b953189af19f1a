import { describe, expect, it } from 'vitest';
import type { Language } from '../../schema/language';
import { afterWarning, continueSentence } from './sentence-case';

describe('continueSentence', () => {
  it.each([
    ['They get hotels.', 'en', 'they get hotels.'],
    ['Muslims will outnumber Christians.', 'en', 'Muslims will outnumber Christians.'],
    ['EU funds go to migrants.', 'en', 'EU funds go to migrants.'],
    ['I keep hearing it.', 'en', 'I keep hearing it.'],
    ['I migranti vivono in hotel.', 'it', 'i migranti vivono in hotel.'],
    ['“They get hotels.”', 'en', '“they get hotels.”'],
    ['Asylbewerber leben im Luxus.', 'de', 'Asylbewerber leben im Luxus.'],
  ] as [string, Language, string][])('%s (%s)', (sentence, language, expected) =>
    expect(continueSentence(sentence, language)).toBe(expected),
  );
});

describe('afterWarning', () => {
  it.each([
    ['Une rumeur prétend que ', 'Ils vivent dans le luxe.', 'fr', 'Une rumeur prétend qu’ils vivent dans le luxe.'],
    ['Une rumeur prétend que ', 'Les migrants vivent dans le luxe.', 'fr', 'Une rumeur prétend que les migrants vivent dans le luxe.'],
    ['Ein verbreiteter Mythos lautet: ', 'sie bekommen Luxushotels.', 'de', 'Ein verbreiteter Mythos lautet: Sie bekommen Luxushotels.'],
    ['Circula el bulo de que ', 'Los migrantes viven en hoteles.', 'es', 'Circula el bulo de que los migrantes viven en hoteles.'],
  ] as [string, string, Language, string][])('%s + %s', (phrase, sentence, language, expected) =>
    expect(afterWarning(phrase, sentence, language)).toBe(expected),
  );
});
