/**
 * A document as the Word downloads write it: a title and a run of blocks. Pure data, so the
 * mappers from the tools' documents are plain functions with unit tests; src/lib/documents/docxFile.ts
 * turns it into a .docx file. In every text, "\n" starts a new line within the same paragraph or
 * list item (a duty's lettered sub-items, a purpose typed over several lines).
 */

export type WordBlock =
  /** Word's Heading 1, 2 or 3 style, under the document's Title. */
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string; bold?: boolean }
  /** A Word numbered list (1., 2., …, starting again at 1 for each list) or a bulleted one. */
  | { kind: 'list'; numbered: boolean; items: string[] }
  | WordTable
  /** Whatever follows starts on a new page (each panel member's score sheet, for one). */
  | { kind: 'pageBreak' };

export interface WordTable {
  kind: 'table';
  /** Said in bold just above the table (kept on the same page), naming what it holds. */
  caption: string;
  /** The header row, repeated at the top of every page the table runs onto. */
  header: string[];
  rows: string[][];
  /** Whether each row's first cell names the row (bold, as a row header). */
  rowHeaders: boolean;
  /** Relative column widths; equal columns when absent. */
  widths?: number[];
}

export interface WordDocument {
  /** Shown first, in Word's Title style, and kept as the file's title. */
  title: string;
  blocks: WordBlock[];
}

export const heading = (level: 1 | 2 | 3, text: string): WordBlock => ({ kind: 'heading', level, text });

export const paragraph = (text: string, bold = false): WordBlock =>
  bold ? { kind: 'paragraph', text, bold } : { kind: 'paragraph', text };

/** A paragraph when there is text, nothing otherwise: for optional parts of a document. */
export const paragraphIf = (text: string | null | undefined): WordBlock[] => (text?.trim() ? [paragraph(text.trim())] : []);

/** A list, or a paragraph saying `none` when there is nothing to list (Word would show an empty list as nothing at all). */
export function list(items: readonly string[], numbered: boolean, none = 'None listed.'): WordBlock[] {
  const shown = items.map((item) => item.trim()).filter((item) => item !== '');
  return shown.length === 0 ? [paragraph(none)] : [{ kind: 'list', numbered, items: shown }];
}

export const pageBreak: WordBlock = { kind: 'pageBreak' };

/** A heading with what goes under it. */
export const section = (level: 1 | 2 | 3, title: string, ...content: WordBlock[][]): WordBlock[] => [
  heading(level, title),
  ...content.flat(),
];
