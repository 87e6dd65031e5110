/**
 * How the form presents the application: the steps (one topic each, as in the NL Design System and
 * GOV.UK patterns), which texts are long (a text area), which values are shown as text because the
 * modelplan fixes them, which choices come from the reference lists (zorgkantoorregio's, insurers)
 * or from the document itself (the recipient of a budget line: the members entered). Only pointer
 * templates are named here; the lists themselves are data (modelplannen/referentielijsten.yaml).
 */
import type { Referentielijsten } from '../domain/types.js';
import type { Lang, Localized } from '../report/types.js';
import { allNodes, type FormNode } from './model.js';

export interface FormStep {
  id: string;
  title: string;
  /** The top-level keys of the application this step shows, in order. */
  keys: string[];
}

const STEPS: { id: string; title: Localized; keys: string[] }[] = [
  { id: 'aanvrager', title: { nl: 'Aanvrager en leden', en: 'Applicant and members' }, keys: ['titel', 'zorgpad', 'aanvrager', 'contactpersoon'] },
  { id: 'zorgverzekeraars', title: { nl: 'Zorgverzekeraars', en: 'Health insurers' }, keys: ['zorgverzekeraars'] },
  { id: 'businesscase', title: { nl: 'Businesscase', en: 'Business case' }, keys: ['businesscase', 'inhoud'] },
  { id: 'begroting', title: { nl: 'Begroting', en: 'Budget' }, keys: ['begroting', 'andere_financiering'] },
  { id: 'mijlpalen', title: { nl: 'Mijlpalen', en: 'Milestones' }, keys: ['mijlpalen'] },
  { id: 'randvoorwaarden', title: { nl: 'Randvoorwaarden', en: 'Preconditions' }, keys: ['randvoorwaarden', 'borging', 'regionale_invulling'] },
  { id: 'afwijkingen', title: { nl: 'Afwijkingen', en: 'Deviations' }, keys: ['afwijkingen'] },
];

/** The last step: the whole application read back before saving ("controleer uw aanvraag"). */
export const CHECK_STEP: Localized = { nl: 'Controleer uw aanvraag', en: 'Check your application' };

/** Long texts: a text area. */
const MULTILINE = new Set([
  '/businesscase/onderbouwing',
  '/businesscase/maatschappelijke_businesscase',
  '/inhoud/doelgroep',
  '/begroting/*/omschrijving',
  '/andere_financiering/*/omschrijving',
  '/borging/omschrijving',
  '/borging/structurele_financiering',
  '/randvoorwaarden/*/toelichting',
  '/mijlpalen/*/omschrijving',
  '/regionale_invulling/*/invulling',
  '/afwijkingen/*/motivering',
]);

/** The steps of the form; a top-level field no step names goes to the first step, so none is lost. */
export function formSteps(model: FormNode, lang: Lang): FormStep[] {
  const steps = STEPS.map((s) => ({ id: s.id, title: s.title[lang], keys: [...s.keys] }));
  const named = new Set(steps.flatMap((s) => s.keys));
  for (const child of model.children ?? []) {
    if (child.type !== 'const' && !named.has(child.key) && child.template !== '/modelplan') steps[0]!.keys.push(child.key);
  }
  const present = new Set((model.children ?? []).map((c) => c.key));
  return steps.map((s) => ({ ...s, keys: s.keys.filter((k) => present.has(k)) }));
}

/** Templates the tables name; a test checks each is a field of the schema. */
export const PRESENTED_TEMPLATES: readonly string[] = [...MULTILINE, '/aanvrager/zorgkantoorregio', '/zorgverzekeraars/coordinerend/naam', '/zorgverzekeraars/tweede/naam', '/begroting/*/ontvanger'];

/** The model with its presentation applied (a copy): text areas, choices from the lists and from the members. */
export function applyPresentation(model: FormNode, lists: Referentielijsten | undefined): FormNode {
  const copy = structuredClone(model);
  for (const node of allNodes(copy)) {
    if (node.type === 'text' && MULTILINE.has(node.template)) node.multiline = true;
    if (node.template === '/begroting/*/ontvanger') node.choicesFrom = 'leden';
    if (!lists) continue;
    if (node.template === '/aanvrager/zorgkantoorregio') {
      node.type = 'select';
      node.options = lists.zorgkantoorregios.map((r) => ({ value: r.code, label: r.naam }));
    }
    if (node.template === '/zorgverzekeraars/coordinerend/naam' || node.template === '/zorgverzekeraars/tweede/naam') {
      node.type = 'select';
      node.options = [...lists.zorgverzekeraars].sort((a, b) => a.naam.localeCompare(b.naam, 'nl')).map((z) => ({ value: z.naam, label: z.naam, fill: { uzovi: z.uzovi } }));
    }
  }
  return copy;
}
