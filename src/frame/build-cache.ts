/** Build step (`npm run build`): caches the bundled frame for cold starts; see cachedFrame in load.ts. */
import { writeBundledFrameCache } from './load.js';

await writeBundledFrameCache();
