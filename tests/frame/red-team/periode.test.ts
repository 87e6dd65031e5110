import { redTeam } from './corpus.js';
import { periode } from './cases/periode.js';

redTeam(periode);
