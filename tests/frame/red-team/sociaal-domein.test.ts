import { redTeam } from './corpus.js';
import { sociaalDomein } from './cases/sociaal-domein.js';

redTeam(sociaalDomein);
