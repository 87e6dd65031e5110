import type { AanvraagFacts, FileRawFinding } from './define.js';
import { defineRule } from './define.js';
import { byText } from '../domain/compare.js';

/**
 * Which copy counts: the first by sorted path among the copies that are not ongeldig (else the
 * first by sorted path). Decided here only: the engine puts it on each copy (FileResult.duplicateOf),
 * and budget and rapport read it there.
 */
export function countedCopy(copies: readonly AanvraagFacts[]): AanvraagFacts {
  const sorted = [...copies].sort(byText((c) => c.file));
  return sorted.find((c) => c.counted) ?? sorted[0]!;
}

/** At most this many copies are named; the count says how many there are. */
const SHOWN = 5;

export const aanvraagDubbel = defineRule({
  id: 'aanvraag-dubbel',
  scope: 'aanvragen',
  severity: 'warning',
  title: { nl: 'Dezelfde aanvraag twee keer ingediend', en: 'The same application submitted twice' },
  docs: {
    description: {
      nl: 'Over alle bestanden van een run: twee bestanden met precies dezelfde inhoud zijn één aanvraag die twee keer is ingediend. Elke kopie krijgt een waarschuwing die de andere bestanden noemt en een reden voor aanvullende beoordeling is. Er telt er één mee, in check en in budget volgens dezelfde regel: de eerste op gesorteerd pad die niet ongeldig is. Trek de andere kopieën in.',
      en: 'Over all files of a run: two files with exactly the same content are one application submitted twice. Each copy gets a warning naming the other files, a reason for additional review. One of them counts, in check and in budget by the same rule: the first by sorted path that is not ongeldig. Withdraw the other copies.',
    },
    source: 'Nota VWS 26 maart 2026, §4.2 (één indienmoment; het totaal aan aanvragen voor het BO); SPUK IZA Bijlage I (geen dubbele financiering)',
    example: '# a.yaml en b.yaml hebben dezelfde inhoud',
  },
  messages: {
    counted: {
      nl: 'dezelfde aanvraag staat nog {aantal} keer in de batch: {andere}; dit bestand telt mee in budget (de eerste op pad), de kopieën niet: trek ze in',
      en: 'the same application is in the batch {aantal} more time(s): {andere}; this file counts in budget (the first by path), the copies do not: withdraw them',
    },
    copy: {
      nl: 'dezelfde aanvraag als {telt}; alleen {telt} telt mee in budget (de eerste op pad): trek dit bestand in',
      en: 'the same application as {telt}; only {telt} counts in budget (the first by path): withdraw this file',
    },
  },
  check({ files }) {
    const groups = new Map<string, AanvraagFacts[]>();
    for (const f of files) {
      const group = groups.get(f.fingerprint);
      if (group) group.push(f);
      else groups.set(f.fingerprint, [f]);
    }
    const out: FileRawFinding<'counted' | 'copy'>[] = [];
    for (const copies of groups.values()) {
      if (copies.length < 2) continue;
      const telt = countedCopy(copies);
      const andere = copies.filter((c) => c !== telt).slice(0, SHOWN).map((c) => c.file).join(', ');
      for (const f of copies) {
        out.push(
          f === telt
            ? { file: f.file, pointer: '/titel', messageId: 'counted', args: { aantal: copies.length - 1, andere }, reviewReason: true }
            : { file: f.file, pointer: '/titel', messageId: 'copy', args: { telt: telt.file }, reviewReason: true },
        );
      }
    }
    return out;
  },
});
