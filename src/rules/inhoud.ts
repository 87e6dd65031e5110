import type { RawFinding } from './define.js';
import { defineRule } from './define.js';

type Id = 'noDoelgroep' | 'belowReach' | 'missingPart';

export const inhoud = defineRule({
  id: 'inhoud',
  scope: 'aanvraag',
  severity: 'warning',
  title: { nl: 'Inhoudelijk kader niet gevolgd', en: 'Content frame not followed' },
  docs: {
    description: {
      nl: 'Een modelplan bevat naast financiële ook inhoudelijke kaders: de doelgroep, een minimaal bereik en onderdelen die elk project uitvoert (modelplan.inhoud). De aanvraag vult ze in onder inhoud (doelgroep, bereik, onderdelen). Ontbreekt de doelgroep, ligt het bereik onder het minimum of ontbreekt een verplicht onderdeel, dan is dat een afwijking van het normatieve kader: meld het onder afwijkingen met onderdeel inhoud en een motivering.',
      en: 'Besides financial frames a modelplan holds content frames: the target group, a minimum reach and components every project carries out (modelplan.inhoud). The application fills them in under inhoud (doelgroep, bereik, onderdelen). A missing target group, a reach below the minimum or a missing required component deviates from the normative frame: declare it under afwijkingen with onderdeel inhoud and a motivation.',
    },
    source: 'Nota VWS 26 maart 2026, §4.2 (“inhoudelijke en financiële kaders”)',
    example: '# minimaal bereik 500\ninhoud:\n  doelgroep: "COPD-patiënten"\n  bereik: 200\n  onderdelen: [thuismonitoring]',
  },
  messages: {
    noDoelgroep: { nl: 'de aanvraag beschrijft geen doelgroep; het modelplan noemt: {doelgroep}', en: 'the application describes no target group; the modelplan says: {doelgroep}' },
    belowReach: { nl: 'bereik {bereik} ligt onder het minimum van {minimum} uit het modelplan; vergroot het bereik of meld de afwijking', en: 'reach {bereik} is below the modelplan’s minimum of {minimum}; widen the reach or declare the deviation' },
    missingPart: { nl: 'verplicht onderdeel "{id}" ({titel}) ontbreekt in inhoud.onderdelen; neem het op of meld de afwijking', en: 'required component "{id}" ({titel}) is missing from inhoud.onderdelen; add it or declare the deviation' },
  },
  check({ aanvraag, modelplan }) {
    const norm = modelplan?.inhoud;
    if (!norm) return [];
    const given = aanvraag.inhoud;
    const at = given ? '/inhoud' : '';
    const out: RawFinding<Id>[] = [];
    if (norm.doelgroep && (given?.doelgroep ?? '').trim() === '') out.push({ pointer: at, messageId: 'noDoelgroep', args: { doelgroep: norm.doelgroep.omschrijving }, deviation: 'inhoud' });
    const minimum = norm.minimaal_bereik?.waarde;
    if (minimum !== undefined && (given?.bereik ?? 0) < minimum) {
      out.push({ pointer: given?.bereik !== undefined ? '/inhoud/bereik' : at, messageId: 'belowReach', args: { bereik: given?.bereik ?? 0, minimum }, deviation: 'inhoud' });
    }
    for (const part of norm.verplichte_onderdelen ?? []) {
      if (!(given?.onderdelen ?? []).includes(part.id)) {
        out.push({ pointer: given?.onderdelen ? '/inhoud/onderdelen' : at, messageId: 'missingPart', args: { id: part.id, titel: part.titel }, deviation: 'inhoud' });
      }
    }
    return out;
  },
});
