import type { Voortgang } from '../../verantwoording/progress.js';

/** A progress formatter is pure: the figures in, the text out. */
export type VoortgangFormatter = (voortgang: Voortgang) => string;
