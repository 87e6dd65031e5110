import { redTeam } from './corpus.js';
import { ontvanger } from './cases/ontvanger.js';

redTeam(ontvanger);
