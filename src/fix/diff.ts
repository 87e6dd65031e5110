/**
 * A unified diff (as `diff -u` writes it) of a text before and after repairs. Most repairs add or
 * remove no line break, so the lines pair up one to one; one that joins lines (a plain text over
 * several lines, written quoted on one) gives one hunk around the lines that differ. Three lines of context; hunks that touch are merged.
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
    // A repair that joins lines (a text over several lines, quoted on one): one hunk around what differs.
    let prefix = 0;
    while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
    let suffix = 0;
    while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
    const from = Math.max(0, prefix - CONTEXT);
    const aTo = Math.min(a.length, a.length - suffix + CONTEXT);
    const bTo = Math.min(b.length, b.length - suffix + CONTEXT);
    let out = header + `@@ -${from + 1},${aTo - from} +${from + 1},${bTo - from} @@\n`;
    for (let i = from; i < prefix; i++) out += ` ${a[i]}\n`;
    for (let i = prefix; i < a.length - suffix; i++) out += `-${a[i]}\n`;
    for (let i = prefix; i < b.length - suffix; i++) out += `+${b[i]}\n`;
    for (let i = a.length - suffix; i < aTo; i++) out += ` ${a[i]}\n`;
    return out;
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
