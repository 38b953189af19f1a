import type { Reason } from './reason';
import { defineReasons } from './reason';

/**
 * What a form says beside a field it refuses, and the same words in files' problem lists (the
 * catalogue's `reasons:field`). The schemas take their messages from here (`fieldMessage`), so a
 * problem zod reports can be told by its words and said in the interface's language.
 */
export const fieldReasons = defineReasons('field', {
  // How describe-issues words zod's own problems for a form.
  mustBeFilledIn: () => 'must be filled in',
  mustBeDigits: () => 'must be written in digits',
  chooseOption: () => 'choose one of the options',
  // Shared field types.
  notEmpty: () => 'must not be empty',
  slug: () => 'must be a slug: lower-case letters, digits and single hyphens',
  date: () => 'must be a date written YYYY-MM-DD',
  dateTime: () => 'must be an ISO 8601 date-time in UTC',
  httpUrl: () => 'must be a full http(s) URL',
  countryCode: () => 'must be a two-letter country code in capitals (ISO 3166-1, e.g. "FR", "PL"), or "EU"',
  languageCode: () => 'must be a two-letter language code in lower case (ISO 639-1, e.g. "de", "pl")',
  libraryVersion: () => 'must be a dotted version number such as 2026.11.0',
  // Entries and their sources.
  phrasings: () => 'list at least one circulating phrasing',
  topics: () => 'list at least one topic',
  sources: () => 'cite at least one source',
  shortAngle: () => 'keep the short angle to 90 characters: it opens X and Bluesky replies',
  shortFact: () => 'keep the short fact to 90 characters',
  shortMyth: () => 'keep the short myth to 60 characters',
  shortExplanation: () => 'keep the short explanation to 100 characters',
  shortFactAgain: () => 'keep the short fact again, with its source, to 70 characters',
  shortTotal: () => 'the four short parts together must stay within 250 characters, so they fit one post on X with room to spare',
  vettedNeedsReview: () => 'a vetted entry needs a review record with status "vetted" (who vetted it, and when)',
  translatedFromItself: () => 'a translation cannot be translated from its own language',
  yearAfter1900: () => 'must be a year after 1900',
  yearBefore2100: () => 'must be a year before 2100',
  supportingQuote: () => 'must be the exact supporting sentence from the source (at least 20 characters)',
  // Audiences and spokespeople.
  audienceValues: () => 'list at least one value this audience holds',
  audienceConcerns: () => 'list at least one concern this audience has',
  trustedBy: () => 'list the audiences (by id) that trust this spokesperson',
  // The language model's settings.
  modelUrlLength: () => 'keep the URL to 2,000 characters',
  modelUrl: () => 'must be a full http(s) URL, like https://api.openai.com/v1, or left empty',
  modelUrlHttps: () => 'must use https, so the API key is not sent in clear text (plain http only for localhost, 127.0.0.1 and [::1])',
  modelName: () => 'keep the model name to 200 characters',
  apiKey: () => 'keep the API key to 500 characters',
  embeddingModel: () => 'keep the embedding model name to 200 characters',
  // Following a library.
  bundleUrlMissing: () => 'fill in the address of the library file, e.g. https://example.org/library.json',
  bundleUrl: () => 'must be a full address starting with https://, e.g. https://example.org/library.json',
  bundleUrlHttps: () => 'must use https (plain http only for localhost and 127.0.0.1)',
  libraryName: () => 'give the library a name, e.g. your team or network',
  publicKeyMissing: () => "fill in the publisher's public key: the 44 characters of their publisher.pub file",
  publicKey: () => "must be the 44 characters of base64 in the publisher's publisher.pub file",
  alreadyFollowing: ({ url }: { url: string }) => `you already follow ${url}.`,
});

export type FieldMessageCode = {
  [Code in keyof typeof fieldReasons.messages]: Parameters<(typeof fieldReasons.messages)[Code]> extends [] ? Code : never;
}[keyof typeof fieldReasons.messages];

/** A field message's English, for a schema: `z.string().min(1, fieldMessage('notEmpty'))`. */
export function fieldMessage(code: FieldMessageCode): string {
  return (fieldReasons.messages[code] as () => string)();
}

const codeByMessage = new Map<string, Reason>(
  Object.entries(fieldReasons.messages)
    .filter(([, message]) => message.length === 0)
    .map(([code]) => [(fieldReasons.messages[code as FieldMessageCode] as () => string)(), { code: `field.${code}` }]),
);

/** The reason a schema's message is, when it is one of the field messages above. */
export function fieldReasonOf(message: string): Reason | undefined {
  return codeByMessage.get(message);
}
