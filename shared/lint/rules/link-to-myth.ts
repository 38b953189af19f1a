import { z } from 'zod';
import type { Finding } from '../../schema/diagnostic';
import { canonicalUrl } from '../../language/urls';
import { methodSources } from '../method-sources';
import { defineRule } from '../rule';
import { report, suggest } from '../rule-messages';

const messages = {
  linksToPost: () =>
    'This links straight to the post you are correcting, which sends it readers and reach: link to an archived copy, or use a screenshot marked as false.',
  archiveLink: () => 'Link to an archived copy (web.archive.org) instead.',
};

export const linkToMyth = defineRule({
  id: 'link-to-myth',
  meta: {
    title: 'Do not link to the post you are correcting',
    description:
      'Flags a link to the captured post or the page it was captured on (however written: with or without "www.", a tracking query or a trailing slash). Suggests an archive link (to the post’s own address, tracking parameters dropped) or a screenshot with an overlay instead.',
    rationale:
      'A direct link sends readers, clicks and ranking to the misinformation. Link through a web archive, or show a screenshot marked as false.',
    source: methodSources.rjiArchiveLinks,
    defaultSeverity: 'error',
  },
  messages,
  options: z.object({}),
  check(document) {
    const { postUrl, pageUrl } = document.context;
    const targets = new Set([postUrl, pageUrl].filter((url) => url !== undefined).map(canonicalUrl));
    if (targets.size === 0) return [];
    const findings: Finding[] = [];
    for (const section of Object.values(document.sections)) {
      for (const link of section.urls) {
        if (!targets.has(canonicalUrl(link.url))) continue;
        findings.push({
          section: section.id,
          start: link.start,
          end: link.end,
          ...report(messages, 'linksToPost'),
          suggestion: {
            ...suggest(messages, 'archiveLink'),
            replacement: `https://web.archive.org/web/${withoutTracking(/^https?:\/\//.test(link.url) ? link.url : `https://${link.url}`)}`,
          },
        });
      }
    }
    return findings;
  },
});

// Parameters that say who shared a link and how, not what it points at ("?s=20", "utm_source").
const trackingParameter =
  /^(?:utm_\w+|s|t|si|ref|ref_src|ref_url|src|fbclid|gclid|igshid|igsh|mibextid|mc_cid|mc_eid|share|share_id|feature|app)$/i;

/**
 * The link without its tracking query, so the archive copy is found under the post's own
 * address. Parameters that pick the content ("?v=…", "?id=…") and the fragment stay.
 */
function withoutTracking(link: string): string {
  const query = link.indexOf('?');
  if (query === -1) return link;
  const hash = link.indexOf('#', query);
  const fragment = hash === -1 ? '' : link.slice(hash);
  const kept = link
    .slice(query + 1, hash === -1 ? undefined : hash)
    .split('&')
    .filter((pair) => pair !== '' && !trackingParameter.test(pair.split('=')[0]!));
  return link.slice(0, query) + (kept.length > 0 ? `?${kept.join('&')}` : '') + fragment;
}
