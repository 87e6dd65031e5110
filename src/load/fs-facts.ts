/** Facts about the file system every loader shares: folders never searched, and what an errno means for a file. */

/** Folders a walk or a glob never enters. */
export const SKIPPED_DIRS: ReadonlySet<string> = new Set(['node_modules', '.git']);

/** folderUnreadable and outsideLink come from walking a directory, never from an errno. */
export type UnreadableReason = 'isDirectory' | 'linkLoop' | 'unreadable' | 'notRegular' | 'folderUnreadable' | 'outsideLink';

/** Why a file could not be read, from the errno of the failed call. */
export function unreadableReason(code: string | undefined): Exclude<UnreadableReason, 'folderUnreadable' | 'outsideLink'> {
  if (code === 'ELOOP') return 'linkLoop';
  if (code === 'EISDIR') return 'isDirectory';
  return 'unreadable';
}
