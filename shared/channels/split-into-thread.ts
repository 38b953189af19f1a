import { sectionSeparator } from './sandwich-text';
import type { ChannelId } from '../schema/channel';
import { sectionIds, type Sandwich, type SectionId } from '../schema/draft';
import { splitSentences } from '../language/sentences';
import { fitsInPost } from './fits-in-post';

/** A piece of the sandwich that goes into one post whole, and what joins it to the piece before. */
type Piece = { text: string; section: SectionId; joiner: string };

/**
 * The sandwich as numbered posts ("1/3 …"), in order, each within the channel's limit as the
 * platform counts it. Whole sections go together while they fit, then whole sentences, then
 * words. The myth never stands alone in a post: it joins the fact's post, or the explanation's
 * first piece joins it, so a post shared on its own never carries just the myth.
 */
export function splitIntoThread(sandwich: Sandwich, channel: ChannelId): string[] {
  for (let digits = 1; digits < 4; digits++) {
    const prefix = `${'9'.repeat(digits)}/${'9'.repeat(digits)} `;
    const fits = (text: string) => fitsInPost(prefix + text, channel);
    const posts = pack(pieces(sandwich, fits), fits);
    if (String(posts.length).length <= digits) return posts.map((post, index) => `${index + 1}/${posts.length} ${post}`);
  }
  throw new Error('a sandwich does not need a thread of 1,000 posts');
}

function pieces(sandwich: Sandwich, fits: (text: string) => boolean): Piece[] {
  return sectionIds.flatMap((section) => {
    const text = sandwich[section].trim();
    if (!text) return [];
    if (fits(text)) return [{ text, section, joiner: sectionSeparator }];
    // Sentence by sentence, keeping a line break where the section has one (before a sign-off).
    return splitSentences(text).flatMap((sentence, index, all) => {
      const gap = index === 0 ? sectionSeparator : /\n/.test(text.slice(all[index - 1]!.end, sentence.start)) ? '\n' : ' ';
      const parts = fits(sentence.text) ? [sentence.text] : byWords(sentence.text, fits);
      return parts.map((part, partIndex) => ({ text: part, section, joiner: partIndex === 0 ? gap : ' ' }));
    });
  });
}

function pack(all: Piece[], fits: (text: string) => boolean): string[] {
  const posts: string[] = [];
  let current = '';
  for (let index = 0; index < all.length; index++) {
    const piece = all[index]!;
    const joined = current ? current + piece.joiner + piece.text : piece.text;
    if (!current || fits(joined)) {
      current = joined;
      continue;
    }
    posts.push(current);
    current = piece.text;
    const next = all[index + 1];
    if (piece.section !== 'myth' || !next || next.section === 'myth') continue;
    if (fits(current + sectionSeparator + next.text)) {
      current += sectionSeparator + next.text;
      index++;
      continue;
    }
    // The explanation fits a post of its own but not beside the myth: its first sentence joins the myth.
    const [first, ...rest] = splitSentences(next.text);
    if (first && rest.length > 0 && fits(current + sectionSeparator + first.text)) {
      current += sectionSeparator + first.text;
      all[index + 1] = { ...next, text: next.text.slice(rest[0]!.start), joiner: sectionSeparator };
    }
  }
  if (current) posts.push(current);
  return posts;
}

/** A sentence too long for any post, cut between words. */
function byWords(sentence: string, fits: (text: string) => boolean): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const word of sentence.split(/\s+/)) {
    const joined = current ? `${current} ${word}` : word;
    if (current && !fits(`${joined} …`)) {
      chunks.push(`${current} …`);
      current = word;
    } else current = joined;
  }
  if (current) chunks.push(current);
  return chunks;
}
