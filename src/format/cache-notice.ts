/** A cache notice as the line `check` writes to standard error, in the user's language. */
import { CACHE_NOTICES, type CacheNotice } from '../i18n/cache-notices.js';
import { t } from '../i18n/ui.js';
import type { Lang } from '../report/types.js';
import { escapeControl } from './escape.js';

export function cacheNoticeLine(notice: CacheNotice, lang: Lang): string {
  return `modelplan: ${escapeControl(t(CACHE_NOTICES[notice.messageId], lang, notice.args))}\n`;
}
