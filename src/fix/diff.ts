/**
 * A unified diff (as `diff -u` writes it) of a text before and after repairs. Repairs never add or
 * remove a line break, so the lines pair up one to one; should the counts ever differ, the whole
 * text is one hunk. Three lines of context; hunks that touch are merged.
 */
const CONTEXT = 3;

function lines(text: string): string[] {
  const split = text.split('\n');
  if (split.at(-1) === '') split.pop();
  return split;
}

export function unifiedDiff(before: string, after: string, oldName: string, newName: string): string {
  if (before === after) return '';
  const a = lines(before);
  const b = lines(after);
  const header = `--- ${oldName}\n+++ ${newName}\n`;
  if (a.length !== b.length) {
    return header + `@@ -1,${a.length} +1,${b.length} @@\n` + a.map((l) => `-${l}\n`).join('') + b.map((l) => `+${l}\n`).join('');
  }
  const changed: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) changed.push(i);
  // Group changed lines whose contexts touch.
  const hunks: { from: number; to: number }[] = [];
  for (const i of changed) {
    const from = Math.max(0, i - CONTEXT);
    const to = Math.min(a.length - 1, i + CONTEXT);
    const last = hunks.at(-1);
    if (last && from <= last.to + 1) last.to = to;
    else hunks.push({ from, to });
  }
  let out = header;
  for (const { from, to } of hunks) {
    const count = to - from + 1;
    out += `@@ -${from + 1},${count} +${from + 1},${count} @@\n`;
    for (let i = from; i <= to; i++) {
      if (a[i] === b[i]) out += ` ${a[i]}\n`;
      else out += `-${a[i]}\n+${b[i]}\n`;
    }
  }
  return out;
}
