import { createHash } from "node:crypto";
import stringify from "safe-stable-stringify";

// An approval stores the hash of exactly the content approved. The content is put in a
// canonical form (safe-stable-stringify sorts object keys, so field order never matters)
// and hashed with SHA-256. Database ids that differ between editions are left out, so an
// unchanged part of a new edition hashes the same and keeps its approval.

export type FigureContent = {
  indicatorId: string;
  measureKey: string;
  measureName: string;
  name: string;
  unit: string;
  betterWhen: string;
  baselineLabel: string;
  /** Months as "YYYY-MM" (see lib/periods/months). */
  baselineStart: string | null;
  baselineEnd: string | null;
  baselineValue: number | null;
  source: string;
  latestValue: number | null;
  periodStart: string | null;
  periodEnd: string | null;
  periodNote: string | null;
  comparisonLabel: string | null;
  comparisonValue: number | null;
  noLocalData: boolean;
  noDataReason: string | null;
  proxyUsed: string | null;
};

export type KpiContent = {
  kpiId: string;
  name: string;
  unit: string;
  betterWhen: string;
  target: number;
  greenThreshold: number;
  amberThreshold: number;
  actual: number | null;
  periodStart: string | null;
  periodEnd: string | null;
  note: string | null;
};

export type SectionContent = { kind: string; measureKey: string | null; heading: string; covers: string[]; paragraphs: string[] };

export type ForceContent = { figures: FigureContent[]; kpis: KpiContent[]; sections: SectionContent[] };
export type PccContent = { sections: SectionContent[]; notApplicable: { measureKey: string; reason: string }[] };

/** The canonical JSON of a part's content: what is hashed, and what a snapshot stores. */
export function canonicalContent(content: ForceContent | PccContent | Record<string, unknown>): string {
  return stringify(content) ?? "";
}

export function hashCanonical(canonical: string): string {
  return createHash("sha256").update(canonical).digest("hex");
}

export function hashContent(content: ForceContent | PccContent | Record<string, unknown>): string {
  return hashCanonical(canonicalContent(content));
}

export type ApprovalRecord = { contentHash: string; voidedAt: Date | null; forceHash?: string | null };

/**
 * An approval counts only while it is not voided and still matches the current content. The
 * PCC's approval also answers a particular force part: pass the current force hash and it must
 * match the one the PCC approved against.
 */
export function approvalIsValid(approval: ApprovalRecord | null | undefined, currentHash: string, currentForceHash?: string) {
  if (!approval || approval.voidedAt != null || approval.contentHash !== currentHash) return false;
  return currentForceHash === undefined || approval.forceHash === currentForceHash;
}
