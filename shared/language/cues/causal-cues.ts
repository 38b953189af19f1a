import { compileCues } from './compile-cues';

/**
 * Words that introduce a cause or an alternative account. A correction must fill the gap the
 * myth leaves, or people fall back on the myth (Debunking Handbook 2020: "fill the causal gap").
 */
export const causalCues = compileCues({
  en: [
    // Not "since": as often about time ("has changed since") as about cause.
    'because', 'due to', 'owing to', 'the (?:real )?(?:reason|cause)s?', 'caused by', 'driven by', 'result(?:s|ed)? (?:of|from|in)',
    'as a result', 'which (?:means|is why)', "(?:that's|this is|that is) why", 'explain(?:s|ed)?', 'in fact', 'actually', 'instead',
    'rather', 'in reality', 'comes? from', 'thanks to', 'mainly', 'largely', 'partly', 'so that', 'leads? to', 'means that',
  ],
  fr: [
    'parce que?', 'car', 'puisque', 'en raison de', 'a cause de', 'grace a', "s'expliqu\\w*", 'expliqu\\w*', 'en realite', 'en fait',
    'au contraire', 'plutot', "c'est pourquoi", 'du fait de', 'vient de', 'resulte\\w*', 'la raison', 'en effet', 'surtout',
  ],
  de: [
    'weil', 'denn', 'wegen', 'aufgrund', 'liegt (?:daran|an)', 'erklar\\w*', 'in wirklichkeit', 'tatsachlich', 'stattdessen', 'vielmehr',
    'deshalb', 'deswegen', 'daher', 'grund', 'ursache', 'fuhrt zu', 'kommt von', 'vor allem',
  ],
  es: [
    'porque', 'ya que', 'debido a', 'a causa de', 'gracias a', 'se debe a', 'expli\\w*', 'en realidad', 'de hecho', 'en cambio', 'sino',
    'por eso', 'por ello', 'la razon', 'la causa', 'provien\\w*', 'resultado', 'sobre todo',
  ],
  it: [
    'perche', 'poiche', 'dato che', 'a causa di', 'grazie a', 'dovut\\w* a', 'si spiega', 'spieg\\w*', 'in realta', 'infatti', 'invece',
    'anzi', 'per questo', 'la ragione', 'la causa', 'deriva\\w*', 'soprattutto',
  ],
});
