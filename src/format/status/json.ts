/** The status as JSON (schemas/status.schema.json), keys in a fixed order. */
import type { StatusFormatter } from './types.js';

export const formatStatusJson: StatusFormatter = (status) => JSON.stringify(status, null, 2) + '\n';
