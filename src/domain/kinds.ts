/** The kinds of document a file says it is (`soort`); each has its own JSON Schema in schemas/. */
export const DOCUMENT_KINDS = ['aanvraag', 'modelplan', 'budgetkader', 'referentielijsten', 'beoordeling', 'verantwoording', 'plausibiliteit'] as const;

export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
