import { defineRule, type FileRawFinding } from './define.js';

type Id = 'unknownBesluit' | 'notInBesluit' | 'amount' | 'insurer' | 'beforeBesluit' | 'twice' | 'unknownReceiver';

export const bevestigingBesluit = defineRule({
  id: 'bevestiging-besluit',
  scope: 'bevestigingen',
  severity: 'error',
  title: { nl: 'Bevestiging past niet bij het BO-besluit', en: 'Confirmation does not fit the BO decision' },
  docs: {
    description: {
      nl: 'Na het BO-besluit keuren beide verzekeraars de aanvraag formeel goed tegen het bedrag dat het besluit geeft (soort: bevestiging). De bevestiging noemt het BO-besluit van de run (bestand en SHA-256), een aanvraag die het besluit een bedrag geeft, precies dat bedrag, de verzekeraar die de aanvraag voor de rol noemt, een datum niet vóór het besluit, en de overeenkomsten die deze verzekeraar sloot met zorgaanbieders die na het besluit geld ontvangen. Per rol telt één bevestiging. Dat elke zorgaanbieder een gesloten overeenkomst heeft met ten minste één verzekeraar, vraagt export nza.',
      en: 'After the BO decision both insurers formally approve the application at the amount the decision gives (soort: bevestiging). The confirmation names the run’s BO decision (file and SHA-256), an application the decision gives an amount, exactly that amount, the insurer the application names for the role, a date not before the decision, and the agreements this insurer concluded with providers that receive money after the decision. One confirmation counts per role. That every provider has a closed agreement with at least one insurer is what export nza asks.',
    },
    source: 'Nota VWS 26 maart 2026, §4.2 (“Pas daarna worden de aanvragen formeel goedgekeurd”; het contractvereiste)',
    example: 'bedrag: 2400000  # het BO-besluit geeft 2.000.000',
  },
  messages: {
    unknownBesluit: { nl: 'het BO-besluit {bestand} ({sha256}) is niet het BO-besluit van de run: bevestig tegen het besluit dat geldt', en: 'BO decision {bestand} ({sha256}) is not the run’s BO decision: confirm against the decision that holds' },
    notInBesluit: { nl: 'het BO-besluit geeft {bestand} geen bedrag: alleen een aanvraag die beide verzekeraars goedkeurden en het BO een bedrag gaf, wordt bevestigd', en: 'the BO decision gives {bestand} no amount: only an application both insurers approved and the BO gave an amount is confirmed' },
    amount: { nl: 'bevestigd € {bedrag:euro}, maar het BO-besluit geeft € {bo:euro}: bevestig tegen het bedrag van het BO', en: 'confirmed € {bedrag:euro}, but the BO decision gives € {bo:euro}: confirm at the BO’s amount' },
    insurer: { nl: 'de aanvraag noemt {verwacht} als {rol} verzekeraar, niet {gevonden}', en: 'the application names {verwacht} as {rol} insurer, not {gevonden}' },
    beforeBesluit: { nl: 'de datum {datum} ligt vóór het BO-besluit ({bo})', en: 'the date {datum} is before the BO decision ({bo})' },
    twice: { nl: 'er is nog een bevestiging van de {rol} verzekeraar voor deze aanvraag ({ander}): geen van beide telt; verwijder de bevestiging die niet geldt', en: 'there is another confirmation by the {rol} insurer for this application ({ander}): neither counts; remove the one that does not hold' },
    unknownReceiver: { nl: '{ontvanger} ontvangt niets na het BO-besluit', en: '{ontvanger} receives nothing after the BO decision' },
  },
  check({ confirmations, applications, decisions, outcome }) {
    return confirmations.flatMap((c): FileRawFinding<Id>[] => {
      const b = c.bevestiging;
      const named = decisions.find((d) => d.sha256 === b.bo_besluit.sha256);
      if (!named) return [{ file: c.file, pointer: '/bo_besluit/sha256', messageId: 'unknownBesluit', args: { bestand: b.bo_besluit.bestand, sha256: b.bo_besluit.sha256.slice(0, 12) } }];
      // A BO decision with errors of its own does not count; its file says why.
      if (!outcome || outcome.sha256 !== named.sha256) return [];
      const out: FileRawFinding<Id>[] = [];
      const app = applications.find((a) => a.fingerprint === b.aanvraag.fingerprint);
      const given = app ? outcome.perAanvraag.get(app.file) : undefined;
      if (!app || !given || given.bedrag === 0) return [{ file: c.file, pointer: '/aanvraag/fingerprint', messageId: 'notInBesluit', args: { bestand: b.aanvraag.bestand } }];
      // Two confirmations for one role are a conflict: neither counts (the order of file names never decides).
      const others = confirmations.filter((o) => o !== c && o.bevestiging.rol === b.rol && o.bevestiging.aanvraag.fingerprint === b.aanvraag.fingerprint);
      if (others.length > 0) out.push({ file: c.file, pointer: '/rol', messageId: 'twice', args: { rol: b.rol, ander: others.map((o) => o.file).join(', ') } });
      const expected = app.verzekeraars?.[b.rol];
      if (expected && expected.uzovi !== b.verzekeraar.uzovi) out.push({ file: c.file, pointer: '/verzekeraar/uzovi', messageId: 'insurer', args: { verwacht: expected.uzovi, rol: b.rol, gevonden: b.verzekeraar.uzovi } });
      if (b.bedrag !== given.bedrag) out.push({ file: c.file, pointer: '/bedrag', messageId: 'amount', args: { bedrag: b.bedrag, bo: given.bedrag } });
      if (b.datum < outcome.datum) out.push({ file: c.file, pointer: '/datum', messageId: 'beforeBesluit', args: { datum: b.datum, bo: outcome.datum } });
      b.overeenkomsten.forEach((o, i) => {
        if (!given.perOntvanger.some((p) => p.ontvanger === o.ontvanger && p.bedrag > 0)) out.push({ file: c.file, pointer: `/overeenkomsten/${i}/ontvanger`, messageId: 'unknownReceiver', args: { ontvanger: o.ontvanger } });
      });
      return out;
    });
  },
});
