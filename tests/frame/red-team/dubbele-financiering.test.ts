import { redTeam } from './corpus.js';
import { dubbeleFinanciering } from './cases/dubbele-financiering.js';

redTeam(dubbeleFinanciering);
