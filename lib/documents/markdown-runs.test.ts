import { describe, expect, it } from "vitest";
import { markdownRuns } from "./markdown-runs";

describe("a paragraph's Markdown as styled runs for the documents", () => {
  it("keeps plain text as one run, soft line breaks as spaces", () => {
    expect(markdownRuns("Volumes from January 2021\nsaw 46 homicides - a 12% reduction")).toEqual([
      [{ text: "Volumes from January 2021 saw 46 homicides - a 12% reduction" }],
    ]);
  });

  it("marks emphasis and safe links, and drops unsafe link targets", () => {
    expect(markdownRuns("A *key* point, **strong** words and [a report](https://example.org/r) [bad](javascript:alert(1))")).toEqual([
      [
        { text: "A " },
        { text: "key", italic: true },
        { text: " point, " },
        { text: "strong", bold: true },
        { text: " words and " },
        { text: "a report", link: "https://example.org/r" },
        { text: " bad" },
      ],
    ]);
  });

  it("puts each list item on a line of its own with its marker, and keeps raw HTML as text", () => {
    expect(markdownRuns("Actions:\n\n- one\n- two <b>x</b>")).toEqual([
      [{ text: "Actions:" }],
      [{ text: "• one" }],
      [{ text: "• two <b>x</b>" }],
    ]);
    expect(markdownRuns("3. third\n4. fourth")).toEqual([[{ text: "3. third" }], [{ text: "4. fourth" }]]);
  });
});
