/** A sentence with its UTF-16 range in the section text (trimmed of surrounding spaces). */
export type Sentence = { text: string; start: number; end: number };

// A sentence ends at . ! ? … (or a run of them, with closing quotes/brackets) followed by
// whitespace, or at a line break. Decimal points and "e.g." inside words do not end sentences.
// The Greek question mark (U+037E) ends one too; the semicolon it looks like does not.
const sentenceEnd = /[.!?…。！？\u037e]+["'”’»)\]]*(?=\s|$)|\n+/g;
const abbreviations = /(?:\b(?:e\.g|i\.e|etc|vs|Dr|Mr|Mrs|Ms|St|No|approx|incl|cf|ca|bzw|usw|z\.B|d\.h|p\.ej|Sr|Sra)\.|\b[A-Z]\.)$/;
// Dutch, Polish, Swedish, Portuguese and Greek ones ("o.a.", "m.in.", "t.ex.", "p.ex.", "π.χ."),
// and Polish and Greek amounts ("12 tys. osób", "2 εκ. ευρώ"); \b does not see Greek letters.
const moreAbbreviations =
  /(?<!\p{L})(?:o\.a|bijv|d\.w\.z|np|tj|m\.in|tzw|nr|tys|mln|mld|t\.ex|bl\.a|s\.k|p\.ex|π\.χ|κ\.λπ|δηλ|εκ|χιλ|δισ)\.$/u;
// Polish "ok." (about) before a number: "ok. 300 osób", and the parts of a legal reference:
// "art. 17 ust. 1 pkt 2". Elsewhere "ok." or "art." may end a sentence ("They love art.").
const aboutBeforeNumber = /(?<!\p{L})(?:ok|art|ust|pkt|poz)\.$/u;
// German ordinal dates: "am 1. Januar" is one sentence.
const ordinalDate = /^\s+(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b/;

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (const match of text.matchAll(sentenceEnd)) {
    const end = match.index + match[0].length;
    const sentence = text.slice(start, end);
    if (match[0][0] === '.' && (abbreviations.test(sentence) || moreAbbreviations.test(sentence))) continue;
    if (match[0] === '.' && aboutBeforeNumber.test(sentence) && /^\s+\d/.test(text.slice(end, end + 3))) continue;
    if (match[0] === '.' && /\b\d{1,2}\.$/.test(text.slice(start, end)) && ordinalDate.test(text.slice(end, end + 12))) continue;
    push(sentences, text, start, end);
    start = end;
  }
  push(sentences, text, start, text.length);
  return sentences;
}

function push(sentences: Sentence[], text: string, from: number, to: number): void {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) sentences.push({ text: text.slice(start, end), start, end });
}
