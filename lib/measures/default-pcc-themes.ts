// The PCC statement's themed sections as the reference paper has them; a new quarter copies
// the previous quarter's headings instead when there is one.
export const DEFAULT_PCC_THEMES: readonly { heading: string; covers: readonly string[] }[] = [
  { heading: "Homicides and Serious violence", covers: ["homicide", "serious-violence"] },
  { heading: "Drug Supply and County Lines", covers: ["drugs"] },
  { heading: "Neighbourhood crime", covers: ["neighbourhood"] },
  { heading: "Victim satisfaction", covers: ["satisfaction"] },
  { heading: "Fraud and cybercrime", covers: ["cyber"] },
];
