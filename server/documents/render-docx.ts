import "server-only";
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  type ParagraphChild,
} from "docx";
import type { Block, Run, Table as OutlineTable } from "@/lib/documents/paper-outline";
import type { DocumentInput } from "./document-input";

// A4 in twentieths of a point, with 2 cm margins.
const A4 = { width: 11906, height: 16838 };
const MARGIN = 1134;
const FONT = "Arial";
const NUMBER_INDENT = 567; // 1 cm: where the paragraph text starts after its number

const runs = (rs: Run[]): ParagraphChild[] =>
  rs.map((r) =>
    r.link
      ? new ExternalHyperlink({
          link: r.link,
          children: [new TextRun({ text: r.text, bold: r.bold, italics: r.italic, style: "Hyperlink" })],
        })
      : new TextRun({ text: r.text, bold: r.bold, italics: r.italic }),
  );

function table(t: OutlineTable): (Paragraph | Table)[] {
  const row = (cells: string[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: cells.map(
        (text, i) =>
          new TableCell({
            children: [new Paragraph({ children: [new TextRun({ text, bold: header || i === 0, size: 18 })] })],
          }),
      ),
    });
  return [
    new Paragraph({ keepNext: true, spacing: { before: 120, after: 60 }, children: [new TextRun({ text: t.caption, bold: true })] }),
    new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [row(t.header, true), ...t.rows.map((r) => row(r, false))] }),
  ];
}

function block(b: Block, breakNext: boolean): (Paragraph | Table)[] {
  switch (b.kind) {
    case "heading":
      return [
        new Paragraph({
          heading: b.level === 2 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
          pageBreakBefore: breakNext,
          keepNext: true,
          children: [new TextRun({ text: b.text })],
        }),
      ];
    case "paragraph":
      // The number is written out (not Word's automatic numbering), so it survives copying
      // and matches the paper; a hanging indent keeps the text aligned after it.
      return b.lines.map(
        (line, i) =>
          new Paragraph({
            indent: { left: NUMBER_INDENT, hanging: i === 0 ? NUMBER_INDENT : 0 },
            tabStops: [{ type: TabStopType.LEFT, position: NUMBER_INDENT }],
            spacing: { after: 120 },
            children: [...(i === 0 ? [new TextRun({ text: `${b.number}.\t` })] : []), ...runs(line)],
          }),
      );
    case "note":
      return [new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: b.text, italics: true })] })];
    case "table":
      return table(b.table);
    case "pageBreak":
      return [];
  }
}

/**
 * The board paper as a Word document (A4), from the same outline as the PDF: the
 * organisation's name in the header, DRAFT in the header of every page of an unpublished
 * paper, page numbers in the footer, Appendix A starting a new page.
 */
export async function renderDocx({ outline, org, heading, draft, logo, date }: DocumentInput): Promise<Buffer> {
  const { cover } = outline;
  const body: (Paragraph | Table)[] = [
    new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: "AGENDA ITEM", bold: true, size: 24 })] }),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: { after: 240 },
      children: [new TextRun({ text: cover.agendaItem, bold: true, size: 52 })],
    }),
    new Paragraph({ children: [new TextRun({ text: cover.board, bold: true, size: 28 })] }),
    new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ text: cover.date, bold: true, size: 24 })] }),
    ...cover.lines.map(
      ([label, value]) => new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] }),
    ),
  ];
  outline.blocks.forEach((b, i) => body.push(...block(b, outline.blocks[i - 1]?.kind === "pageBreak")));

  const headerChildren: ParagraphChild[] = [
    ...(logo?.type === "image/png"
      ? [new ImageRun({ type: "png", data: logo.bytes, transformation: { width: 60, height: 24 } }), new TextRun("  ")]
      : []),
    new TextRun({ text: org.pcc, color: "505A5F", size: 18 }),
    ...(draft ? [new TextRun({ text: "\tDRAFT – not for publication", bold: true, color: "D4351C", size: 22 })] : []),
  ];
  const doc = new Document({
    creator: "Scorecard",
    lastModifiedBy: "Scorecard",
    title: `${heading}${draft ? " (DRAFT)" : ""}`,
    description: "National Policing Priorities and Police and Crime Plan Scorecard",
    styles: { default: { document: { run: { font: FONT, size: 21 } } } },
    sections: [
      {
        properties: { page: { size: A4, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } },
        headers: {
          default: new Header({
            children: [
              new Paragraph({ tabStops: [{ type: TabStopType.RIGHT, position: A4.width - 2 * MARGIN }], children: headerChildren }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                tabStops: [{ type: TabStopType.RIGHT, position: A4.width - 2 * MARGIN }],
                children: [
                  new TextRun({ text: heading, size: 17, color: "505A5F" }),
                  new TextRun({ children: ["\tPage ", PageNumber.CURRENT, " of ", PageNumber.TOTAL_PAGES], size: 17, color: "505A5F" }),
                ],
              }),
            ],
          }),
        },
        children: body,
      },
    ],
  });
  void date;
  return Packer.toBuffer(doc);
}
