import {
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
  type ISectionOptions,
} from 'docx';
import type { WordBlock, WordDocument, WordTable } from './wordDocument';

/**
 * Writes a document model as a .docx file with the docx library. This module is the only one that
 * imports docx (about a megabyte unminified), and the islands import it only when a person asks
 * for a file, so no page loads it before then.
 */

/** A4 in twentieths of a point (twips), with 2 cm margins all round. */
export const pageSetup = { width: 11906, height: 16838, margin: 1134 } as const;

/** Arial 11, what most schools' own documents use; sizes in half-points. */
export const fontSetup = { font: 'Arial', bodySize: 22, headingSizes: { title: 36, 1: 30, 2: 26, 3: 22 } } as const;

const headingLevels = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
const numberedList = 'numbered-list';
const bulletedList = 'bulleted-list';

/** The text with each "\n" as a line break within the paragraph. */
function runs(text: string, strong = false): TextRun[] {
  return text.split('\n').map((line, index) => {
    const run: IRunOptions = { text: line, bold: strong };
    return new TextRun(index > 0 ? { ...run, break: 1 } : run);
  });
}

function table(block: WordTable, newPage: boolean): (Paragraph | Table)[] {
  const columns = block.header.length;
  const weights = block.widths?.length === columns ? block.widths : Array.from({ length: columns }, () => 1);
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const textWidth = pageSetup.width - 2 * pageSetup.margin;
  const columnWidths = weights.map((weight) => Math.floor((textWidth * weight) / total));
  const cell = (text: string, column: number, bold: boolean) =>
    new TableCell({
      width: { size: columnWidths[column] ?? 0, type: WidthType.DXA },
      children: [new Paragraph({ children: runs(text, bold) })],
    });
  return [
    new Paragraph({ keepNext: true, pageBreakBefore: newPage, children: runs(block.caption, true) }),
    new Table({
      width: { size: textWidth, type: WidthType.DXA },
      columnWidths,
      rows: [
        new TableRow({ tableHeader: true, cantSplit: true, children: block.header.map((text, column) => cell(text, column, true)) }),
        ...block.rows.map(
          (row) =>
            new TableRow({
              cantSplit: true,
              children: block.header.map((_, column) => cell(row[column] ?? '', column, block.rowHeaders && column === 0)),
            }),
        ),
      ],
    }),
  ];
}

/** A block as Word paragraphs and tables; `newPage` starts it on a new page. */
function blockContent(
  block: Exclude<WordBlock, { kind: 'pageBreak' }>,
  newPage: boolean,
  listInstance: () => number,
): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ heading: headingLevels[block.level], keepNext: true, pageBreakBefore: newPage, children: runs(block.text) })];
    case 'paragraph':
      return [new Paragraph({ pageBreakBefore: newPage, children: runs(block.text, block.bold) })];
    case 'list': {
      const instance = listInstance();
      return block.items.map(
        (item, index) =>
          new Paragraph({
            numbering: { reference: block.numbered ? numberedList : bulletedList, level: 0, instance },
            pageBreakBefore: newPage && index === 0,
            children: runs(item),
          }),
      );
    }
    case 'table':
      return table(block, newPage);
  }
}

/**
 * Every block in order. A page break is written as "page break before" on what follows it, as
 * Word's own "Page break before" setting does, rather than as a break character, which would
 * leave an empty line at the top of the new page.
 */
function content(blocks: readonly WordBlock[]): (Paragraph | Table)[] {
  let lists = 0;
  let newPage = false;
  return blocks.flatMap((block) => {
    if (block.kind === 'pageBreak') {
      newPage = true;
      return [];
    }
    const written = blockContent(block, newPage, () => ++lists);
    newPage = false;
    return written;
  });
}

const listLevel = (format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string) => ({
  level: 0,
  format,
  text,
  style: { paragraph: { indent: { left: 720, hanging: 360 } } },
});

const headingStyle = (size: number) => ({
  run: { font: fontSetup.font, size, bold: true, color: '000000' },
  paragraph: { spacing: { before: 240, after: 120 } },
});

/** The document as a Word file's bytes. */
export async function wordFile(model: WordDocument): Promise<Uint8Array<ArrayBuffer>> {
  const section: ISectionOptions = {
    properties: { page: { size: { width: pageSetup.width, height: pageSetup.height }, margin: marginAllRound(pageSetup.margin) } },
    children: [new Paragraph({ heading: HeadingLevel.TITLE, children: runs(model.title) }), ...content(model.blocks)],
  };
  const document = new Document({
    title: model.title,
    creator: 'Pathways',
    styles: {
      default: {
        document: { run: { font: fontSetup.font, size: fontSetup.bodySize }, paragraph: { spacing: { after: 120 } } },
        title: headingStyle(fontSetup.headingSizes.title),
        heading1: headingStyle(fontSetup.headingSizes[1]),
        heading2: headingStyle(fontSetup.headingSizes[2]),
        heading3: headingStyle(fontSetup.headingSizes[3]),
      },
    },
    numbering: {
      config: [
        { reference: numberedList, levels: [listLevel(LevelFormat.DECIMAL, '%1.')] },
        { reference: bulletedList, levels: [listLevel(LevelFormat.BULLET, '•')] },
      ],
    },
    sections: [section],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

function marginAllRound(twips: number) {
  return { top: twips, right: twips, bottom: twips, left: twips };
}
