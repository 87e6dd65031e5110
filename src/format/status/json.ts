/** The status as JSON (schemas/status.schema.json), keys in a fixed order; the assessed totals' amounts as exact integers. */
import { assessedJson, toJsonText } from '../budget/json.js';
import type { StatusFormatter } from './types.js';

export const formatStatusJson: StatusFormatter = (status) => toJsonText(status.beoordeeld ? { ...status, beoordeeld: assessedJson(status.beoordeeld) } : status) + '\n';
