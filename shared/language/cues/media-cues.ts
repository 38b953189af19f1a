import { compileWordCues } from './word-cues';

/**
 * Words about checking and passing on the information rather than about the world: sources,
 * links, fact-checkers, forwarding, spreading. "Fact-checkers looked into it", "who spreads it
 * plays on fear" talk about the myth's career; they do not say what is really going on.
 */
export const mediaWords = compileWordCues({
  en: [
    'fact checkers',
    'fact checker',
    'fact checked',
    'source',
    'sources',
    'link',
    'screenshot',
    'pass it on',
    'forward',
    'forwarded',
    'repost',
    'reposted',
    'retweet',
    'spread',
    'spreads',
    'spreading',
  ],
  fr: ['verificateurs', 'source', 'sources', 'lien', 'capture', 'relayer', 'relaye', 'partagez', 'diffuse', 'diffusent', 'diffuser'],
  de: ['faktenchecker', 'quelle', 'quellen', 'link', 'screenshot', 'weiterleiten', 'weitergeleitet', 'verbreitet', 'verbreiten'],
  es: ['verificadores', 'fuente', 'fuentes', 'enlace', 'captura', 'reenviar', 'reenviado', 'difunde', 'difunden', 'difundir'],
  it: ['fact checker', 'fonte', 'fonti', 'link', 'screenshot', 'inoltrare', 'inoltrato', 'diffonde', 'diffondono', 'diffondere'],
});
