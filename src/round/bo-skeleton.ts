/**
 * `modelplan init-bo-besluit`: a BO decision (soort: bo-besluit) started from the round's current
 * figures: the register's hash, the hash over the figures, and per theme `besluit: accepteren`
 * with the approved total, the money available and what each scenario would give as comments.
 * Pure: text in, text out.
 */
import { themaBedrag } from '../domain/budgetkader.js';
import type { Frame } from '../domain/types.js';
import { formatEuros } from '../i18n/ui.js';
import { applyBoDecision } from './bo.js';
import type { BoBesluitSoort, RoundFigures } from './types.js';

const q = (s: string) => JSON.stringify(s);
const euros = (n: number) => formatEuros(n, 'nl');

export function boSkeleton(input: { figures: RoundFigures; register: { bestand: string; registerHash: string }; datum: string; frame: Frame }): string {
  const { figures, frame } = input;
  const lines = [
    '# BO IZA/AZWA: het besluit over het totaal van de beoordeelde aanvragen (nota §4.2).',
    '# Per thema: accepteren, pro-rata, rangorde, verschuiven (op de goedgekeurde bedragen) of per-aanvraag.',
    '# Geschreven door modelplan init-bo-besluit uit de huidige cijfers; verandert een beoordeling, dan past "cijfers" niet meer.',
    'soort: bo-besluit',
    `datum: ${q(input.datum)}`,
    'register:',
    `  bestand: ${q(input.register.bestand)}`,
    `  registerHash: ${q(input.register.registerHash)}`,
    `cijfers: ${q(figures.hash)}`,
    'motivering: "<VUL IN: waarom het BO zo besloot>"',
    'themas:',
  ];
  const methods: BoBesluitSoort[] = ['pro-rata', 'rangorde', 'verschuiven'];
  const preview = new Map(
    methods.map((m) => [
      m,
      applyBoDecision({ file: '', sha256: '', besluit: { soort: 'bo-besluit', datum: input.datum, register: input.register, cijfers: figures.hash, motivering: '', themas: figures.themas.map((t) => ({ thema: t.thema, besluit: m })) } }, figures, frame),
    ]),
  );
  for (const theme of figures.themas) {
    const known = frame.budgetkader.themas.find((t) => t.id === theme.thema);
    const total = theme.aanvragen.reduce((s, a) => s + a.toegekend, 0);
    lines.push(`  # ${theme.thema}: ${theme.aanvragen.length} goedgekeurde aanvraag/aanvragen, toegekend € ${euros(total)}; richtbedrag € ${known ? euros(themaBedrag(known).bedrag) : '—'}`);
    for (const m of methods) lines.push(`  #   ${m}: € ${euros(preview.get(m)!.themas.find((t) => t.thema === theme.thema)?.bedrag ?? total)}`);
    lines.push(`  - thema: ${theme.thema}`, '    besluit: accepteren', '    # beschikbaar: 0  # het bedrag dat het BO voor dit thema beschikbaar stelt (standaard het richtbedrag)');
    lines.push('    # aanvragen (alleen bij per-aanvraag):');
    for (const a of theme.aanvragen) lines.push(`    #   - bestand: ${q(a.bestand)}`, `    #     fingerprint: ${q(a.fingerprint)}`, `    #     bedrag: ${a.toegekend}`, '    #     reden: "…"');
  }
  if (figures.themas.length === 0) lines.push('  [] # geen aanvragen die beide verzekeraars goedkeurden');
  return lines.join('\n') + '\n';
}

/** `modelplan init-bevestiging`: one insurer's confirmation at the BO's amount, an agreement line per receiving provider (beoogd until concluded). */
export function confirmationSkeleton(input: { bestand: string; fingerprint: string; rol: string; verzekeraar: { naam: string; uzovi: string }; datum: string; bo: { bestand: string; sha256: string }; bedrag: number; perOntvanger: { ontvanger: string; bedrag: number }[] }): string {
  const lines = [
    '# Bevestiging na het BO-besluit (nota §4.2): de formele goedkeuring tegen het bedrag van het BO.',
    '# Geschreven door modelplan init-bevestiging; zet per zorgaanbieder status: gesloten met de datum zodra de overeenkomst is gesloten.',
    'soort: bevestiging',
    'aanvraag:',
    `  bestand: ${q(input.bestand)}`,
    `  fingerprint: ${q(input.fingerprint)}`,
    `rol: ${input.rol}`,
    'verzekeraar:',
    `  naam: ${q(input.verzekeraar.naam)}`,
    `  uzovi: ${q(input.verzekeraar.uzovi)}`,
    `datum: ${q(input.datum)}`,
    'bo_besluit:',
    `  bestand: ${q(input.bo.bestand)}`,
    `  sha256: ${q(input.bo.sha256)}`,
    `bedrag: ${input.bedrag}`,
    'overeenkomsten:',
  ];
  const receiving = input.perOntvanger.filter((p) => p.bedrag > 0);
  for (const p of receiving) lines.push(`  # ${p.ontvanger}: € ${euros(p.bedrag)} na het BO-besluit`, `  - ontvanger: ${q(p.ontvanger)}`, '    status: beoogd', '    # datum: "JJJJ-MM-DD"  # bij status: gesloten');
  if (receiving.length === 0) lines[lines.length - 1] = 'overeenkomsten: []';
  return lines.join('\n') + '\n';
}
