/** The kinds of document a file says it is (`soort`); each has its own JSON Schema in schemas/. */
export const DOCUMENT_KINDS = ['aanvraag', 'modelplan', 'budgetkader', 'referentielijsten', 'beoordeling', 'verantwoording', 'plausibiliteit', 'bo-besluit', 'bevestiging'] as const;

export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Kinds that come after the one submission moment: never part of its register, never "added" to it. */
export const AFTER_SUBMISSION_KINDS: readonly DocumentKind[] = ['beoordeling', 'bo-besluit', 'bevestiging', 'verantwoording', 'plausibiliteit'];

/** The round's own documents after the submission, checked together with the decision files (src/engine/set.ts steps 4–4c). */
export const ROUND_KINDS: readonly DocumentKind[] = ['beoordeling', 'bo-besluit', 'bevestiging'];

export const isAfterSubmission = (kind: DocumentKind | null): boolean => kind !== null && AFTER_SUBMISSION_KINDS.includes(kind);
