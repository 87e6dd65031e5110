import { matchDecision } from '../round/match.js';
import { defineRule } from './define.js';
import { byText, compareText } from '../domain/compare.js';

export const beoordelingDubbel = defineRule({
  id: 'beoordeling-dubbel',
  scope: 'beoordelingen',
  severity: 'error',
  title: { nl: 'Twee beoordelingen voor dezelfde rol', en: 'Two decisions for the same role' },
  docs: {
    description: {
      nl: 'Per aanvraag en rol (coordinerend, tweede) is er één beoordeling. Bij meer dan één over dezelfde inhoud krijgt elke beoordeling van die rol een fout die de andere noemt: geen wint op bestandsnaam of sorteervolgorde (een kopie van een oud akkoord onder een naam die eerder sorteert, wint niet van het echte afwijzen). status geeft de aanvraag de status dubbel tot er één over is; export nza schrijft haar niet.',
      en: 'There is one decision per application and role (coordinerend, tweede). With more than one on the same content, every decision of that role gets an error naming the others: none wins by file name or sort order (a copy of an old akkoord under a name that sorts first does not win over the real afwijzen). status gives the application the status dubbel until one is left; export nza does not write it.',
    },
    source: 'Nota VWS 26 maart 2026, §4.2 (beoordeling door de coördinerende en een tweede zorgverzekeraar)',
    example: '# a-coordinerend.yaml en b-coordinerend.yaml beoordelen dezelfde aanvraag als coordinerend',
  },
  messages: {
    duplicate: {
      nl: 'meer dan één {rol} beoordeling van {bestand} (ook {andere}): geen telt; laat er één over en verwijder de andere',
      en: 'more than one {rol} decision on {bestand} (also {andere}): none counts; keep one and remove the others',
    },
  },
  check({ aanvragen, beoordelingen }) {
    // Per application and role, every current decision; a group of more than one is a conflict, whatever the names.
    const groups = new Map<string, { bestand: string; files: string[] }>();
    for (const d of beoordelingen) {
      const match = matchDecision(d, aanvragen);
      if (match.kind !== 'actueel') continue;
      const key = `${match.application.file}\u0000${d.beoordeling.rol}`;
      const group = groups.get(key) ?? { bestand: match.application.file, files: [] };
      group.files.push(d.file);
      groups.set(key, group);
    }
    const out = [];
    for (const d of [...beoordelingen].sort(byText((d) => d.file))) {
      const match = matchDecision(d, aanvragen);
      if (match.kind !== 'actueel') continue;
      const group = groups.get(`${match.application.file}\u0000${d.beoordeling.rol}`)!;
      if (group.files.length < 2) continue;
      const andere = group.files.filter((f) => f !== d.file).sort(compareText).join(', ');
      out.push({ file: d.file, pointer: '/rol', messageId: 'duplicate' as const, args: { rol: d.beoordeling.rol, bestand: group.bestand, andere } });
    }
    return out;
  },
});
