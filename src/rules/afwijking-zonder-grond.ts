import { defineRule } from './define.js';

export const afwijkingZonderGrond = defineRule({
  id: 'afwijking-zonder-grond',
  scope: 'aanvraag',
  severity: 'info',
  phase: 'after-deviations',
  title: { nl: 'Gemelde afwijking is er geen', en: 'Declared deviation is none' },
  docs: {
    description: {
      nl: 'De aanvraag meldt een afwijking van het normatieve kader (afwijkingen), maar op dat onderdeel wijkt ze niet af. De melding kan weg; zo blijft de beoordeling beperkt tot echte afwijkingen. Gemelde afwijkingen die er wel zijn, worden redenen voor aanvullende beoordeling met hun motivering; niet-gemelde blijven waarschuwingen.',
      en: 'The application declares a deviation from the normative frame (afwijkingen), but does not deviate on that part. The declaration can go; so the review stays limited to real deviations. Declared deviations that exist become reasons for additional review with their motivation; undeclared ones stay warnings.',
    },
    source: 'Nota VWS 26 maart 2026, §4.2 (afwijking van het normatieve kader)',
    example: 'afwijkingen:\n  - onderdeel: doelmatigheid   # maar het bedrag per fte ligt binnen de norm\n    motivering: Hogere kosten door regionale spreiding',
  },
  messages: {
    none: { nl: 'gemelde afwijking op "{onderdeel}" is er geen: de aanvraag blijft op dat onderdeel binnen het kader', en: 'declared deviation on "{onderdeel}" is none: the application stays inside the frame on that part' },
  },
  check({ aanvraag, detectedDeviations }) {
    return (aanvraag.afwijkingen ?? []).flatMap((a, i) =>
      detectedDeviations.has(a.onderdeel) ? [] : [{ pointer: `/afwijkingen/${i}/onderdeel`, messageId: 'none' as const, args: { onderdeel: a.onderdeel } }],
    );
  },
});
