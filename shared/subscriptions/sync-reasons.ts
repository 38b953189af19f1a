import { defineReasons, type Said } from '../schema/reason';

const refusedFrom = (host: string) => `Refused the bundle from ${host}`;
const nothingMerged = 'Nothing was merged.';

type Counts = { version: string; added: number; updated: number; unchanged: number };
type Withdrawn = { withdrawn: number };
type KeptLocal = { keptLocal: number };

const synced = ({ version, added, updated, unchanged }: Counts) =>
  `Synced version ${version}, ${added} new, ${updated} updated, ${unchanged} unchanged`;
const withdrawnPart = ({ withdrawn }: Withdrawn) =>
  `${withdrawn} withdrawn by the publisher (retired here; the earlier version is in the history)`;
const keptLocalPart = ({ keptLocal }: KeptLocal) =>
  `${keptLocal} kept as your local version (the publisher's newer version waits for your review)`;

/**
 * What the last check of a followed library did, or why it changed nothing (the catalogue's
 * `reasons:sync`), kept with the subscription and shown on every page while a check is refused.
 */
export const syncReasons = defineReasons('sync', {
  notSubscribed: ({ url }: { url: string }) => `Not subscribed to ${url}.`,
  unreachable: ({ host, error }: { host: string; error: string }) => `Could not reach ${host}: ${error}. Nothing changed.`,
  answered: ({ host, status, statusText }: { host: string; status: number; statusText: string }) =>
    `${host} answered ${status} ${statusText}. Nothing changed.`,
  unreadable: ({ host, problem }: { host: string; problem: Said }) => `${refusedFrom(host)}: ${problem.message} ${nothingMerged}`,
  unsigned: ({ host }: { host: string }) => `${refusedFrom(host)}: it is not signed. ${nothingMerged}`,
  otherKey: ({ host }: { host: string }) =>
    `${refusedFrom(host)}: it is signed by a key other than the publisher key you trust. ${nothingMerged}`,
  older: ({ host, version, applied }: { host: string; version: string; applied: string }) =>
    `${refusedFrom(host)}: it is version ${version}, older than version ${applied} already applied — merging it would undo the publisher's later corrections. ${nothingMerged}`,
  changedWithoutNewVersion: ({ host, version }: { host: string; version: string }) =>
    `${refusedFrom(host)}: it is version ${version}, the version already applied, but its content differs — the publisher must give every change a new version. ${nothingMerged}`,
  noChange: () => 'No change since the last check.',
  synced: (counts: Counts) => `${synced(counts)}.`,
  syncedWithdrawn: (counts: Counts & Withdrawn) => `${synced(counts)}, ${withdrawnPart(counts)}.`,
  syncedKeptLocal: (counts: Counts & KeptLocal) => `${synced(counts)}, ${keptLocalPart(counts)}.`,
  syncedWithdrawnKeptLocal: (counts: Counts & Withdrawn & KeptLocal) =>
    `${synced(counts)}, ${withdrawnPart(counts)}, ${keptLocalPart(counts)}.`,
});
