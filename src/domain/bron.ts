/**
 * A norm's `bron` either names its source (a seed paragraph, a public text) or starts with
 * "aanname" (this tool's own assumption). Where norms are shown (list, init, the form, messages)
 * assumed ones are marked as assumed.
 */
export function isAanname(bron: string): boolean {
  return /^aanname\b/i.test(bron.trim());
}

/** The marker shown after an assumed norm. */
export const AANNAME_LABEL = { nl: '(aanname)', en: '(assumption)' } as const;

/** The same marker inside parentheses already open: `(2027-03-31, aanname)`. */
export const AANNAME_WORD = { nl: 'aanname', en: 'assumption' } as const;
