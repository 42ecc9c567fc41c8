import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { ParagraphText } from "./paragraph-text";

const html = (text: string) => renderToStaticMarkup(<ParagraphText text={text} />);

describe("paragraph Markdown subset, sanitised", () => {
  it("renders emphasis, lists and safe links", () => {
    expect(html("A *key* point and **strong** words")).toBe(
      '<p class="mb-2 last:mb-0">A <em>key</em> point and <strong>strong</strong> words</p>',
    );
    expect(html("- one\n- two")).toContain("<li>one</li>");
    expect(html("[report](https://www.example.org/r)")).toContain('<a href="https://www.example.org/r" rel="nofollow noopener">report</a>');
  });

  it("never passes raw HTML through", () => {
    const out = html('Hello <script>alert("x")</script> <img src=x onerror=alert(1)> world');
    expect(out).not.toContain("<script");
    expect(out).not.toContain("<img");
    expect(out).not.toContain("onerror");
  });

  it("drops unsafe link targets", () => {
    const out = html("[click](javascript:alert(1))");
    expect(out).not.toContain("javascript:");
    expect(out).toContain("click");
  });

  it("unwraps elements outside the subset to their text (headings, images, code)", () => {
    const out = html("# Heading\n\n![alt](https://x/y.png) `code`");
    expect(out).not.toMatch(/<h1|<img|<code/);
    expect(out).toContain("Heading");
  });

  it("leaves the paper's plain text as it is", () => {
    expect(html("Volumes from January 2021 to December 2021 saw 46 homicides, a 12% reduction")).toBe(
      '<p class="mb-2 last:mb-0">Volumes from January 2021 to December 2021 saw 46 homicides, a 12% reduction</p>',
    );
  });
});
