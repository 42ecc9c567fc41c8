import "server-only";
import { readSiteState } from "./site-state";
import { liveServers } from "./server-registry";

type InProcessSite = { sync(timeoutMs?: number): Promise<void> };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether at least one server is live and every live one serves the build with this token. */
async function everyServerServes(token: string) {
  const live = await liveServers();
  return live.length > 0 && live.every((server) => server.servedToken === token);
}

/**
 * Waits until the public site shows every change committed so far, so a publish, correction
 * or withdrawal is live when the action returns. In the server process (scripts/serve.ts puts
 * its public site on globalThis) the site builds and loads the change at once; elsewhere (test
 * fixtures, scripts) this polls the database until a server has built it and every live server
 * has loaded that build (built is not yet served: a server loads its copy just after it
 * commits). Never throws: the change itself has committed, and the servers keep trying.
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
      if (built && built.builtGeneration >= generation && (await everyServerServes(built.token))) return true;
      await sleep(50);
    }
    console.warn(`The public site did not reach generation ${generation} within ${timeoutMs} ms; is a server running?`);
    return false;
  } catch (error) {
    console.error("Could not bring the public site up to date:", error);
    return false;
  }
}
