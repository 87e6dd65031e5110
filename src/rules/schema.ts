import { defineRule } from './define.js';

export const schema = defineRule({
  id: "schema",
  scope: 'pipeline',
  severity: 'error',
  title: { nl: "Voldoet niet aan het schema", en: "Does not match the schema" },
  docs: {
    description: {
      nl: "Het bestand wordt getoetst aan het JSON Schema van zijn soort (schemas/aanvraag.schema.json, modelplan.schema.json, budgetkader.schema.json): verplichte velden, typen, bedragen in hele euro's, datums, identificaties (UZOVI, AGB, KvK, CBS-gemeentecode, zorgkantoorregio) en onbekende velden (tikfouten).",
      en: "The file is checked against the JSON Schema of its kind (schemas/aanvraag.schema.json, modelplan.schema.json, budgetkader.schema.json): required fields, types, amounts in whole euros, dates, identifiers (UZOVI, AGB, KvK, CBS municipality code, care office region) and unknown fields (typos).",
    },
    source: "schemas/*.schema.json (JSON Schema 2020-12)",
    example: "begroting:\n  - categorie: implementatie\n    omschrijving: Uitrol\n    jaar: 2027\n    bedrag: \"1.000,50\"",
  },
  messages: {
    required: { nl: "{path}: verplicht veld ontbreekt", en: "{path}: required field is missing" },
    unknownKey: { nl: "{path}: onbekend veld \"{key}\"", en: "{path}: unknown field \"{key}\"" },
    unknownKeySuggestion: { nl: "{path}: onbekend veld \"{key}\"; bedoelde u \"{suggestion}\"?", en: "{path}: unknown field \"{key}\"; did you mean \"{suggestion}\"?" },
    expected: { nl: "{path}: verwacht {expected:expectation}, gevonden {found:value}", en: "{path}: expected {expected:expectation}, found {found:value}" },
    enum: { nl: "{path}: verwacht een van {allowed}, gevonden {found:value}", en: "{path}: expected one of {allowed}, found {found:value}" },
    enumSuggestion: { nl: "{path}: verwacht een van {allowed}, gevonden {found:value}; bedoelde u \"{suggestion}\"?", en: "{path}: expected one of {allowed}, found {found:value}; did you mean \"{suggestion}\"?" },
    tooFewItems: { nl: "{path}: verwacht minstens {limit} item(s), gevonden {count}", en: "{path}: expected at least {limit} item(s), found {count}" },
    tooManyItems: { nl: "{path}: verwacht hooguit {limit} items, gevonden {count}", en: "{path}: expected at most {limit} items, found {count}" },
    duplicateItem: { nl: "{path}: waarde staat dubbel (posities {i} en {j})", en: "{path}: duplicate value (positions {i} and {j})" },
    tooLong: { nl: "{path}: tekst is langer dan {limit} tekens", en: "{path}: text is longer than {limit} characters" },
    other: { nl: "{path}: {detail}", en: "{path}: {detail}" },
  },
});
