import "server-only";
import { after } from "next/server";
import { revalidatePath } from "next/cache";

/**
 * Publishing, correcting or withdrawing a quarter invalidates its cached public pages, then,
 * once the response has gone, requests the quarter page so it is regenerated at publication
 * rather than by the first member of the public to ask for it. (The archive, feed and data
 * files are rendered per request, so they need no invalidation.)
 */
export function revalidatePublicQuarter(slug: string) {
  revalidatePath(`/quarters/${slug}`);
  // Edition pages are tagged by their route, route group included; a path mixing the slug
  // with the [edition] pattern matches no tag, and a withdrawn edition would stay public.
  revalidatePath("/(public)/quarters/[slug]/editions/[edition]", "page");
  const base = process.env.NEXTAUTH_URL;
  if (base)
    after(() =>
      fetch(new URL(`/quarters/${slug}`, base))
        .then((r) => r.arrayBuffer())
        .catch(() => undefined),
    );
}
