import { defineRule } from './define.js';

export const nietIngevuld = defineRule({
  id: 'niet-ingevuld',
  scope: 'pipeline',
  severity: 'error',
  title: { nl: 'Veld nog niet ingevuld', en: 'Field not filled in yet' },
  docs: {
    description: {
      nl: "modelplan init schrijft een skelet met invulplaatsen (<VUL IN: …>). Zolang er nog een staat, is de aanvraag niet af: elke invulplaats is een fout, zodat een onaangeroerd skelet nooit door check komt. Een schemafout op dezelfde plaats wordt dan niet apart gemeld.",
      en: "modelplan init writes a skeleton with placeholders (<FILL IN: …>). While one is left the application is not finished: every placeholder is an error, so an untouched skeleton can never pass check. A schema error at the same place is not reported separately.",
    },
    source: 'Conventie modelplan init',
    example: 'titel: "<VUL IN: korte naam van het project>"',
  },
  messages: {
    placeholder: { nl: '{path}: nog invullen ({hint})', en: '{path}: still to be filled in ({hint})' },
  },
});
