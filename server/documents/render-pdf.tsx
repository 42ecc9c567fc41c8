import "server-only";
import path from "node:path";
import type { Block, Outline, Run, Table } from "@/lib/documents/paper-outline";
import type { DocumentInput } from "./document-input";

// @react-pdf/renderer is published as ES modules only, and its own imports resolve only under
// the "import" condition, so it is loaded with import() (a require() of it fails).
type ReactPdf = typeof import("@react-pdf/renderer");

let loaded: Promise<ReactPdf> | undefined;

const FONT_DIR = path.join(process.cwd(), "node_modules", "@fontsource", "noto-sans", "files");
const font = (weight: 400 | 700, style: "normal" | "italic") => ({
  src: path.join(FONT_DIR, `noto-sans-latin-${weight}-${style}.woff`),
  fontWeight: weight,
  fontStyle: style,
});

/** react-pdf, with Noto Sans (shipped by @fontsource/noto-sans) embedded for full Unicode text. */
function reactPdf(): Promise<ReactPdf> {
  loaded ??= import("@react-pdf/renderer").then((R) => {
    R.Font.register({ family: "Noto Sans", fonts: [font(400, "normal"), font(400, "italic"), font(700, "normal"), font(700, "italic")] });
    // Words are never split with hyphens: a figure like "19,018" or a name must read as written.
    R.Font.registerHyphenationCallback((word) => [word]);
    return R;
  });
  loaded.catch(() => (loaded = undefined));
  return loaded;
}

/** Loads react-pdf and its fonts ahead of the first publication, which would otherwise wait a second or two for them. */
export function warmUpPdf() {
  return reactPdf().then(() => undefined);
}

const INK = "#0b0c0c";
const MUTED = "#505a5f";
const DRAFT_RED = "#d4351c";

function Runs({ R, runs }: { R: ReactPdf; runs: Run[] }) {
  return (
    <>
      {runs.map((r, i) =>
        r.link ? (
          <R.Link
            key={i}
            src={r.link}
            style={{ color: "#1d70b8", fontWeight: r.bold ? 700 : 400, fontStyle: r.italic ? "italic" : "normal" }}
          >
            {r.text}
          </R.Link>
        ) : (
          <R.Text key={i} style={{ fontWeight: r.bold ? 700 : 400, fontStyle: r.italic ? "italic" : "normal" }}>
            {r.text}
          </R.Text>
        ),
      )}
    </>
  );
}

// Noto Sans has no arrows: a direction of travel ("↑ Up, worse") gets its arrow drawn.
const ARROWS: Record<string, string> = {
  "↑": "M4 0 L8 5 L5 5 L5 10 L3 10 L3 5 L0 5 Z",
  "↓": "M4 10 L8 5 L5 5 L5 0 L3 0 L3 5 L0 5 Z",
  "→": "M10 4 L5 0 L5 3 L0 3 L0 5 L5 5 L5 8 Z",
};

function PdfTable({ R, table }: { R: ReactPdf; table: Table }) {
  const cell = (text: string, i: number, head: boolean) => {
    const style = { flex: i === 0 ? 2.2 : 1, paddingRight: 4, fontWeight: head || i === 0 ? 700 : 400 } as const;
    const arrow = ARROWS[text.charAt(0)];
    if (!arrow)
      return (
        <R.Text key={i} style={style}>
          {text}
        </R.Text>
      );
    return (
      <R.View key={i} style={{ ...style, flexDirection: "row", alignItems: "flex-start" }}>
        <R.Svg viewBox="0 0 10 10" style={{ width: 7, height: 7, marginTop: 2.5, marginRight: 3 }}>
          <R.Path d={arrow} fill={INK} />
        </R.Svg>
        <R.Text style={{ flex: 1 }}>{text.slice(2)}</R.Text>
      </R.View>
    );
  };
  return (
    // A short table (a measure's figures) stays on one page with its caption; Appendix A may run on.
    <R.View style={{ marginBottom: 10, fontSize: 8.5 }} wrap={table.rows.length > 8}>
      <R.Text style={{ fontWeight: 700, marginBottom: 3, fontSize: 9.5 }}>{table.caption}</R.Text>
      <R.View style={{ flexDirection: "row", borderBottom: `1.5pt solid ${INK}`, paddingBottom: 2 }} fixed={false}>
        {table.header.map((h, i) => cell(h, i, true))}
      </R.View>
      {table.rows.map((row, r) => (
        <R.View key={r} style={{ flexDirection: "row", borderBottom: `0.5pt solid #b1b4b6`, paddingVertical: 2 }} wrap={false}>
          {row.map((c, i) => cell(c, i, false))}
        </R.View>
      ))}
    </R.View>
  );
}

function PdfBlock({ R, block }: { R: ReactPdf; block: Block }) {
  switch (block.kind) {
    case "heading":
      return (
        <R.Text style={{ fontWeight: 700, fontSize: block.level === 2 ? 13 : 11.5, marginTop: 10, marginBottom: 5 }} minPresenceAhead={40}>
          {block.text}
        </R.Text>
      );
    case "paragraph":
      return (
        <R.View style={{ flexDirection: "row", marginBottom: 6 }}>
          <R.Text style={{ width: 26 }}>{`${block.number}.`}</R.Text>
          <R.View style={{ flex: 1 }}>
            {block.lines.map((runs, i) => (
              <R.Text key={i}>
                <Runs R={R} runs={runs} />
              </R.Text>
            ))}
          </R.View>
        </R.View>
      );
    case "note":
      return <R.Text style={{ marginBottom: 6, color: MUTED }}>{block.text}</R.Text>;
    case "table":
      return <PdfTable R={R} table={block.table} />;
    case "pageBreak":
      return <R.View break />;
  }
}

function Cover({ R, outline }: { R: ReactPdf; outline: Outline }) {
  const { cover } = outline;
  return (
    <R.View style={{ marginBottom: 14 }}>
      <R.View style={{ alignItems: "flex-end", marginBottom: 8 }}>
        <R.Text style={{ fontWeight: 700, fontSize: 12 }}>AGENDA ITEM</R.Text>
        <R.Text style={{ fontWeight: 700, fontSize: 26 }}>{cover.agendaItem}</R.Text>
      </R.View>
      <R.Text style={{ fontWeight: 700, fontSize: 14 }}>{cover.board}</R.Text>
      <R.Text style={{ fontWeight: 700, fontSize: 12, marginBottom: 10 }}>{cover.date}</R.Text>
      {cover.lines.map(([label, value]) => (
        <R.Text key={label} style={{ marginBottom: 2 }}>
          <R.Text style={{ fontWeight: 700 }}>{label}: </R.Text>
          {value}
        </R.Text>
      ))}
    </R.View>
  );
}

/**
 * The board paper as an A4 PDF: the organisation's name (and PNG logo) in the header of every
 * page, DRAFT on every page of an unpublished paper, page numbers, the cover block, the
 * numbered paragraphs and figure tables, and Appendix A on a page of its own.
 */
export async function renderPdf({ outline, org, heading, draft, logo, date }: DocumentInput): Promise<Buffer> {
  const R = await reactPdf();
  const doc = (
    <R.Document
      title={`${heading}${draft ? " (DRAFT)" : ""}`}
      author={`${org.force} and ${org.pcc}`}
      subject="National Policing Priorities and Police and Crime Plan Scorecard"
      creator="Scorecard"
      producer="Scorecard"
      language="en-GB"
      // Fixed, so the same paper always makes the same bytes.
      creationDate={date}
      modificationDate={date}
    >
      <R.Page
        size="A4"
        style={{
          fontFamily: "Noto Sans",
          fontSize: 10,
          lineHeight: 1.35,
          color: INK,
          paddingTop: 64,
          paddingBottom: 52,
          paddingHorizontal: 50,
        }}
      >
        <R.View
          fixed
          style={{
            position: "absolute",
            top: 22,
            left: 50,
            right: 50,
            flexDirection: "row",
            alignItems: "center",
            borderBottom: `0.75pt solid ${MUTED}`,
            paddingBottom: 4,
          }}
        >
          {logo?.type === "image/png" && <R.Image src={logo.bytes} style={{ height: 20, marginRight: 8 }} />}
          <R.Text style={{ flex: 1, fontSize: 9, color: MUTED }}>{org.pcc}</R.Text>
          {draft && <R.Text style={{ fontSize: 11, fontWeight: 700, color: DRAFT_RED }}>DRAFT – not for publication</R.Text>}
        </R.View>
        {draft && (
          <R.Text
            fixed
            style={{
              position: "absolute",
              top: 380,
              left: 0,
              right: 0,
              textAlign: "center",
              fontSize: 110,
              fontWeight: 700,
              color: "#f3c3bb",
              opacity: 0.35,
              transform: "rotate(-35deg)",
            }}
          >
            DRAFT
          </R.Text>
        )}
        <R.Text fixed style={{ position: "absolute", top: 808, left: 50, fontSize: 8.5, color: MUTED }}>
          {heading}
        </R.Text>
        <R.Text
          fixed
          style={{ position: "absolute", top: 808, left: 50, right: 50, textAlign: "right", fontSize: 8.5, color: MUTED }}
          render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`}
        />
        <Cover R={R} outline={outline} />
        {outline.blocks.map((block, i) => (
          <PdfBlock key={i} R={R} block={block} />
        ))}
      </R.Page>
    </R.Document>
  );
  return R.renderToBuffer(doc);
}
