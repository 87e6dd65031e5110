import type { Aanvraag } from '../../../src/domain/types.js';

/** Gives the members other identities (AGB, KvK) and moves their budget lines along. */
export function recode(a: Aanvraag, ids: Record<string, string>): void {
  for (const lid of a.aanvrager.leden) {
    if (lid.agb && ids[lid.agb]) lid.agb = ids[lid.agb];
    if (lid.kvk && ids[lid.kvk]) lid.kvk = ids[lid.kvk];
  }
  for (const regel of a.begroting) if (ids[regel.ontvanger]) regel.ontvanger = ids[regel.ontvanger]!;
}

/** Another coalition: new names and identities for every member of the AI example. */
export function otherCoalition(a: Aanvraag, suffix: string, region: string): void {
  recode(a, { '73730101': `7373${suffix}01`, '75750202': `7575${suffix}02`, '73730303': `7373${suffix}03`, '41234567': `4123${suffix}67`, '52345678': `5234${suffix}78` });
  a.aanvrager.leden.forEach((l, i) => (l.naam = `Aanbieder ${suffix}-${i + 1}`));
  a.aanvrager.naam = `Coalitie ${suffix}`;
  a.aanvrager.zorgkantoorregio = region;
  a.titel = `Spraakgestuurd rapporteren, coalitie ${suffix} (${region})`;
}
