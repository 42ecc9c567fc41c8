import "server-only";

/**
 * An uploaded SVG made safe to serve: DOMPurify (with jsdom as its DOM) keeps only SVG
 * elements and attributes on its allow-list, so scripts, event handlers, foreignObject and
 * javascript: links are removed. Null when what remains is not an SVG image. Loaded only when
 * a logo is uploaded: jsdom is large.
 */
export async function sanitiseSvg(text: string): Promise<string | null> {
  const [{ JSDOM }, { default: createDOMPurify }] = await Promise.all([import("jsdom"), import("dompurify")]);
  const { window } = new JSDOM("");
  try {
    const purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
    const clean = purify.sanitize(text, {
      USE_PROFILES: { svg: true, svgFilters: true },
      // External references (images, fonts, stylesheets) are never fetched for a logo.
      FORBID_TAGS: ["image", "style", "use"],
      FORBID_ATTR: ["href", "xlink:href"],
    });
    const trimmed = clean.trim();
    return /^<svg[\s>]/i.test(trimmed) && /<\/svg>$/i.test(trimmed) ? trimmed : null;
  } finally {
    window.close();
  }
}
