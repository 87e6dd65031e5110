/**
 * The rule catalogue: a static table, keyed by rule ID. tests/rules/catalogue.test.ts fails when a
 * rule file is not listed here, or a rule lacks its docs, a message in either language, or a test.
 */
import type { RuleCatalogueEntry } from '../report/types.js';
import { compareText } from '../domain/compare.js';
import type { Rule } from './define.js';
import { inhoud } from './inhoud.js';
import { beoordelingAanvraag } from './beoordeling-aanvraag.js';
import { beoordelingBedrag } from './beoordeling-bedrag.js';
import { beoordelingDatum } from './beoordeling-datum.js';
import { beoordelingDubbel } from './beoordeling-dubbel.js';
import { beoordelingReactie } from './beoordeling-reactie.js';
import { beoordelingVerzekeraar } from './beoordeling-verzekeraar.js';
import { registerEchtheid } from './register-echtheid.js';
import { boBesluitBedrag } from './bo-besluit-bedrag.js';
import { boBesluitCijfers } from './bo-besluit-cijfers.js';
import { boBesluitDubbel } from './bo-besluit-dubbel.js';
import { boBesluitRegister } from './bo-besluit-register.js';
import { bevestigingBesluit } from './bevestiging-besluit.js';
import { verantwoordingNza } from './verantwoording-nza.js';
import { verantwoordingDubbel } from './verantwoording-dubbel.js';
import { verantwoordingBedrag } from './verantwoording-bedrag.js';
import { verantwoordingOntvanger } from './verantwoording-ontvanger.js';
import { verantwoordingCategorie } from './verantwoording-categorie.js';
import { verantwoordingJaar } from './verantwoording-jaar.js';
import { verantwoordingMijlpaal } from './verantwoording-mijlpaal.js';
import { verantwoordingAfwijking } from './verantwoording-afwijking.js';
import { verantwoordingFte } from './verantwoording-fte.js';
import { plausibiliteitVerantwoording } from './plausibiliteit-verantwoording.js';
import { plausibiliteitReactie } from './plausibiliteit-reactie.js';
import { plausibiliteitUitkomst } from './plausibiliteit-uitkomst.js';
import { registerGewijzigd } from './register-gewijzigd.js';
import { registerOngeldig } from './register-ongeldig.js';
import { registerOntbreekt } from './register-ontbreekt.js';
import { registerToegevoegd } from './register-toegevoegd.js';
import { andereFinanciering } from './andere-financiering.js';
import { agbDubbel } from './agb-dubbel.js';
import { aanvraagDubbel } from './aanvraag-dubbel.js';
import { ftePlausibel } from './fte-plausibel.js';
import { aandeel2029 } from './aandeel-2029.js';
import { financieringBuitenZvw } from './financiering-buiten-zvw.js';
import { zorgdomein } from './zorgdomein.js';
import { zvwZorgaanbieder } from './zvw-zorgaanbieder.js';
import { begrotingOntvanger } from './begroting-ontvanger.js';
import { aanvragerIdentificatie } from './aanvrager-identificatie.js';
import { aanvragerPenvoerder } from './aanvrager-penvoerder.js';
import { aanvragerRoute } from './aanvrager-route.js';
import { afwijkingZonderGrond } from './afwijking-zonder-grond.js';
import { bedragNotatie } from './bedrag-notatie.js';
import { bestandCodering } from './bestand-codering.js';
import { bestandLeeg } from './bestand-leeg.js';
import { bestandNietOpgeslagen } from './bestand-niet-opgeslagen.js';
import { bestandLimiet } from './bestand-limiet.js';
import { bestandOnleesbaar } from './bestand-onleesbaar.js';
import { bestandTeGroot } from './bestand-te-groot.js';
import { bovengrens } from './bovengrens.js';
import { budgetkaderSom } from './budgetkader-som.js';
import { codeAanhalingstekens } from './code-aanhalingstekens.js';
import { controleAfgebroken } from './controle-afgebroken.js';
import { doelmatigheid } from './doelmatigheid.js';
import { eenmaligeInvestering } from './eenmalige-investering.js';
import { fteBesparing } from './fte-besparing.js';
import { fteMinimum } from './fte-minimum.js';
import { interneFout } from './interne-fout.js';
import { kostencategorie } from './kostencategorie.js';
import { kostencategorieNietFinancierbaar } from './kostencategorie-niet-financierbaar.js';
import { kostenSignaalwoord } from './kosten-signaalwoord.js';
import { kostenPeriode } from './kosten-periode.js';
import { borgingGeborgd } from './borging-geborgd.js';
import { financieringElders } from './financiering-elders.js';
import { afwijkingBeschreven } from './afwijking-beschreven.js';
import { zorgdomeinSignaal } from './zorgdomein-signaal.js';
import { spukOntvanger } from './spuk-ontvanger.js';
import { peiljaar } from './peiljaar.js';
import { projectRegio } from './project-regio.js';
import { kostenverdeling } from './kostenverdeling.js';
import { looptijd } from './looptijd.js';
import { mijlpaalBedragen } from './mijlpaal-bedragen.js';
import { mijlpaalLooptijd } from './mijlpaal-looptijd.js';
import { mijlpaalTermijn } from './mijlpaal-termijn.js';
import { mijlpaalVolgorde } from './mijlpaal-volgorde.js';
import { mijlpalenVerplicht } from './mijlpalen-verplicht.js';
import { modelplanMijlpalen } from './modelplan-mijlpalen.js';
import { modelplanNieuwereVersie } from './modelplan-nieuwere-versie.js';
import { modelplanNormaandelen } from './modelplan-normaandelen.js';
import { modelplanThema } from './modelplan-thema.js';
import { modelplanUniek } from './modelplan-uniek.js';
import { modelplanVerwijzing } from './modelplan-verwijzing.js';
import { randvoorwaarden } from './randvoorwaarden.js';
import { regionaleInvulling } from './regionale-invulling.js';
import { nietIngevuld } from './niet-ingevuld.js';
import { onzichtbaarTeken } from './onzichtbaar-teken.js';
import { schema } from './schema.js';
import { sectorToegestaan } from './sector-toegestaan.js';
import { soortOnbekend } from './soort-onbekend.js';
import { tekstAfgebroken } from './tekst-afgebroken.js';
import { themaRoute } from './thema-route.js';
import { yamlAlias } from './yaml-alias.js';
import { yamlDubbeleSleutel } from './yaml-dubbele-sleutel.js';
import { yamlMeerdereDocumenten } from './yaml-meerdere-documenten.js';
import { yamlOnbekendeTag } from './yaml-onbekende-tag.js';
import { yamlSyntaxis } from './yaml-syntaxis.js';
import { zorgpadKeuze } from './zorgpad-keuze.js';
import { zorgkantoorregio } from './zorgkantoorregio.js';
import { zorgverzekeraarConcern } from './zorgverzekeraar-concern.js';
import { zorgverzekeraars } from './zorgverzekeraars.js';

export const registry = {
  inhoud: inhoud,
  'andere-financiering': andereFinanciering,
  'agb-dubbel': agbDubbel,
  'aanvraag-dubbel': aanvraagDubbel,
  'fte-plausibel': ftePlausibel,
  'aandeel-2029': aandeel2029,
  'financiering-buiten-zvw': financieringBuitenZvw,
  zorgdomein: zorgdomein,
  'zvw-zorgaanbieder': zvwZorgaanbieder,
  'begroting-ontvanger': begrotingOntvanger,
  'aanvrager-identificatie': aanvragerIdentificatie,
  'aanvrager-penvoerder': aanvragerPenvoerder,
  'aanvrager-route': aanvragerRoute,
  'afwijking-zonder-grond': afwijkingZonderGrond,
  'bedrag-notatie': bedragNotatie,
  'bestand-codering': bestandCodering,
  'bestand-leeg': bestandLeeg,
  'bestand-niet-opgeslagen': bestandNietOpgeslagen,
  'bestand-limiet': bestandLimiet,
  'bestand-onleesbaar': bestandOnleesbaar,
  'bestand-te-groot': bestandTeGroot,
  bovengrens: bovengrens,
  'budgetkader-som': budgetkaderSom,
  'code-aanhalingstekens': codeAanhalingstekens,
  'controle-afgebroken': controleAfgebroken,
  doelmatigheid: doelmatigheid,
  'eenmalige-investering': eenmaligeInvestering,
  'fte-besparing': fteBesparing,
  'fte-minimum': fteMinimum,
  'interne-fout': interneFout,
  kostencategorie: kostencategorie,
  'kostencategorie-niet-financierbaar': kostencategorieNietFinancierbaar,
  'kosten-signaalwoord': kostenSignaalwoord,
  'kosten-periode': kostenPeriode,
  'borging-geborgd': borgingGeborgd,
  'financiering-elders': financieringElders,
  'afwijking-beschreven': afwijkingBeschreven,
  'zorgdomein-signaal': zorgdomeinSignaal,
  'spuk-ontvanger': spukOntvanger,
  peiljaar: peiljaar,
  'project-regio': projectRegio,
  kostenverdeling: kostenverdeling,
  looptijd: looptijd,
  'mijlpaal-bedragen': mijlpaalBedragen,
  'mijlpaal-looptijd': mijlpaalLooptijd,
  'mijlpaal-termijn': mijlpaalTermijn,
  'mijlpaal-volgorde': mijlpaalVolgorde,
  'mijlpalen-verplicht': mijlpalenVerplicht,
  'modelplan-mijlpalen': modelplanMijlpalen,
  'modelplan-nieuwere-versie': modelplanNieuwereVersie,
  'modelplan-normaandelen': modelplanNormaandelen,
  'modelplan-thema': modelplanThema,
  'modelplan-uniek': modelplanUniek,
  'modelplan-verwijzing': modelplanVerwijzing,
  'niet-ingevuld': nietIngevuld,
  'onzichtbaar-teken': onzichtbaarTeken,
  randvoorwaarden: randvoorwaarden,
  'regionale-invulling': regionaleInvulling,
  schema: schema,
  'sector-toegestaan': sectorToegestaan,
  'soort-onbekend': soortOnbekend,
  'tekst-afgebroken': tekstAfgebroken,
  'thema-route': themaRoute,
  'yaml-alias': yamlAlias,
  'yaml-dubbele-sleutel': yamlDubbeleSleutel,
  'yaml-meerdere-documenten': yamlMeerdereDocumenten,
  'yaml-onbekende-tag': yamlOnbekendeTag,
  'yaml-syntaxis': yamlSyntaxis,
  'zorgpad-keuze': zorgpadKeuze,
  zorgkantoorregio: zorgkantoorregio,
  'zorgverzekeraar-concern': zorgverzekeraarConcern,
  zorgverzekeraars: zorgverzekeraars,
  'beoordeling-aanvraag': beoordelingAanvraag,
  'beoordeling-bedrag': beoordelingBedrag,
  'beoordeling-datum': beoordelingDatum,
  'beoordeling-dubbel': beoordelingDubbel,
  'beoordeling-reactie': beoordelingReactie,
  'beoordeling-verzekeraar': beoordelingVerzekeraar,
  'bo-besluit-dubbel': boBesluitDubbel,
  'bo-besluit-register': boBesluitRegister,
  'bo-besluit-cijfers': boBesluitCijfers,
  'bo-besluit-bedrag': boBesluitBedrag,
  'bevestiging-besluit': bevestigingBesluit,
  'register-echtheid': registerEchtheid,
  'register-gewijzigd': registerGewijzigd,
  'register-ongeldig': registerOngeldig,
  'register-ontbreekt': registerOntbreekt,
  'register-toegevoegd': registerToegevoegd,
  'verantwoording-nza': verantwoordingNza,
  'verantwoording-dubbel': verantwoordingDubbel,
  'verantwoording-bedrag': verantwoordingBedrag,
  'verantwoording-ontvanger': verantwoordingOntvanger,
  'verantwoording-categorie': verantwoordingCategorie,
  'verantwoording-jaar': verantwoordingJaar,
  'verantwoording-mijlpaal': verantwoordingMijlpaal,
  'verantwoording-afwijking': verantwoordingAfwijking,
  'verantwoording-fte': verantwoordingFte,
  'plausibiliteit-verantwoording': plausibiliteitVerantwoording,
  'plausibiliteit-reactie': plausibiliteitReactie,
  'plausibiliteit-uitkomst': plausibiliteitUitkomst,
} satisfies Record<string, Rule>;

/** A rule's ID, typed from the registry: a misspelt ID is a compile error. */
export type RuleId = keyof typeof registry;

/** The rule catalogue as data, for the report and `modelplan rules`: one place turns the rules into output. */
export function ruleCatalogue(): RuleCatalogueEntry[] {
  return allRules.map((r) => ({ id: r.id, severity: r.severity, scope: r.scope, title: r.title, description: r.docs.description, source: r.docs.source }));
}

/** Every rule, sorted by ID. */
export const allRules: readonly Rule[] = Object.values(registry as Record<string, Rule>).sort((a, b) => compareText(a.id, b.id));

export function findRule(id: string): Rule | undefined {
  return (registry as Record<string, Rule>)[id];
}

