import type { Platform } from '../../shared/schema';

export const platformLabels: Record<Platform, string> = {
  x: 'X',
  mastodon: 'Mastodon',
  bluesky: 'Bluesky',
  facebook: 'Facebook',
  threads: 'Threads',
  instagram: 'Instagram',
  reddit: 'Reddit',
  youtube: 'YouTube',
  linkedin: 'LinkedIn',
  tiktok: 'TikTok',
  lemmy: 'Lemmy',
  misskey: 'Misskey',
  web: 'Web page',
};
