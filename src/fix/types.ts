/** What `check --fix` did per file: data for the run's result and the fix formatter alike. */
import type { Finding } from '../report/types.js';
import type { SaveRefusal } from '../write.js';

/** One repair as it was applied: the finding it answers (with its place before the repair), old and new text. */
export interface AppliedFix {
  finding: Finding;
  before: string;
  after: string;
}

export interface FileFixes {
  file: string;
  applied: AppliedFix[];
  /** Set when the file was left alone although it had findings with repairs. */
  untouched?: 'unparseable';
  /** The unified diff of the repairs (empty when nothing changed). */
  diff: string;
  written: boolean;
  /** Set when the repairs could not be saved (the file changed meanwhile, is read-only, …): it stays as it was. */
  notSaved?: SaveRefusal;
}
