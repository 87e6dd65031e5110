/** Options several commands share: one flag, one help text in both languages. */
import type { Lang, Localized } from '../report/types.js';

export const sharedOptions = {
  modelplannen: ['--modelplannen <dir>', { nl: 'map met modelplannen en budgetkader (standaard: de meegeleverde)', en: 'directory with modelplannen and budget frame (default: the bundled ones)' }],
  jobs: ['-j, --jobs <n>', { nl: 'aantal threads voor veel bestanden (standaard: automatisch, naar aantal bestanden en vrije kernen)', en: 'threads for many files (default: automatic, by file count and free cores)' }],
  separator: ['--separator <char>', { nl: 'csv: scheidingsteken ; (standaard), , of tab', en: 'csv: separator ; (default), , or tab' }],
  bom: ['--bom', { nl: 'csv: begin met een UTF-8-BOM (voor Excel)', en: 'csv: start with a UTF-8 BOM (for Excel)' }],
  headerLabels: ['--header-labels', { nl: 'csv: kopregel met leesbare namen in de gekozen taal in plaats van de vaste kolomnamen', en: 'csv: header row with readable names in the chosen language instead of the stable column names' }],
  maxFileSize: ['--max-file-size <bytes>', { nl: 'grootste bestand dat gelezen wordt (standaard 2MB)', en: 'largest file that is read (default 2MB)' }],
  noColor: ['--no-color', { nl: 'geen kleur (ook NO_COLOR)', en: 'no colour (also NO_COLOR)' }],
} satisfies Record<string, [flags: string, help: Localized]>;

/** Arguments for commander's .option(), in the context's language. */
export function sharedOption(ctx: { lang: Lang }, name: keyof typeof sharedOptions): [string, string] {
  const [flags, help] = sharedOptions[name];
  return [flags, help[ctx.lang]];
}
