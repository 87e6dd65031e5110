/** The one template filler: `{name}` (or `{name:spec}`) replaced by args.name; an unknown name stays as written. */
export type TemplateArgs = Readonly<Record<string, string | number>>;

/** How a value is shown; `spec` is what follows the colon (`{bedrag:euro}`), if anything. */
export type ValueFormat = (value: string | number, spec: string | undefined) => string;

const PLACEHOLDER = /\{(\w+)(?::(\w+))?\}/g;

export function fillTemplate(template: string, args: TemplateArgs, format: ValueFormat = (value) => String(value)): string {
  // One pass over the template: a value that itself contains `{…}` is never filled again.
  return template.replace(PLACEHOLDER, (whole, name: string, spec: string | undefined) =>
    Object.prototype.hasOwnProperty.call(args, name) ? format(args[name]!, spec) : whole,
  );
}
