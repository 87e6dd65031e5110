/** The one Ajv configuration, shared by run-time compilation and the ahead-of-time build. */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { schemaText, SCHEMA_FILES } from './schema-files.js';

// ajv-formats ships CommonJS; under NodeNext its default export is the module object.
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

export function createAjv(options: { forStandalone?: boolean } = {}): Ajv2020 {
  // verbose: errors carry their schema node, where our readable expectation (x-verwacht) lives.
  const ajv = new Ajv2020({ strict: true, allErrors: true, verbose: true, ...(options.forStandalone ? { code: { source: true, esm: true } } : {}) });
  addFormats(ajv);
  ajv.addKeyword({ keyword: 'x-verwacht', schemaType: 'object' });
  ajv.addKeyword({ keyword: 'x-versie', schemaType: 'string' });
  for (const name of SCHEMA_FILES) ajv.addSchema(JSON.parse(schemaText(name)) as object, `${name}.schema.json`);
  return ajv;
}
