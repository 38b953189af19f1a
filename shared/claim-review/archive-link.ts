import { z } from 'zod';

/**
 * Where a ClaimReview may point for the claim's appearances: archived copies only. Linking the
 * original post would send readers — and ranking signals — to the myth (the amplification the
 * fact sandwich exists to avoid), and an archive keeps the evidence if the post is deleted.
 */
export const archiveHosts = [
  'archive.org',
  'archive.ph',
  'archive.today',
  'archive.is',
  'archive.li',
  'archive.vn',
  'archive.fo',
  'archive.md',
  'perma.cc',
] as const;

/** True for an http(s) link to an archived page: an archive host (or its subdomain, e.g. web.archive.org) and a path. */
export function isArchiveLink(link: string): boolean {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return false;
  }
  const host = url.hostname.toLowerCase();
  const onArchive = archiveHosts.some((archive) => host === archive || host.endsWith(`.${archive}`));
  return (url.protocol === 'https:' || url.protocol === 'http:') && onArchive && url.pathname.length > 1;
}

export const archiveLinkSchema = z
  .string({ error: 'must be a link to an archived copy' })
  .trim()
  .superRefine((link, ctx) => {
    if (isArchiveLink(link)) return;
    ctx.addIssue({
      code: 'custom',
      message:
        `"${link.slice(0, 100)}" is not an archive link: archive the post first (web.archive.org, archive.ph or perma.cc) ` +
        'and give the archived copy, so the fact check does not send readers to the original post',
    });
  });
