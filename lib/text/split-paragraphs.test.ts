import { describe, expect, it } from "vitest";
import { isSeveralParagraphs, splitParagraphs } from "./split-paragraphs";

describe("splitParagraphs", () => {
  it("splits on blank lines and trims each paragraph", () => {
    expect(splitParagraphs("First paragraph.\n\nSecond paragraph.\n\n\nThird.")).toEqual([
      "First paragraph.",
      "Second paragraph.",
      "Third.",
    ]);
  });

  it("reads Windows and old Mac line endings from a word processor", () => {
    expect(splitParagraphs("One.\r\n\r\nTwo.\r\rThree.")).toEqual(["One.", "Two.", "Three."]);
  });

  it("counts a line holding only spaces, tabs or non-breaking spaces as blank", () => {
    expect(splitParagraphs("One.\n  \t\nTwo.\n\u00a0\nThree.")).toEqual(["One.", "Two.", "Three."]);
  });

  it("keeps single line breaks inside a paragraph (a list stays a list)", () => {
    expect(splitParagraphs("Activity this quarter:\n- 36 warrants\n- 64 visits\n\nNext.")).toEqual([
      "Activity this quarter:\n- 36 warrants\n- 64 visits",
      "Next.",
    ]);
  });

  it("drops leading and trailing blank lines and empty chunks", () => {
    expect(splitParagraphs("\n\n  One.  \n\n\n\n")).toEqual(["One."]);
    expect(splitParagraphs("   ")).toEqual([]);
    expect(splitParagraphs("")).toEqual([]);
  });

  it("removes the paper's own paragraph numbers when every paragraph has one", () => {
    expect(splitParagraphs("4. The volume of Homicides...\n\n5. A significant proportion...\n\n6) These factors...")).toEqual([
      "The volume of Homicides...",
      "A significant proportion...",
      "These factors...",
    ]);
  });

  it("keeps a number that starts only some paragraphs: it is part of the text", () => {
    expect(splitParagraphs("46 homicides were recorded.\n\n12. Not numbering, only one has it")).toEqual([
      "46 homicides were recorded.",
      "12. Not numbering, only one has it",
    ]);
    expect(splitParagraphs("2021. A year of change.")).toEqual(["2021. A year of change."]);
  });

  it("tells whether a paste holds several paragraphs", () => {
    expect(isSeveralParagraphs("One.\n\nTwo.")).toBe(true);
    expect(isSeveralParagraphs("One line\nand another")).toBe(false);
  });
});
