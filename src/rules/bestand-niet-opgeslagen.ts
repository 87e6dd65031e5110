import { defineRule } from './define.js';

/** `check --fix` could not write its repairs: the file was left exactly as it was. */
export const bestandNietOpgeslagen = defineRule({
  id: 'bestand-niet-opgeslagen',
  scope: 'pipeline',
  severity: 'error',
  title: { nl: 'Reparaties niet opgeslagen', en: 'Repairs not saved' },
  docs: {
    description: {
      nl: 'check --fix schrijft een bestand alleen als het nog precies is zoals het werd gelezen, vlak voor het vervangen opnieuw vergeleken: een opslag vanuit een editor terwijl --fix loopt wordt nooit overschreven. Een alleen-lezen bestand wordt nooit herschreven. In beide gevallen blijft het bestand zoals het is; de bevindingen zijn die van het bestand vóór de reparaties. Draai check --fix opnieuw als de editor klaar is, of maak het bestand schrijfbaar.',
      en: 'check --fix writes a file only while it is still exactly as it was read, compared again just before it is replaced: an editor saving while --fix runs is never overwritten. A read-only file is never rewritten. In both cases the file stays as it is; the findings are those of the file before the repairs. Run check --fix again once the editor is done, or make the file writable.',
    },
    source: 'Kwaliteitseis modelplan: opslaan verliest niets (issue 23)',
    example: '# check --fix op een bestand met rechten 0444 (alleen lezen)',
  },
  messages: {
    changed: {
      nl: 'reparaties niet opgeslagen: het bestand is gewijzigd terwijl check --fix liep (door een editor?); draai check --fix opnieuw',
      en: 'repairs not saved: the file changed while check --fix ran (an editor?); run check --fix again',
    },
    removed: {
      nl: 'reparaties niet opgeslagen: het bestand is verdwenen terwijl check --fix liep',
      en: 'repairs not saved: the file disappeared while check --fix ran',
    },
    readOnly: {
      nl: 'reparaties niet opgeslagen: het bestand is alleen-lezen; maak het schrijfbaar als u de reparaties wilt',
      en: 'repairs not saved: the file is read-only; make it writable if you want the repairs',
    },
    folderReadOnly: {
      nl: 'reparaties niet opgeslagen: in de map van het bestand mag niet worden geschreven (het tijdelijke bestand komt naast het bestand)',
      en: 'repairs not saved: the folder of the file may not be written to (the temporary file goes beside the file)',
    },
    notAFile: {
      nl: 'reparaties niet opgeslagen: op deze plek staat geen gewoon bestand meer',
      en: 'repairs not saved: there is no longer a regular file at this place',
    },
  },
});
