import { redTeam } from './corpus.js';
import { zvwZorg } from './cases/zvw-zorg.js';

redTeam(zvwZorg);
