import type { AanvraagFacts, FileRawFinding } from './define.js';
import { defineRule } from './define.js';

/** At most this many other files are named; the count says how many there are. */
const SHOWN = 5;

type Id = 'sameRegion' | 'sameOrganisation';

interface Group {
  size: number;
  sum: number;
  perFingerprint: Map<string, { count: number; sum: number }>;
  candidates: AanvraagFacts[];
}

function add(groups: Map<string, Group>, key: string, f: AanvraagFacts): void {
  const group: Group = groups.get(key) ?? { size: 0, sum: 0, perFingerprint: new Map<string, { count: number; sum: number }>(), candidates: [] };
  const same = group.perFingerprint.get(f.fingerprint) ?? { count: 0, sum: 0 };
  if (same.count < SHOWN && group.candidates.length < 2 * SHOWN) group.candidates.push(f);
  group.size += 1;
  group.sum += f.project!.totaal;
  group.perFingerprint.set(f.fingerprint, { count: same.count + 1, sum: same.sum + f.project!.totaal });
  groups.set(key, group);
}

export const projectRegio = defineRule({
  id: 'project-regio',
  scope: 'aanvragen',
  severity: 'warning',
  title: { nl: 'Eén project over meer aanvragen', en: 'One project over several applications' },
  docs: {
    description: {
      nl: 'Er is één indienmoment en één aanvraag per project per regio, en elk doorbraakproject heeft een bovengrens (nota §4.2); een project wordt niet kleiner door het te verdelen over aanvragen, leden of codes. Over alle bestanden van een run: meer aanvragen onder hetzelfde modelplan (en zorgpad) in dezelfde zorgkantoorregio, of met dezelfde organisatie (KvK-nummer, welke AGB-codes en regio ook), zijn een reden voor aanvullende beoordeling op elk bestand, met de andere aanvragen en hun samengetelde bedrag tegen de bovengrens. Exacte kopieën meldt aanvraag-dubbel; dezelfde AGB-code meldt agb-dubbel.',
      en: 'There is one submission moment and one application per project per region, and every breakthrough project has an upper limit (note §4.2); a project does not get smaller by spreading it over applications, members or codes. Over all files of a run: several applications under the same modelplan (and care pathway) in the same zorgkantoorregio, or with the same organisation (KvK number, whatever AGB codes and region), are a reason for additional review on each file, naming the other applications and their combined amount against the upper limit. Exact copies are reported by aanvraag-dubbel; the same AGB code by agb-dubbel.',
    },
    source: 'Nota VWS 26 maart 2026, §4.2 (één indienmoment; een samenwerkingscoalitie of een individuele regio dient in; bovengrens per doorbraakproject)',
    example: '# a.yaml en b.yaml: beide spraakgestuurd-rapporteren in ZK05, door andere coalities',
  },
  messages: {
    sameRegion: {
      nl: 'in {regio} staat ook {aantal} andere aanvraag/aanvragen onder {modelplan}: {andere}; samen € {samen:euro} (bovengrens per project € {bovengrens:euro}); één aanvraag per project per regio',
      en: 'in {regio} there are {aantal} other application(s) under {modelplan}: {andere}; together € {samen:euro} (upper limit per project € {bovengrens:euro}); one application per project per region',
    },
    sameOrganisation: {
      nl: 'KvK {kvk} staat ook in {aantal} andere aanvraag/aanvragen onder {modelplan}: {andere}; samen € {samen:euro} (bovengrens per project € {bovengrens:euro}); toets of het één project is',
      en: 'KvK {kvk} is also in {aantal} other application(s) under {modelplan}: {andere}; together € {samen:euro} (upper limit per project € {bovengrens:euro}); check whether it is one project',
    },
  },
  check({ files }) {
    const projects = files.filter((f) => f.counted && f.project);
    const regionKey = (f: AanvraagFacts) => `r\0${f.modelplanId}\0${f.project!.zorgpad ?? ''}\0${f.project!.zorgkantoorregio!}`;
    const kvkKey = (f: AanvraagFacts, kvk: string) => `k\0${f.modelplanId}\0${kvk}`;
    const groups = new Map<string, Group>();
    for (const f of projects) {
      if (f.project!.zorgkantoorregio !== undefined) add(groups, regionKey(f), f);
      for (const kvk of new Set(f.project!.kvks.map((k) => k.kvk))) add(groups, kvkKey(f, kvk), f);
    }
    const others = (group: Group, f: AanvraagFacts) => {
      const same = group.perFingerprint.get(f.fingerprint)!;
      const aantal = group.size - same.count;
      const andere = group.candidates.filter((o) => o.fingerprint !== f.fingerprint).slice(0, SHOWN).map((o) => o.file).join(', ');
      return { aantal, andere, samen: group.sum - same.sum + f.project!.totaal };
    };
    const out: FileRawFinding<Id>[] = [];
    for (const f of projects) {
      const common = { modelplan: f.modelplanId, bovengrens: f.project!.bovengrens ?? 0 };
      const region = f.project!.zorgkantoorregio;
      if (region !== undefined) {
        const o = others(groups.get(regionKey(f))!, f);
        if (o.aantal > 0) out.push({ file: f.file, pointer: '/aanvrager/zorgkantoorregio', messageId: 'sameRegion', args: { regio: region, ...o, ...common }, reviewReason: true });
      }
      const seen = new Set<string>();
      for (const { kvk, pointer } of f.project!.kvks) {
        if (seen.has(kvk)) continue;
        seen.add(kvk);
        const o = others(groups.get(kvkKey(f, kvk))!, f);
        if (o.aantal > 0) out.push({ file: f.file, pointer, messageId: 'sameOrganisation', args: { kvk, ...o, ...common }, reviewReason: true });
      }
    }
    return out;
  },
});
