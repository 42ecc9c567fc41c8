// A paragraph's Markdown subset (emphasis, lists, links: see components/statement/
// paragraph-text.tsx) as lines of styled text runs, for the PDF and Word documents. Parsed by
// mdast-util-from-markdown, the parser behind react-markdown, so both read the text alike;
// raw HTML and anything outside the subset are kept as plain text.
import { fromMarkdown } from "mdast-util-from-markdown";
import type { Nodes, RootContent } from "mdast";

export type Run = { text: string; bold?: boolean; italic?: boolean; link?: string };

const SAFE_LINK = /^(https?:|mailto:)/i;

function inline(node: Nodes, style: Omit<Run, "text">, out: Run[]) {
  switch (node.type) {
    case "text":
    case "inlineCode":
    case "html":
      // A soft line break inside a paragraph reads as a space, as it does on the web page.
      out.push({ text: node.value.replace(/\s*\n\s*/g, " "), ...style });
      return;
    case "break":
      out.push({ text: "\n", ...style });
      return;
    case "strong":
      for (const c of node.children) inline(c, { ...style, bold: true }, out);
      return;
    case "emphasis":
      for (const c of node.children) inline(c, { ...style, italic: true }, out);
      return;
    case "link":
      for (const c of node.children) inline(c, SAFE_LINK.test(node.url) ? { ...style, link: node.url } : style, out);
      return;
    default:
      if ("children" in node) for (const c of node.children as Nodes[]) inline(c, style, out);
      else if ("value" in node) out.push({ text: String(node.value), ...style });
  }
}

function block(node: RootContent, prefix: string, lines: Run[][]) {
  if (node.type === "list") {
    node.children.forEach((item, i) => {
      const marker = node.ordered ? `${(node.start ?? 1) + i}. ` : "• ";
      item.children.forEach((child, j) => block(child, j === 0 ? `${prefix}${marker}` : prefix, lines));
    });
    return;
  }
  const runs: Run[] = prefix ? [{ text: prefix }] : [];
  inline(node, {}, runs);
  lines.push(runs);
}

/** One array of runs per line (a paragraph, or a list item); adjacent runs of one style merged. */
export function markdownRuns(text: string): Run[][] {
  const lines: Run[][] = [];
  for (const node of fromMarkdown(text).children) block(node, "", lines);
  return lines.map((runs) =>
    runs.reduce<Run[]>((merged, r) => {
      const last = merged.at(-1);
      if (last && last.bold === r.bold && last.italic === r.italic && last.link === r.link) last.text += r.text;
      else merged.push({ ...r });
      return merged;
    }, []),
  );
}
