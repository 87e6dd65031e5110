/**
 * The exit codes of the round's commands, stated once: in each command's --help (below the
 * options) and, in the same words, in the README ("Exitcodes van de ronde" / "Exit codes of the round").
 */
import type { Command } from 'commander';
import type { Localized } from '../report/types.js';
import { pick, type CommandContext } from './context.js';

const usage: Localized = { nl: '  2  gebruiksfout (onbekende optie, ontbrekend of onleesbaar argument) of interne fout', en: '  2  usage mistake (unknown option, missing or unreadable argument) or internal error' };

export const ROUND_EXIT_CODES = {
  register: {
    nl: '  0  register geschreven (ongeldige bestanden staan erin als ongeldig)',
    en: '  0  register written (invalid files are recorded as ongeldig)',
  },
  'init-beoordeling': {
    nl: '  0  beoordeling geschreven of bijgewerkt',
    en: '  0  decision written or updated',
  },
  'init-bo-besluit': {
    nl: '  0  BO-besluit geschreven\n  1  het register klopt niet of ontbreekt (niets geschreven)',
    en: '  0  BO decision written\n  1  the register does not hold or is missing (nothing written)',
  },
  'init-bevestiging': {
    nl: '  0  bevestiging geschreven\n  1  geen BO-besluit dat telt, of de aanvraag kreeg geen bedrag van het BO (niets geschreven)',
    en: '  0  confirmation written\n  1  no BO decision that counts, or the BO gave the application no amount (nothing written)',
  },
  status: {
    nl: '  0  stand getoond, zonder fouten in de ronde\n  1  de ronde heeft fouten (in beoordelingen, BO-besluit, bevestigingen of van het register, "Let op: N fout(en)"); of met --fail-on strijdig een aanvraag strijdig of dubbel, met --fail-on open een aanvraag nog niet definitief, afgewezen of bo-afgewezen',
    en: '  0  state shown, no errors in the round\n  1  the round has errors (in decisions, the BO decision, confirmations or from the register, "Note: N error(s)"); or with --fail-on strijdig an application strijdig or dubbel, with --fail-on open one not yet definitief, afgewezen or bo-afgewezen',
  },
  export: {
    nl: '  0  bestanden geschreven (nza: de definitieve aanvragen; nza-verantwoording: het jaaroverzicht)\n  1  nza weigert en schrijft niets: geen register, de registercontrole faalt, fouten in de ronde, geen BO-besluit dat telt, niets definitief, een zorgaanbieder zonder gesloten overeenkomst, of een bedrag boven de bovengrens',
    en: '  0  files written (nza: the definitief applications; nza-verantwoording: the yearly overview)\n  1  nza refuses and writes nothing: no register, the register check fails, errors in the round, no BO decision that counts, nothing definitief, a provider without a closed agreement, or an amount above the bovengrens',
  },
  'init-verantwoording': {
    nl: '  0  verantwoording geschreven',
    en: '  0  account written',
  },
  'init-plausibiliteit': {
    nl: '  0  plausibiliteitstoets geschreven',
    en: '  0  plausibility test written',
  },
  voortgang: {
    nl: '  0  voortgang geschreven (fouten in verantwoordingen staan erin, niet in de exitcode)',
    en: '  0  progress written (errors in accounts are shown in it, not in the exit code)',
  },
} satisfies Record<string, Localized>;

/** Adds the command's exit codes below its options in --help. */
export function withExitCodes(command: Command, ctx: CommandContext, name: keyof typeof ROUND_EXIT_CODES): Command {
  const heading = pick(ctx, { nl: 'Exitcodes:', en: 'Exit codes:' });
  return command.addHelpText('after', `\n${heading}\n${pick(ctx, ROUND_EXIT_CODES[name])}\n${pick(ctx, usage)}`);
}
