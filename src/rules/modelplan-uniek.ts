import { defineRule } from './define.js';

export const modelplanUniek = defineRule({
  id: 'modelplan-uniek',
  scope: 'modelplannen',
  severity: 'error',
  title: { nl: 'Modelplan-id en -versie niet uniek', en: 'Modelplan id and version not unique' },
  docs: {
    description: {
      nl: 'Een aanvraag wijst haar modelplan aan met id en versie. Staan twee bestanden met dezelfde id en versie naast elkaar, dan is niet te zeggen welk kader geldt.',
      en: 'An application points at its modelplan by id and version. If two files share the same id and version, it is unclear which frame applies.',
    },
    source: 'Conventie modelplan: id + versie wijzen precies één modelplan aan',
    example: '# modelplannen/a.yaml en modelplannen/b.yaml, allebei:\nid: valpreventie\nversie: 1.0.0',
  },
  messages: {
    duplicate: { nl: 'modelplan "{id}" versie {versie} staat ook in {ander}', en: 'modelplan "{id}" version {versie} is also in {ander}' },
  },
  check({ files }) {
    const byKey = new Map<string, string[]>();
    for (const { file, modelplan } of files) {
      const key = `${modelplan.id}@${modelplan.versie}`;
      byKey.set(key, [...(byKey.get(key) ?? []), file]);
    }
    return files.flatMap(({ file, modelplan }) => {
      const others = byKey.get(`${modelplan.id}@${modelplan.versie}`)!.filter((f) => f !== file);
      return others.length === 0 ? [] : [{ file, pointer: '/versie', messageId: 'duplicate' as const, args: { id: modelplan.id, versie: modelplan.versie, ander: others.join(', ') } }];
    });
  },
});
