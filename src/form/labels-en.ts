/**
 * English labels and help for the form (`--lang en`): the schema's titles and descriptions are
 * Dutch. Keyed by pointer template; a template missing here shows its Dutch text, and a test walks
 * the schema so a new field without an English label is noticed.
 */
interface EnglishLabel {
  label: string;
  help?: string;
}

const LABELS: Record<string, EnglishLabel> = {
  '': { label: 'Application', help: 'An application for AZWA doorbraakmiddelen: a filled-in modelplan, submitted by a coalition, a region or (social domain) a municipality.' },
  '/soort': { label: 'Kind of file', help: "Says what this file is: always 'aanvraag'." },
  '/modelplan': { label: 'Modelplan', help: 'The modelplan this application is based on, with id and version.' },
  '/modelplan/id': { label: 'Modelplan id' },
  '/modelplan/versie': { label: 'Modelplan version' },
  '/titel': { label: 'Project title', help: 'A short, recognisable name for this project.' },
  '/thema': { label: 'Theme', help: 'The theme of the modelplan.' },
  '/financieringsroute': { label: 'Funding route', help: 'zvw = through the insurers under the Zorgverzekeringswet; spuk = through a specific grant to municipalities (SPUK AZWA).' },
  '/sector': { label: 'Sector', help: 'The sector of the project; one the modelplan allows.' },
  '/zorgpad': { label: 'Care pathway', help: 'Only when the modelplan has care pathways: the chosen one.' },
  '/aanvrager': { label: 'Applicant', help: 'Who submits the application: a coalition, a region, or in the social domain a municipality.' },
  '/aanvrager/vorm': { label: 'Form', help: 'coalitie = coalition; regio = a single region; gemeente = a municipality (social domain only).' },
  '/aanvrager/naam': { label: 'Name', help: 'The name of the coalition, region or municipality.' },
  '/aanvrager/zorgkantoorregio': { label: 'Care office region', help: 'The care office region where the project mainly runs, e.g. ZK05.' },
  '/aanvrager/leden': { label: 'Members', help: 'The participating parties; exactly one is the lead (penvoerder).' },
  '/aanvrager/leden/*': { label: 'Member', help: 'One participating party.' },
  '/aanvrager/leden/*/naam': { label: 'Name', help: 'The name of the party.' },
  '/aanvrager/leden/*/soort': { label: 'Kind of party', help: 'zorgaanbieder (care provider), gemeente (municipality), zorgverzekeraar (insurer) or overig (other).' },
  '/aanvrager/leden/*/penvoerder': { label: 'Lead party', help: 'Whether this party is the lead (penvoerder).' },
  '/aanvrager/leden/*/agb': { label: 'AGB code', help: 'The AGB code of a care provider: 8 digits.' },
  '/aanvrager/leden/*/kvk': { label: 'KvK number', help: 'The Chamber of Commerce number: 8 digits.' },
  '/aanvrager/leden/*/gemeentecode': { label: 'CBS municipality code', help: 'GM followed by 4 digits, e.g. GM0363 (Amsterdam).' },
  '/aanvrager/leden/*/uzovi': { label: 'UZOVI code', help: 'The UZOVI code of an insurer: 4 digits.' },
  '/contactpersoon': { label: 'Contact person', help: 'Who answers questions about the application.' },
  '/contactpersoon/naam': { label: 'Name', help: 'Name of the contact person.' },
  '/contactpersoon/email': { label: 'E-mail address' },
  '/zorgverzekeraars': { label: 'Insurers', help: 'Zvw route only: the coordinating and the second insurer who assess the application.' },
  '/zorgverzekeraars/coordinerend': { label: 'Coordinating insurer' },
  '/zorgverzekeraars/coordinerend/naam': { label: 'Name' },
  '/zorgverzekeraars/coordinerend/uzovi': { label: 'UZOVI code', help: '4 digits.' },
  '/zorgverzekeraars/tweede': { label: 'Second insurer', help: 'A different one from the coordinating insurer.' },
  '/zorgverzekeraars/tweede/naam': { label: 'Name' },
  '/zorgverzekeraars/tweede/uzovi': { label: 'UZOVI code', help: '4 digits.' },
  '/businesscase': { label: 'Business case', help: 'The substantiated (societal) business case with the labour saved in FTE.' },
  '/businesscase/fte_besparing': { label: 'Labour saved in FTE', help: 'The number of FTE the project demonstrably saves.' },
  '/businesscase/onderbouwing': { label: 'Substantiation', help: 'How the labour saving was calculated and shown.' },
  '/businesscase/maatschappelijke_businesscase': { label: 'Societal business case', help: 'Benefits and costs for society.' },
  '/begroting': { label: 'Budget', help: 'The budget lines; together they are the total requested.' },
  '/begroting/*': { label: 'Budget line', help: 'One cost item in one year.' },
  '/begroting/*/categorie': { label: 'Cost category', help: 'A cost category of the modelplan.' },
  '/begroting/*/omschrijving': { label: 'Description', help: 'What the money is for.' },
  '/begroting/*/jaar': { label: 'Year', help: 'The year in which the money is spent.' },
  '/begroting/*/bedrag': { label: 'Amount', help: 'Whole euros, digits only (e.g. 250000).' },
  '/begroting/*/structureel': { label: 'Structural costs', help: 'Whether this is a recurring cost; doorbraakmiddelen are a one-off investment.' },
  '/randvoorwaarden': { label: 'Preconditions', help: 'For each required precondition of the modelplan: whether it is met and how.' },
  '/randvoorwaarden/*': { label: 'Precondition' },
  '/randvoorwaarden/*/id': { label: 'Precondition' },
  '/randvoorwaarden/*/voldaan': { label: 'Met', help: 'Whether this precondition is met.' },
  '/randvoorwaarden/*/toelichting': { label: 'Explanation', help: 'How the precondition is met.' },
  '/mijlpalen': { label: 'Milestones', help: 'For each required milestone of the modelplan: the planned date and, when money is tied to milestones, the amount.' },
  '/mijlpalen/*': { label: 'Milestone' },
  '/mijlpalen/*/id': { label: 'Milestone' },
  '/mijlpalen/*/datum': { label: 'Planned date', help: 'When the milestone is reached.' },
  '/mijlpalen/*/bedrag': { label: 'Amount at this milestone', help: 'The amount paid when the milestone is reached.' },
  '/mijlpalen/*/omschrijving': { label: 'Description', help: 'What is achieved by this milestone.' },
  '/regionale_invulling': { label: 'Regional elaboration', help: 'Parts the modelplan lets be filled in regionally; a filled-in part leads to additional review.' },
  '/regionale_invulling/*': { label: 'Regional part' },
  '/regionale_invulling/*/id': { label: 'Part' },
  '/regionale_invulling/*/invulling': { label: 'Elaboration', help: 'How the part is filled in regionally.' },
  '/afwijkingen': { label: 'Deviations from the normative frame', help: 'Every deliberate deviation from the modelplan, with a motivation; leads to additional review.' },
  '/afwijkingen/*': { label: 'Deviation' },
  '/afwijkingen/*/onderdeel': { label: 'Part of the normative frame', help: 'kostenverdeling = shares per cost category; doelmatigheid = euros per FTE saved; mijlpaalplanning = milestone dates; fte-besparing = the minimum labour saving.' },
  '/afwijkingen/*/motivering': { label: 'Motivation', help: 'Why the application deviates from the frame.' },
};

export function englishLabel(template: string): EnglishLabel | undefined {
  return LABELS[template];
}

export const ENGLISH_TEMPLATES: readonly string[] = Object.keys(LABELS);
