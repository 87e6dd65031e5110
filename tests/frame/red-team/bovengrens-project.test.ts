import { redTeam } from './corpus.js';
import { bovengrensProject } from './cases/bovengrens-project.js';

redTeam(bovengrensProject);
