// The board paper as PDF and Word (issue 13): generated at publication for each published
// edition and served like any stored file; from the intranet, an unpublished edition's paper
// marked DRAFT on every page for the agenda pack.
import { test, expect } from "@playwright/test";
import { ALL_PARAGRAPHS, REFERENCE_MEETING } from "@/prisma/seed-data/reference-paper";
import { buildQuarter } from "./fixtures/quarters";
import { signIn } from "./fixtures/auth";
import { testDb } from "./fixtures/db";
import { docxHeaders, docxText, normalise, pdfText } from "./fixtures/documents";

const PAGE = "/quarters/2021-22-q3";

/**
 * Each of the 70 paragraphs, with its number, in order: the position of each is after the last.
 * For a PDF, hyphens are left out of the comparison: pdftotext joins a line that ends in a
 * hyphen to the next, dropping the hyphen ("quarter -" / "Domestic" reads "quarter Domestic").
 */
function expectParagraphsInOrder(text: string, { pdf = false } = {}) {
  const comparable = (s: string) => (pdf ? normalise(s.replace(/-/g, " ")) : normalise(s));
  const flat = comparable(text);
  let from = 0;
  ALL_PARAGRAPHS.forEach((paragraph, i) => {
    const expected = `${i + 1}. ${comparable(paragraph)}`;
    const at = flat.indexOf(expected, from);
    expect(at, `paragraph ${i + 1} in order: ${expected.slice(0, 80)}…`).toBeGreaterThanOrEqual(from);
    from = at + expected.length;
  });
}

/** The PDF's text without each page's running header and footer, so paragraphs read across page breaks. */
const withoutRunningLines = (text: string) =>
  text
    .split("\n")
    .filter(
      (line) =>
        !/^(West Midlands Police and Crime Commissioner|Page \d+ of \d+|2021\/22 Q3 National Policing Priorities statement)$/.test(
          line.trim(),
        ),
    )
    .join("\n");

function expectCoverBlock(text: string) {
  const flat = normalise(text);
  expect(flat).toContain(`AGENDA ITEM ${REFERENCE_MEETING.agendaItem} ${REFERENCE_MEETING.boardName} 22 February 2022`);
  expect(flat).toContain(`Police and Crime Plan Priority: ${REFERENCE_MEETING.planPriority}`);
  expect(flat).toContain(`Title: ${REFERENCE_MEETING.title}`);
  expect(flat).toContain(`Presented by: ${REFERENCE_MEETING.presenters}`);
  // The cover block comes before paragraph 1.
  expect(flat.indexOf("AGENDA ITEM")).toBeLessThan(flat.indexOf("1. To provide an overview"));
}

test.describe("the published board paper as PDF and Word", () => {
  test("the quarter page links both with their format and size, and they are the stored files", async ({ page, request }) => {
    await page.goto(PAGE);
    const downloads = page.locator("#downloads").locator("..");
    for (const [format, path] of [
      ["PDF", `${PAGE}/board-paper.pdf`],
      ["Word document", `${PAGE}/board-paper.docx`],
    ] as const) {
      const item = downloads.locator("li", { hasText: format });
      await expect(item.getByRole("link", { name: "The board paper" })).toHaveAttribute("href", path);
      const stored = await testDb.publicArtifact.findUniqueOrThrow({ where: { path }, select: { body: true, etag: true } });
      const kb = Math.max(1, Math.round(stored.body.length / 1024));
      await expect(item).toContainText(`(${format}, ${kb} KB)`);
      const response = await request.get(path, { headers: { "Accept-Encoding": "identity" } });
      expect(response.status()).toBe(200);
      expect(response.headers()["etag"]).toBe(stored.etag);
      expect(Buffer.from(await response.body()).equals(Buffer.from(stored.body))).toBe(true);
    }
    await expect(downloads.locator("li", { hasText: "CSV" })).toContainText(/\(CSV, \d+ KB\)/);
    expect((await request.get(`${PAGE}/board-paper.pdf`)).headers()["content-type"]).toBe("application/pdf");
    expect((await request.get(`${PAGE}/editions/1/board-paper.pdf`)).status()).toBe(200);
  });

  test("the PDF is A4 with page numbers, the organisation in the header, the cover block, all 70 paragraphs in order and Appendix A on its own page; no DRAFT", async ({
    request,
  }) => {
    const pdf = Buffer.from(await (await request.get(`${PAGE}/board-paper.pdf`)).body());
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.toString("latin1")).toMatch(/\/MediaBox \[0 0 595\.28\d* 841\.89\d*\]/);
    const text = pdfText(pdf);
    const pages = text.split("\f").filter((p) => p.trim());
    expect(pages.length).toBeGreaterThan(3);
    pages.forEach((p, i) => {
      expect(p, `page ${i + 1}`).toContain("West Midlands Police and Crime Commissioner");
      expect(p, `page ${i + 1}`).toContain(`Page ${i + 1} of ${pages.length}`);
    });
    expect(text).not.toMatch(/DRAFT/i);
    expectCoverBlock(text);
    expectParagraphsInOrder(withoutRunningLines(text), { pdf: true });
    expect(normalise(text)).toContain("National Policing Priorities – West Midlands Police Statement");
    // Appendix A starts its own page, after paragraph 70, with the KPIs.
    const appendix = pages.findIndex((p) => p.includes("Appendix A – Police and Crime Plan KPI Scorecard"));
    expect(appendix).toBeGreaterThan(0);
    expect(normalise(pages[appendix]!).split("West Midlands Police and Crime Commissioner ")[1]!.startsWith("Appendix A")).toBe(true);
    expect(pages[appendix]).toContain("999 calls answered within 10 seconds");
    expect(pages[appendix]).toContain("Green: on target");
    expect(pages.slice(0, appendix).join("")).toContain("70.");
  });

  test("the Word document opens and holds the same: cover block, all 70 paragraphs numbered in order, Appendix A; no DRAFT", async ({
    request,
  }) => {
    const response = await request.get(`${PAGE}/board-paper.docx`);
    expect(response.headers()["content-type"]).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    const docx = Buffer.from(await response.body());
    const text = await docxText(docx);
    expectCoverBlock(text);
    expectParagraphsInOrder(text);
    expect(text).toContain("Appendix A – Police and Crime Plan KPI Scorecard");
    expect(text).toContain("999 calls answered within 10 seconds");
    const headers = await docxHeaders(docx);
    expect(headers.join(" ")).toContain("West Midlands Police and Crime Commissioner");
    expect(`${text} ${headers.join(" ")}`).not.toMatch(/DRAFT/i);
  });
});

test.describe("the draft board paper from the intranet", () => {
  test("an unpublished edition's PDF and Word say DRAFT on every page; a published one's are the public files; nobody signed out gets one", async ({
    page,
    request,
  }) => {
    test.setTimeout(120_000);
    const q = await buildQuarter("pcc-submitted");
    const pdfPath = `${q.path}/board-paper.pdf`;
    const docxPath = `${q.path}/board-paper.docx`;

    // Signed out: sent to sign in, never given the file.
    const anonymous = await request.get(pdfPath, { maxRedirects: 0 });
    expect(anonymous.status()).not.toBe(200);
    expect(anonymous.headers()["content-type"] ?? "").not.toContain("pdf");

    await signIn(page, q.actors.dcc.email);
    await page.goto(q.path);
    await expect(page.getByRole("link", { name: "PDF (marked DRAFT)" })).toHaveAttribute("href", pdfPath);
    await expect(page.getByRole("link", { name: "Word (marked DRAFT)" })).toHaveAttribute("href", docxPath);

    const pdfResponse = await page.request.get(pdfPath);
    expect(pdfResponse.status()).toBe(200);
    expect(pdfResponse.headers()["content-type"]).toBe("application/pdf");
    expect(pdfResponse.headers()["cache-control"]).toBe("private, no-store");
    const text = pdfText(Buffer.from(await pdfResponse.body()));
    const pages = text.split("\f").filter((p) => p.trim());
    expect(pages.length).toBeGreaterThan(0);
    pages.forEach((p, i) => expect(p, `page ${i + 1} is marked`).toContain("DRAFT – not for publication"));
    expect(text).toContain(`Force statement on homicide (${q.marker})`);
    expect(text).toContain(`National Policing Priorities ${q.marker}`);

    const docx = Buffer.from(await (await page.request.get(docxPath)).body());
    const headers = await docxHeaders(docx);
    expect(headers.length).toBeGreaterThan(0);
    for (const header of headers) expect(header).toContain("DRAFT – not for publication");
    expect(await docxText(docx)).toContain(`The PCC on this theme (${q.marker})`);

    // Nothing of the draft reached the public site.
    const slugPath = `/quarters/${q.slug}/board-paper.pdf`;
    expect((await request.get(slugPath)).status()).toBe(404);

    // A published edition's intranet link is the public file.
    await page.goto("/app/submissions/" + (await testDb.submission.findFirstOrThrow({ where: { quarter: { slug: "2021-22-q3" } } })).id);
    await expect(page.getByRole("link", { name: "PDF", exact: true })).toHaveAttribute("href", `${PAGE}/editions/1/board-paper.pdf`);
  });
});
