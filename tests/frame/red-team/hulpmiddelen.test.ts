import { redTeam } from './corpus.js';
import { hulpmiddelen } from './cases/hulpmiddelen.js';

redTeam(hulpmiddelen);
