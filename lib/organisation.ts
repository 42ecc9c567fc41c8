// The force and PCC this installation serves. Set per installation through the environment
// (FORCE_NAME, PCC_NAME); the defaults match the demo data from the reference paper.
export type Organisation = { force: string; pcc: string };

export function organisation(env: Readonly<Record<string, string | undefined>> = process.env): Organisation {
  return {
    force: env.FORCE_NAME?.trim() || "West Midlands Police",
    pcc: env.PCC_NAME?.trim() || "West Midlands Police and Crime Commissioner",
  };
}
