import { defineRule } from './define.js';

export const bestandOnleesbaar = defineRule({
  id: "bestand-onleesbaar",
  scope: 'pipeline',
  severity: 'error',
  title: { nl: "Bestand kan niet worden gelezen", en: "File cannot be read" },
  docs: {
    description: {
      nl: "Een invoerbestand dat niet gelezen kan worden (geen rechten, verdwenen tijdens de run, een map, een lus van symbolische koppelingen, een pipe), een map die niet te lezen is en een koppeling in een map die naar buiten die map wijst (zonder --follow-links niet gevolgd) komen als bevinding in het rapport; de rest van de batch wordt gewoon gecontroleerd.",
      en: "An input file that cannot be read (no permission, gone during the run, a directory, a symbolic link loop, a pipe), a directory that cannot be read and a link in a directory that points outside it (not followed without --follow-links) appear as a finding in the report; the rest of the batch is still checked.",
    },
    source: "Kwaliteitseis modelplan: elk invoerbestand staat in het rapport",
    example: "# (geen YAML: bijvoorbeeld een bestand zonder leesrechten)",
  },
  messages: {
    unreadable: { nl: "bestand kan niet worden gelezen: {reason}", en: "file cannot be read: {reason}" },
    isDirectory: { nl: "dit is een map, geen bestand", en: "this is a directory, not a file" },
    linkLoop: { nl: "symbolische koppeling vormt een lus", en: "symbolic link forms a loop" },
    notRegular: { nl: "geen gewoon bestand (een pipe, socket of apparaat); niet geopend", en: "not a regular file (a pipe, socket or device); not opened" },
    folderUnreadable: { nl: "map kan niet worden gelezen ({reason}); de bestanden erin zijn niet gecontroleerd", en: "directory cannot be read ({reason}); the files in it were not checked" },
    outsideLink: { nl: "koppeling wijst buiten de gecontroleerde map, naar {reason}; niet gevolgd (zie --follow-links)", en: "link points outside the checked directory, to {reason}; not followed (see --follow-links)" },
  },
});
