import { compileCues } from './compile-cues';

/**
 * Bare retractions ("This is not true"): they deny without replacing, and leave the myth's frame
 * standing (Debunking Handbook 2020: "Do not rely on a simple retraction").
 */
export const retractionCues = compileCues({
  en: [
    "(?:this|that|it|the (?:claim|story|post|rumou?r|idea|meme))(?:'s| is| was) (?:simply |just |completely |totally |absolutely |of course )?(?:not true|untrue|false|a lie|lies|wrong|fake|nonsense|rubbish|a myth|made up|misinformation)",
    "(?:that's|this is|it's) (?:simply |just |really |absolutely |totally )?not (?:true|right|the case|correct)",
    '(?:is|are) (?:a myth|not true|untrue|false)',
    'not true',
  ],
  fr: [
    "c'est (?:tout )?(?:simplement |totalement |completement |absolument |archi ?)?(?:faux|un mensonge|une rumeur|une intox|une infox)",
    "(?:ce|cela|ca) n'est (?:tout simplement )?pas (?:vrai|exact)",
    "c'est pas vrai",
    '(?:est|sont) faux',
  ],
  de: [
    '(?:das|dies|es) (?:ist|stimmt) (?:(?:so|einfach|schlicht|ganz|gar|absolut|eben) )*(?:nicht|falsch|gelogen|unwahr)',
    'stimmt (?:(?:so|einfach|schlicht|ganz|gar|absolut|eben) )*nicht',
    'ist (?:eine )?(?:luge|falschmeldung|fake)',
    '(?:ist|sind) falsch',
  ],
  es: [
    '(?:esto|eso|es) (?:es )?(?:simplemente |totalmente |completamente )?(?:falso|mentira|un bulo)',
    'no es (?:para nada )?(?:cierto|verdad)',
    'es (?:simplemente )?(?:falso|mentira)',
  ],
  it: ['(?:questo|cio|e) (?:e )?(?:semplicemente |del tutto )?(?:falso|una bufala)', 'non e (?:affatto |per niente )?vero', 'e falso'],
});
