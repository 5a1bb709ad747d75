/**
 * CSV as RFC 4180 writes it: every field quoted, quotes doubled, CRLF line ends. A field that
 * starts with =, +, - or @ gets a leading apostrophe so spreadsheets show it as text instead of
 * running it as a formula.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  const field = (value: string | number | null | undefined): string => {
    let text = value === null || value === undefined ? '' : String(value);
    if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return `"${text.replace(/"/g, '""')}"`;
  };
  return [header, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}
