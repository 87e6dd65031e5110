/**
 * The bounds on one document's structure, so that a small hostile file cannot make the parse stages
 * cost more than linear time (or any memory beyond its size). Each is an option of `check`
 * (`--max-aliases`, `--max-keys`, `--max-nodes`); hitting one is a finding, never an internal error.
 */
export interface ParseLimits {
  /** Alias nodes (`*naam`) in one document. */
  maxAliases: number;
  /** Keys in one mapping. */
  maxKeysPerMapping: number;
  /** Nodes in the document with every alias expanded (a billion-laughs file has few aliases, many nodes). */
  maxNodes: number;
}

/**
 * An application, modelplan or decision has a few hundred nodes and a few dozen keys per mapping;
 * the defaults leave two orders of magnitude of room.
 */
export const DEFAULT_PARSE_LIMITS: ParseLimits = { maxAliases: 100, maxKeysPerMapping: 1_000, maxNodes: 20_000 };
