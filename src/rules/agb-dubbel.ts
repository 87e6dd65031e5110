import type { AanvraagFacts, FileRawFinding } from './define.js';
import { defineRule } from './define.js';

/** At most this many other files are named; the count says how many there are. */
const SHOWN = 5;

export const agbDubbel = defineRule({
  id: 'agb-dubbel',
  scope: 'aanvragen',
  severity: 'warning',
  title: { nl: 'Zorgaanbieder in meer aanvragen voor hetzelfde toepassingsgebied', en: 'Care provider in several applications for the same application area' },
  docs: {
    description: {
      nl: 'Over alle bestanden van een run: dezelfde AGB-code in meer dan één aanvraag onder hetzelfde modelplan wijst op dubbele financiering (dezelfde coalitie onder een andere titel). Elke plaats krijgt een reden voor aanvullende beoordeling die het aantal andere aanvragen noemt en de eerste vijf op pad. Bestanden met precies dezelfde inhoud meldt aanvraag-dubbel; die tellen hier niet als andere aanvraag.',
      en: 'Over all files of a run: the same AGB code in more than one application under the same modelplan points to double funding (the same coalition under another title). Each place gets a reason for additional review naming the number of other applications and the first five by path. Files with exactly the same content are reported by aanvraag-dubbel and do not count as another application here.',
    },
    source: 'SPUK IZA Bijlage I (geen dubbele financiering); Nota VWS 26 maart 2026, §4.2 (ongeveer één modelplan per toepassingsgebied)',
    example: '# a.yaml en b.yaml: beide spraakgestuurd-rapporteren met lid agb: "73730101"',
  },
  messages: {
    alsoIn: {
      nl: 'AGB-code {agb} staat ook in {aantal} andere aanvraag/aanvragen voor hetzelfde toepassingsgebied ({modelplan}): {andere}; toets op dubbele financiering',
      en: 'AGB code {agb} is also in {aantal} other application(s) for the same application area ({modelplan}): {andere}; check for double funding',
    },
  },
  check({ files }) {
    // One group per (modelplan, AGB); each file once per group, in the order given (sorted by path).
    // `candidates` keeps, in path order, at most SHOWN files per fingerprint and 2 × SHOWN in all:
    // whatever fingerprint is left out, the first SHOWN other files are among them (linear time).
    const groups = new Map<string, { size: number; perFingerprint: Map<string, number>; candidates: AanvraagFacts[] }>();
    for (const f of files) {
      for (const agb of new Set(f.agbs.map((a) => a.agb))) {
        const key = `${f.modelplanId}\0${agb}`;
        const group = groups.get(key) ?? { size: 0, perFingerprint: new Map<string, number>(), candidates: [] };
        const same = group.perFingerprint.get(f.fingerprint) ?? 0;
        if (same < SHOWN && group.candidates.length < 2 * SHOWN) group.candidates.push(f);
        group.size += 1;
        group.perFingerprint.set(f.fingerprint, same + 1);
        groups.set(key, group);
      }
    }
    const out: FileRawFinding<'alsoIn'>[] = [];
    for (const f of files) {
      for (const { agb, pointer } of f.agbs) {
        const group = groups.get(`${f.modelplanId}\0${agb}`)!;
        // Copies of this very application (same content) are aanvraag-dubbel's to report.
        const aantal = group.size - group.perFingerprint.get(f.fingerprint)!;
        if (aantal === 0) continue;
        const shown = group.candidates.filter((o) => o.fingerprint !== f.fingerprint).slice(0, SHOWN).map((o) => o.file);
        out.push({ file: f.file, pointer, messageId: 'alsoIn', args: { agb, aantal, andere: shown.join(', '), modelplan: f.modelplanId }, reviewReason: true });
      }
    }
    return out;
  },
});
