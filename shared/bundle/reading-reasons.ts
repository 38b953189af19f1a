import { defineReasons } from '../schema/reason';
import { formatSize } from './format-size';

/** What was read, as the sentences below name it; `namedFile` and `bundleFrom` take `name` and `host`. */
export type ReadSubject =
  | { what: 'libraryBundle' | 'signedLibraryBundle' | 'sharedReply' | 'file' }
  | { what: 'namedFile'; name: string }
  | { what: 'bundleFrom'; host: string };

/** What refusing the text means for the person: nothing was loaded, merged, imported… */
export type ReadConsequence = 'loaded' | 'merged' | 'imported' | 'opened' | 'signed';

type Refusal = ReadSubject & { consequence: ReadConsequence };
type Place = { line: number; column: number };

function subject(read: ReadSubject): string {
  switch (read.what) {
    case 'libraryBundle':
      return 'The library bundle';
    case 'signedLibraryBundle':
      return 'The signed library bundle';
    case 'sharedReply':
      return 'The shared reply';
    case 'file':
      return 'The file';
    case 'namedFile':
      return `The file ${read.name}`;
    case 'bundleFrom':
      return `The bundle from ${read.host}`;
  }
}

const consequences: Record<ReadConsequence, string> = {
  loaded: 'Nothing was loaded.',
  merged: 'Nothing was merged.',
  imported: 'Nothing was imported.',
  opened: 'Nothing was opened.',
  signed: 'Nothing was signed.',
};

/** JSON values a file can hold where an object was expected, as the sentence names them. */
export type JsonKind = 'null' | 'list' | 'text' | 'number' | 'boolean';
const kinds: Record<JsonKind, string> = { null: 'null', list: 'a list', text: 'a text', number: 'a number', boolean: 'a boolean' };

const doNotMerge = 'Do not merge it: ask the publisher for a fresh copy.';
const notABundle = 'This file is not a Fact Sandwich library bundle';

/**
 * Why a file or a download was not read (the catalogue's `reasons:reading`): too large, not text,
 * not JSON, not a bundle, badly signed. Lists of field problems and the JSON parser's own detail
 * stay in English: they name fields and characters of the file, for whoever edits it.
 */
export const readingReasons = defineReasons('reading', {
  tooLarge: (data: Refusal & { bytes: number }) =>
    `${subject(data)} is larger than ${formatSize(data.bytes)}, so it was not read. ${consequences[data.consequence]}`,
  cutShort: (data: Refusal & { error: string }) =>
    `${subject(data)} could not be read to the end (${data.error}). ${consequences[data.consequence]}`,
  empty: (data: Refusal) => `${subject(data)} is empty. ${consequences[data.consequence]}`,
  notUtf8: (data: Refusal & Place) =>
    `${subject(data)} is not valid UTF-8 text: at line ${data.line}, column ${data.column} there are bytes that could not be read (shown as "\uFFFD"). ` +
    `It was probably saved in another encoding or damaged in transfer. ${consequences[data.consequence]}`,
  tooDeep: (data: Refusal & Place & { levels: number }) =>
    `${subject(data)} nests lists or objects more than ${data.levels} levels deep (at line ${data.line}, column ${data.column}); ` +
    `no Fact Sandwich file does, so it was not read. ${consequences[data.consequence]}`,
  notJsonAt: (data: Refusal & Place & { detail: string }) =>
    `${subject(data)} is not valid JSON (line ${data.line}, column ${data.column}: ${data.detail}). ${consequences[data.consequence]}`,
  notJson: (data: Refusal & { detail: string }) => `${subject(data)} is not valid JSON (${data.detail}). ${consequences[data.consequence]}`,
  refusedKeyAt: (data: Refusal & { key: string; path: string }) =>
    `${subject(data)} contains a field named "${data.key}" at ${data.path}. That name can tamper with the app's objects, so the file was refused. ${consequences[data.consequence]}`,
  refusedKey: (data: Refusal & { key: string }) =>
    `${subject(data)} contains a field named "${data.key}" at the top level. That name can tamper with the app's objects, so the file was refused. ${consequences[data.consequence]}`,
  notText: () => 'The library bundle is not text. Nothing was loaded.',
  readFault: ({ error }: { error: string }) => `The library bundle could not be read (${error}). Nothing was loaded.`,
  signatureUnreadable: ({ problems }: { problems: string }) => `The bundle's signature cannot be checked:\n${problems}\n${doNotMerge}`,
  tampered: ({ fingerprint }: { fingerprint: string }) =>
    `The signature does not match this bundle (it names the key ${fingerprint}): the bundle was changed after it was signed, ` +
    `or the signature was not made with that key. ${doNotMerge}`,
  notAnObject: ({ kind, format }: { kind: JsonKind; format: string }) =>
    `${notABundle}: it holds ${kinds[kind]}, not an object with "format": "${format}".`,
  otherFormat: ({ found, format }: { found: string; format: string }) => `${notABundle}: its format is "${found}", not "${format}".`,
  noFormat: ({ format }: { format: string }) => `${notABundle}: it has no "format" field, not "${format}".`,
  sharedReplyFormat: ({ found, format }: { found: string; format: string }) =>
    `${notABundle}: its format is "${found}", not "${format}". It is a shared reply: open it as one.`,
  invalid: (data: ReadSubject & { problems: string }) => `${subject(data)} is not valid, so nothing was loaded:\n${data.problems}`,
});
