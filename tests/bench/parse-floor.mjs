/**
 * The floor under any YAML validator: read every file below a directory and parse it, nothing
 * else. `node tests/bench/parse-floor.mjs yaml|js-yaml DIR`
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsYaml from 'js-yaml';
import { parse } from 'yaml';

const [parser, dir] = process.argv.slice(2);
const parseText = parser === 'js-yaml' ? (text) => jsYaml.load(text) : (text) => parse(text);
let files = 0;
for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.yaml')) continue;
  parseText(readFileSync(join(entry.parentPath, entry.name), 'utf8'));
  files++;
}
console.log(`${files} files parsed with ${parser}`);
