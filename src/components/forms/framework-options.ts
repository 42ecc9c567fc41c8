export const UNIT_OPTIONS = [
  { value: "COUNT", label: "Count" },
  { value: "PERCENTAGE", label: "Percentage (0 to 100)" },
  { value: "RATE", label: "Rate" },
];

export const DIRECTION_OPTIONS = [
  { value: "LOWER_IS_BETTER", label: "Lower is better" },
  { value: "HIGHER_IS_BETTER", label: "Higher is better" },
];
