import type { RawFinding } from './define.js';
import { isAanname } from '../domain/bron.js';
import { defineRule } from './define.js';
import { asDecimalFraction } from './util.js';

type Id = 'aboveScope' | 'implausible';

/** Whether 100 × fte > percentage × scope, decided exactly on the decimal fte values. */
function aboveShare(fte: number, scope: number, percentage: number): boolean {
  const a = asDecimalFraction(fte);
  const b = asDecimalFraction(scope);
  if (!a || !b) return 100 * fte > percentage * scope;
  const scale = Math.max(a.scale, b.scale);
  const up = (x: { numerator: bigint; scale: number }) => x.numerator * 10n ** BigInt(scale - x.scale);
  return 100n * up(a) > BigInt(percentage) * up(b);
}

export const ftePlausibel = defineRule({
  id: 'fte-plausibel',
  scope: 'aanvraag',
  severity: 'error',
  title: { nl: 'Fte-besparing niet plausibel', en: 'FTE saving not plausible' },
  docs: {
    description: {
      nl: 'De businesscase noemt het personeel in scope (fte_in_scope) en het peiljaar. Meer fte besparen dan er in scope is, kan niet: een fout. Een besparing boven het plausibele aandeel van het modelplan (max_aandeel_fte_besparing, procent van het personeel in scope) is een afwijking: meld die met onderdeel fte-besparing en een onderbouwing. Verzekeraars toetsen de kosten op plausibiliteit (nota §4.2); arbeidsbesparing is het leidende criterium.',
      en: 'The business case states the staff in scope (fte_in_scope) and the baseline year. Saving more FTE than are in scope cannot be: an error. A saving above the modelplan’s plausible share (max_aandeel_fte_besparing, percent of the staff in scope) is a deviation: declare it with onderdeel fte-besparing and a justification. Insurers test plausibility (note §4.2); labour saving is the leading criterion.',
    },
    source: 'Nota VWS 26 maart 2026, §4.2 (toets op plausibiliteit); AZWA financiële bijlage §8b (fte-impact leidend)',
    example: 'businesscase:\n  fte_besparing: 60\n  fte_in_scope: 40   # meer besparen dan er in scope is',
  },
  messages: {
    aboveScope: {
      nl: 'een besparing van {fte} fte is meer dan het personeel in scope ({scope} fte); corrigeer fte_besparing of fte_in_scope',
      en: 'a saving of {fte} FTE is more than the staff in scope ({scope} FTE); correct fte_besparing or fte_in_scope',
    },
    implausible: {
      nl: 'een besparing van {fte} fte is meer dan {max}%{normBron:assumed} van het personeel in scope ({scope} fte); onderbouw dit en meld de afwijking',
      en: 'a saving of {fte} FTE is more than {max}%{normBron:assumed} of the staff in scope ({scope} FTE); justify it and declare the deviation',
    },
  },
  check({ aanvraag, modelplan }) {
    if (!modelplan) return [];
    const { fte_besparing: fte, fte_in_scope: scope } = aanvraag.businesscase;
    const out: RawFinding<Id>[] = [];
    const share = modelplan.businesscase.max_aandeel_fte_besparing;
    const max = share?.waarde;
    if (aboveShare(fte, scope, 100)) out.push({ pointer: '/businesscase/fte_besparing', messageId: 'aboveScope', args: { fte, scope } });
    else if (max !== undefined && aboveShare(fte, scope, max)) {
      out.push({ pointer: '/businesscase/fte_besparing', messageId: 'implausible', severity: 'warning', args: { fte, scope, max, normBron: share && isAanname(share.bron) ? 'aanname' : 'bron' }, deviation: 'fte-besparing' });
    }
    return out;
  },
});
