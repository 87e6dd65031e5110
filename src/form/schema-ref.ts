/**
 * Where the modeline of a new application made in the form points, so it works for a colleague
 * too: a path relative to the file when the schema is inside the same project (the file's nearest
 * folder with `.git` or `package.json`, e.g. `node_modules/modelplan/schemas/`), else the schema's
 * published `$id` (`aanvraag.schema.json`), which an editor resolves beside the file — put it there
 * with `modelplan schema aanvraag -o aanvraag.schema.json`. Never an absolute path of this machine,
 * nor a relative one that climbs out of the project into this machine's installation.
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

export const AANVRAAG_SCHEMA_ID = 'aanvraag.schema.json';

function projectRoot(folder: string): string | undefined {
  for (let dir = folder; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git')) || existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

/** `file`: the application's absolute path; `schemaDir`: the folder of the tool's schemas. */
export function portableSchemaRef(file: string, schemaDir: string): string {
  const folder = dirname(file);
  const root = projectRoot(folder);
  const candidates = root ? [join(root, 'node_modules', 'modelplan', 'schemas'), schemaDir] : [];
  for (const dir of candidates) {
    const schema = join(dir, AANVRAAG_SCHEMA_ID);
    const inProject = !relative(root!, schema).startsWith('..');
    if (inProject && existsSync(schema)) return relative(folder, schema).split(sep).join('/');
  }
  return AANVRAAG_SCHEMA_ID;
}
