// "an" goes before a vowel sound, not a vowel letter: "a union", "a European", "an hour".
const vowelSound = /^(?:a|e(?!u)|i|o(?!ne\b|nce\b)|u(?!ni|s[aeiou]|r[aeiou]|ti|k|biq)|hour|honest|heir)/i;

/** "a" or "an" for the words that follow it. */
export function englishArticleFor(words: string): 'a' | 'an' {
  return vowelSound.test(words) ? 'an' : 'a';
}

/** Whether words start with a vowel sound, for elided articles ("l'", "un'") and "a"/"an". */
export function startsWithVowelSound(words: string): boolean {
  return /^[aeiouhàâäéèêëîïôöùûüœ]/i.test(words);
}
