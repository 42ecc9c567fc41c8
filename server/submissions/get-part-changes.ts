import "server-only";
import { db, type Db, type Tx } from "@/server/db";
import { assertCan, type Actor } from "@/lib/permissions";
import { diffPart } from "@/lib/diff/part-diff";
import type { ForceContent, PccContent } from "@/lib/workflow/snapshot";
import type { ApprovedPart } from "@/lib/workflow/stages";
import { loadPartContent } from "./load-part-content";

type Client = Tx | Db;

export const SINCE_LABELS = {
  return: "since it was last returned",
  approval: "since it was last approved",
  submission: "since it was last submitted",
  edition: "since the previous edition",
} as const;
export type Since = keyof typeof SINCE_LABELS;

const EVENT: Record<Exclude<Since, "edition">, "RETURNED" | "APPROVED" | "SUBMITTED"> = {
  return: "RETURNED",
  approval: "APPROVED",
  submission: "SUBMITTED",
};

/** The published edition this one corrects, if any. */
async function previousEdition(client: Client, submissionId: string) {
  const s = await client.submission.findUniqueOrThrow({ where: { id: submissionId }, select: { quarterId: true, edition: true } });
  return client.submission.findFirst({
    where: { quarterId: s.quarterId, edition: { lt: s.edition }, stage: { in: ["PUBLISHED", "SUPERSEDED"] } },
    orderBy: { edition: "desc" },
    select: { id: true, edition: true },
  });
}

/** Which "what changed since" views a part has: the baselines that exist, most useful first. */
export async function changeBaselines(client: Client, submissionId: string, part: ApprovedPart) {
  const [snapshots, previous] = await Promise.all([
    client.partSnapshot.findMany({ where: { submissionId, part }, select: { event: true }, distinct: ["event"] }),
    previousEdition(client, submissionId),
  ]);
  const has = new Set(snapshots.map((s) => s.event));
  const out: Since[] = [];
  if (has.has("RETURNED")) out.push("return");
  if (has.has("APPROVED")) out.push("approval");
  if (previous) out.push("edition");
  return out;
}

/**
 * What changed in a part since a baseline: its last return, approval or submission (from the
 * snapshot kept then), the previous edition, or a particular snapshot (from the history).
 */
export async function getPartChanges(actor: Actor, submissionId: string, part: ApprovedPart, since: string) {
  assertCan(actor, "submission:view");
  const exists = await db.submission.findUnique({ where: { id: submissionId }, select: { id: true } });
  if (!exists) return null;
  let before: ForceContent | PccContent | null = null;
  let label = "";
  let at: Date | null = null;
  if (since === "edition") {
    const previous = await previousEdition(db, submissionId);
    if (previous) {
      before = await loadPartContent(db, previous.id, part);
      label = `since edition ${previous.edition}`;
    }
  } else {
    const snapshot = await db.partSnapshot.findFirst({
      where: since in EVENT ? { submissionId, part, event: EVENT[since as keyof typeof EVENT] } : { submissionId, part, id: since },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { content: true, event: true, createdAt: true },
    });
    if (snapshot) {
      before = JSON.parse(snapshot.content) as ForceContent | PccContent;
      label = `since it was ${snapshot.event.toLowerCase()}`;
      at = snapshot.createdAt;
    }
  }
  if (!before) return { found: false as const, label: SINCE_LABELS[since as Since] ?? "since then" };
  const after = await loadPartContent(db, submissionId, part);
  return { found: true as const, label, at, diff: diffPart(before, after) };
}
