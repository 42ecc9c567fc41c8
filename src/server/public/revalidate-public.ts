import "server-only";
import { revalidatePath } from "next/cache";

/**
 * Publishing, correcting or withdrawing a quarter regenerates its cached public pages on
 * their next request (on-demand ISR), and the archive and feed with them.
 */
export function revalidatePublicQuarter(slug: string) {
  revalidatePath(`/quarters/${slug}`);
  revalidatePath(`/quarters/${slug}/editions/[edition]`, "page");
  revalidatePath("/");
  revalidatePath("/feed.xml");
}
