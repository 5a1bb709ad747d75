/**
 * The characters that make a spreadsheet read a cell as a formula when it starts with one: OWASP's
 * CSV injection guidance (=, +, -, @, tab, carriage return) and its ASVS requirement 1.2.10, which
 * adds NUL (LibreOffice Calc skips a leading U+0000 and runs the "=1+1" behind it).
 */
export const formulaTriggers = ['=', '+', '-', '@', '\t', '\r', '\0'] as const;

/**
 * CSV as RFC 4180 writes it: every field quoted, quotes doubled, CRLF line ends. A field that
 * starts with one of `formulaTriggers` gets a leading apostrophe so spreadsheets show it as text
 * instead of running it as a formula.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  const field = (value: string | number | null | undefined): string => {
    let text = value === null || value === undefined ? '' : String(value);
    if (formulaTriggers.some((trigger) => text.startsWith(trigger))) text = `'${text}`;
    return `"${text.replace(/"/g, '""')}"`;
  };
  return [header, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}
