import type { Platform } from '../../shared/schema';
import { useTranslation } from '../i18n/use-translation';

/** Platforms by their own names, the same in every language. */
const platformNames: Record<Exclude<Platform, 'web'>, string> = {
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
};

/** Names a platform; a page no platform reader knows is a "web page" in the interface language. */
export function usePlatformLabel(): (platform: Platform) => string {
  const { t } = useTranslation('sidepanel');
  return (platform) => (platform === 'web' ? t('post.webPage') : platformNames[platform]);
}
