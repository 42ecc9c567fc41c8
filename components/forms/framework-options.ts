import type { Direction, Unit } from "@/generated/prisma/enums";

// Labels for the Prisma enums, typed by them so a new unit or direction cannot be forgotten.
const UNIT_LABELS: Record<Unit, string> = { COUNT: "Count", PERCENTAGE: "Percentage (0 to 100)", RATE: "Rate" };
const DIRECTION_LABELS: Record<Direction, string> = { LOWER_IS_BETTER: "Lower is better", HIGHER_IS_BETTER: "Higher is better" };

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

export const UNIT_OPTIONS = options(UNIT_LABELS);
export const DIRECTION_OPTIONS = options(DIRECTION_LABELS);
