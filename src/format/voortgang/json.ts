/** The progress figures as JSON: the same figures the page shows (tests read the page back and compare). */
import type { VoortgangFormatter } from './types.js';

export const formatVoortgangJson: VoortgangFormatter = (voortgang) => JSON.stringify(voortgang, null, 2) + '\n';
