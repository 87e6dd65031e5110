import type { Principle } from '../corpus.js';
import { aantoonbaar } from './aantoonbaar.js';
import { afwijking } from './afwijking.js';
import { bovengrensProject } from './bovengrens-project.js';
import { dubbeleFinanciering } from './dubbele-financiering.js';
import { hulpmiddelen } from './hulpmiddelen.js';
import { indiening } from './indiening.js';
import { ontvanger } from './ontvanger.js';
import { periode } from './periode.js';
import { sociaalDomein } from './sociaal-domein.js';
import { structureel } from './structureel.js';
import { zvwZorg } from './zvw-zorg.js';

/** Every principle of issue 24, in the order of the README. */
export const PRINCIPLES: readonly Principle[] = [hulpmiddelen, structureel, periode, ontvanger, bovengrensProject, dubbeleFinanciering, afwijking, zvwZorg, aantoonbaar, indiening, sociaalDomein];
