/** The texts of the cache's notices (src/engine/cache.ts emits their ids; src/format/cache-notice.ts renders them). */
import type { Localized, MessageArgs } from '../report/types.js';

/** Why a cache file was not used or not written: rendered at the edge (src/format/cache-notice.ts). */
export interface CacheNotice {
  messageId: keyof typeof CACHE_NOTICES;
  args: MessageArgs;
}

export const CACHE_NOTICES = {
  corrupt: {
    nl: 'cache {file} is onleesbaar of niet van modelplan ({detail}): niet gebruikt, alles opnieuw gecontroleerd',
    en: 'cache {file} is unreadable or not modelplan’s ({detail}): not used, everything checked again',
  },
  unwritable: { nl: 'cache {file} kon niet worden geschreven ({detail})', en: 'cache {file} could not be written ({detail})' },
} satisfies Record<string, Localized>;
