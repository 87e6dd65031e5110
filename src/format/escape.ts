/**
 * Text from input files (values, keys, file names) may hold control characters or terminal escape
 * sequences. Before anything reaches a terminal they are shown as visible escapes, so a file can
 * never move the cursor, change colours, rewrite earlier lines or reorder text (bidi controls).
 */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\n\r\t]/g;

export function escapeControl(text: string): string {
  return text.replace(UNSAFE, (ch) => {
    switch (ch) {
      case '\n':
        return '\\n';
      case '\r':
        return '\\r';
      case '\t':
        return '\\t';
      default: {
        const code = ch.codePointAt(0)!;
        return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
      }
    }
  });
}

/** Text in Markdown (a table cell or a line): no control characters, and nothing read as markup or HTML. */
export function markdownCell(text: string): string {
  return escapeControl(text).replace(/[\\|*_`[\]<>#]/g, (ch) => `\\${ch}`);
}
