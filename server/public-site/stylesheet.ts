import "server-only";
import crypto from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import tailwind from "@tailwindcss/postcss";
import { ASSETS_PREFIX } from "@/lib/public-site/paths";

export type Stylesheet = { path: string; css: Buffer };

// The PostCSS the Tailwind plugin depends on (Next.js brings an older copy of its own).
type PostCss = (plugins: unknown[]) => { process(css: string, options: { from: string }): Promise<{ css: string }> };
const postcss = createRequire(require.resolve("@tailwindcss/postcss"))("postcss") as PostCss;

let compiled: Promise<Stylesheet> | undefined;

/**
 * The site's stylesheet, compiled from app/globals.css by the same Tailwind PostCSS plugin as
 * the Next.js build (so public pages look exactly like today's), minified, and named by a hash
 * of its content so it can be cached forever. Compiled once per process (about 100 ms).
 */
export function siteStylesheet(root = process.cwd()): Promise<Stylesheet> {
  compiled ??= (async () => {
    const from = path.join(root, "app", "globals.css");
    const result = await postcss([tailwind({ base: root, optimize: { minify: true } })]).process(fs.readFileSync(from, "utf8"), { from });
    const css = Buffer.from(result.css);
    const hash = crypto.createHash("sha256").update(css).digest("hex").slice(0, 16);
    return { path: `${ASSETS_PREFIX}site.${hash}.css`, css };
  })();
  compiled.catch(() => (compiled = undefined));
  return compiled;
}
