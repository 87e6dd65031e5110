import { defineRule, type FileRawFinding } from './define.js';

/** Fte in hundredths, so a shortfall shows without floating-point noise. */
const hundredths = (fte: number): number => Math.round(fte * 100);

export const verantwoordingFte = defineRule({
  id: 'verantwoording-fte',
  scope: 'verantwoordingen',
  severity: 'warning',
  title: { nl: 'Minder arbeidsbesparing dan beoogd', en: 'Less labour saved than claimed' },
  docs: {
    description: {
      nl: 'De gerealiseerde besparing op arbeidsinzet (fte) wordt gezet naast de besparing die de businesscase van de goedgekeurde aanvraag beloofde; is zij kleiner, dan toont een waarschuwing het tekort. De besparing wordt gemeten tegen de nulmeting van de businesscase: een ander peiljaar maakt de cijfers onvergelijkbaar en is een fout.',
      en: 'The realised labour saving (fte) is set beside the saving the approved application’s business case promised; when it is smaller, a warning shows the shortfall. The saving is measured against the business case’s baseline: another base year makes the figures incomparable and is an error.',
    },
    source: 'Seed 004 (monitoring van de voortgang in de AZWA-voortgangsrapportages); AZWA financiële bijlage §8b (fte-impact leidend criterium)',
    example: 'besparing:\n  fte: 6\n  peiljaar: 2025  # de businesscase beloofde 12,5 fte',
  },
  messages: {
    shortfall: { nl: 'gerealiseerd {gerealiseerd} fte, beoogd {beoogd} fte: tekort {tekort} fte', en: 'realised {gerealiseerd} fte, claimed {beoogd} fte: shortfall {tekort} fte' },
    baseline: { nl: 'peiljaar {peiljaar} is niet het peiljaar van de businesscase ({verwacht}): meet tegen dezelfde nulmeting', en: 'base year {peiljaar} is not the business case’s ({verwacht}): measure against the same baseline' },
  },
  check({ accounts }) {
    return accounts.flatMap((a): FileRawFinding<'shortfall' | 'baseline'>[] => {
      if (!a.approval) return [];
      const bc = a.approval.aanvraag.businesscase;
      const b = a.account.besparing;
      const out: FileRawFinding<'shortfall' | 'baseline'>[] = [];
      if (b.peiljaar !== bc.peiljaar) out.push({ file: a.file, pointer: '/besparing/peiljaar', messageId: 'baseline', severity: 'error', args: { peiljaar: b.peiljaar, verwacht: bc.peiljaar } });
      const tekort = hundredths(bc.fte_besparing) - hundredths(b.fte);
      if (tekort > 0) out.push({ file: a.file, pointer: '/besparing/fte', messageId: 'shortfall', args: { gerealiseerd: b.fte, beoogd: bc.fte_besparing, tekort: tekort / 100 } });
      return out;
    });
  },
});
