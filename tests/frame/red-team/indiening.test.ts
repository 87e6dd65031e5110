import { redTeam } from './corpus.js';
import { indiening } from './cases/indiening.js';

redTeam(indiening);
