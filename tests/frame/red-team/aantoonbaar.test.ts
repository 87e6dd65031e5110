import { redTeam } from './corpus.js';
import { aantoonbaar } from './cases/aantoonbaar.js';

redTeam(aantoonbaar);
