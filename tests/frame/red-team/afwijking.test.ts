import { redTeam } from './corpus.js';
import { afwijking } from './cases/afwijking.js';

redTeam(afwijking);
