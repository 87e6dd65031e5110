import { redTeam } from './corpus.js';
import { structureel } from './cases/structureel.js';

redTeam(structureel);
