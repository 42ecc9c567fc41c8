// Pasting a whole section from a word processor: blank lines separate paragraphs. Line breaks
// inside a paragraph are kept (they make Markdown lists). When every chunk starts with a
// paragraph number ("4. ", "12) "), as when copying from an earlier paper, the numbers go:
// the app numbers paragraphs itself.
const BLANK_LINE = /\n[ \t\u00a0]*\n/;
const NUMBERING = /^\d{1,3}[.)][ \t\u00a0]+/;

export function splitParagraphs(text: string): string[] {
  const chunks = text
    .replace(/\r\n?/g, "\n")
    .split(BLANK_LINE)
    .map((chunk) => chunk.trim())
    .filter(Boolean);
  if (chunks.length > 1 && chunks.every((chunk) => NUMBERING.test(chunk))) return chunks.map((chunk) => chunk.replace(NUMBERING, ""));
  return chunks;
}

/** Whether pasted text holds more than one paragraph (and so should be split rather than pasted as is). */
export function isSeveralParagraphs(text: string) {
  return splitParagraphs(text).length > 1;
}
