import { matchDecision } from '../round/match.js';
import { defineRule, type FileRawFinding } from './define.js';

export const beoordelingVerzekeraar = defineRule({
  id: 'beoordeling-verzekeraar',
  scope: 'beoordelingen',
  severity: 'error',
  title: { nl: 'Verkeerde verzekeraar voor de rol', en: 'Wrong insurer for the role' },
  docs: {
    description: {
      nl: 'De verzekeraar van een beoordeling moet de verzekeraar zijn die de aanvraag voor die rol noemt (zorgverzekeraars.coordinerend of zorgverzekeraars.tweede), vergeleken op UZOVI-code. Een aanvraag zonder zorgverzekeraars kan niet door verzekeraars beoordeeld worden.',
      en: 'The insurer of a decision must be the one the application names for that role (zorgverzekeraars.coordinerend or zorgverzekeraars.tweede), compared by UZOVI code. An application without zorgverzekeraars cannot be assessed by insurers.',
    },
    source: 'Nota VWS 26 maart 2026, §4.2 (beoordeling door de coördinerende en een tweede zorgverzekeraar)',
    example: 'rol: tweede\nverzekeraar:\n  naam: Zilveren Kruis\n  uzovi: "3311"  # de aanvraag noemt 3343 als tweede',
  },
  messages: {
    wrong: { nl: 'de aanvraag noemt {verwacht} ({naam}) als {rol} verzekeraar, niet {gevonden}', en: 'the application names {verwacht} ({naam}) as {rol} insurer, not {gevonden}' },
    noInsurers: { nl: 'de aanvraag {bestand} noemt geen zorgverzekeraars; zij wordt niet door verzekeraars beoordeeld', en: 'the application {bestand} names no insurers; it is not assessed by insurers' },
  },
  check({ aanvragen, beoordelingen }) {
    return beoordelingen.flatMap((d): FileRawFinding<'wrong' | 'noInsurers'>[] => {
      const match = matchDecision(d, aanvragen);
      if (match.kind !== 'actueel') return [];
      const named = match.application.verzekeraars?.[d.beoordeling.rol];
      if (!named) return [{ file: d.file, pointer: '/verzekeraar', messageId: 'noInsurers' as const, args: { bestand: match.application.file } }];
      if (named.uzovi === d.beoordeling.verzekeraar.uzovi) return [];
      return [{ file: d.file, pointer: '/verzekeraar/uzovi', messageId: 'wrong' as const, args: { verwacht: named.uzovi, naam: named.naam, rol: d.beoordeling.rol, gevonden: d.beoordeling.verzekeraar.uzovi } }];
    });
  },
});
