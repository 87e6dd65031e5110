/**
 * A mistake in how the tool was called (unknown option, a path that does not exist): exit code 2.
 * It carries its text in both languages (a template) and language-neutral args; the edge
 * (src/program.ts, the language server, watch) renders it in the user's language with `render`.
 * An arg may itself be a text in both languages (a finding's message). A plain string still works
 * (a call site not converted yet): it is then the message in every language.
 */
import { fillTemplate } from './i18n/template.js';
import type { Lang, Localized } from './report/types.js';

export type UsageArgs = Readonly<Record<string, string | number | Localized>>;

export class UsageError extends Error {
  override readonly name = 'UsageError';
  readonly text: Localized;
  readonly args: UsageArgs;

  constructor(text: string | Localized, args: UsageArgs = {}) {
    const localized = typeof text === 'string' ? { nl: text, en: text } : text;
    // `message` is the Dutch text, for what reads errors without a language (a stack trace).
    super(renderUsage(localized, args, 'nl'));
    this.text = localized;
    this.args = args;
  }

  render(lang: Lang): string {
    return renderUsage(this.text, this.args, lang);
  }

  /** The message in both languages (for a thread that sends it to the one that shows it). */
  localized(): Localized {
    return { nl: this.render('nl'), en: this.render('en') };
  }
}

function renderUsage(text: Localized, args: UsageArgs, lang: Lang): string {
  const picked = Object.fromEntries(Object.entries(args).map(([k, v]) => [k, typeof v === 'object' ? v[lang] : v]));
  return fillTemplate(text[lang], picked, lang);
}
