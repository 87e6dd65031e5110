/** A small RFC 4180 reader for the tests: quoted fields, doubled quotes, CRLF. */
export function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === separator) {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field !== '' || row.length > 0) throw new Error('CSV does not end with CRLF');
  return rows;
}

/** The rows as objects keyed by the header. */
export function csvObjects(text: string, separator: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text, separator);
  return rows.map((cells) => {
    if (cells.length !== header!.length) throw new Error(`row has ${cells.length} fields, header ${header!.length}`);
    return Object.fromEntries(header!.map((h, i) => [h, cells[i]!]));
  });
}
