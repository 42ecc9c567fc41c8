import type { Unit } from "@/generated/prisma/enums";
import type { FigureValues } from "@/lib/schemas/figures";
import type { KpiValues } from "@/lib/schemas/kpis";

// What a row of the spreadsheet can change: the quarter's figures and KPI results as stored
// now, each under a key the template writes. Keys are readable and stable for the quarter: a
// figure is its measure's key and its place in the measure ("serious-violence-2"), a KPI its
// place in the list ("kpi-3"). The name beside the key is checked too, so a row pasted
// against the wrong key (or from a quarter whose framework differed) is caught.

type Common = { key: string; id: string; version: number; name: string; unit: Unit };

export type FigureTarget = Common & {
  kind: "figure";
  measureName: string;
  baselineValue: number | null;
  source: string;
  values: FigureValues;
};

export type KpiTarget = Common & { kind: "kpi"; values: KpiValues };

export type ImportTarget = FigureTarget | KpiTarget;

export const KPI_MEASURE_LABEL = "Police and Crime Plan KPI";

/** Gives each figure (in measure and position order) and each KPI (in position order) its key. */
export function withKeys<F extends { measureKey: string }, K>(figures: F[], kpis: K[]) {
  const seen = new Map<string, number>();
  return {
    figures: figures.map((f) => {
      const n = (seen.get(f.measureKey) ?? 0) + 1;
      seen.set(f.measureKey, n);
      return { ...f, key: `${f.measureKey}-${n}` };
    }),
    kpis: kpis.map((k, i) => ({ ...k, key: `kpi-${i + 1}` })),
  };
}
