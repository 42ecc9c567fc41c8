import "server-only";
import { readSiteState } from "./site-state";

type InProcessSite = { sync(timeoutMs?: number): Promise<void> };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until the public site shows every change committed so far, so a publish, correction
 * or withdrawal is live when the action returns. In the server process (scripts/serve.ts puts
 * its public site on globalThis) the site builds and loads the change at once; elsewhere (test
 * fixtures, scripts) this polls the database until a server has built it. Never throws: the
 * change itself has committed, and the servers keep trying to build it.
 */
export async function awaitPublicSite({ timeoutMs = 15_000 } = {}): Promise<boolean> {
  try {
    const site = (globalThis as { scorecardPublicSite?: InProcessSite }).scorecardPublicSite;
    if (site) {
      await site.sync(timeoutMs);
      return true;
    }
    const deadline = Date.now() + timeoutMs;
    const { generation } = await readSiteState();
    while (Date.now() < deadline) {
      const { site: built } = await readSiteState();
      if (built && built.builtGeneration >= generation) return true;
      await sleep(50);
    }
    console.warn(`The public site did not reach generation ${generation} within ${timeoutMs} ms; is the server running?`);
    return false;
  } catch (error) {
    console.error("Could not bring the public site up to date:", error);
    return false;
  }
}
