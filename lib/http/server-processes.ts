// How many server processes `npm start` runs (WEB_CONCURRENCY, the name Heroku and most Node
// hosts use). Node runs JavaScript on one core per process, so a busy intranet page queues
// behind the others on that core while the rest of the machine idles; a process per core
// shares the port (node:cluster) and the database, like several instances do.

/** The number WEB_CONCURRENCY asks for: unset or empty is 1, "auto" is one per CPU. */
export function serverProcessCount(value: string | undefined, cpus: number): number {
  const text = (value ?? "").trim();
  if (text === "") return 1;
  if (text === "auto") return Math.max(1, cpus);
  if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > 64)
    throw new Error(`WEB_CONCURRENCY must be a whole number of server processes from 1 to 64, or "auto" (one per CPU); it is "${text}".`);
  return Number(text);
}
