import "server-only";

// Prisma 6.19's query compiler (WebAssembly, on the event loop) turns every call into a query
// plan from scratch: about 40% of Prisma's time on the submission page (2.8 of 6.8 ms), and
// Prisma 7.4 only adds a plan cache upstream (prisma/orm#29038); this project stays on 6.19
// (see STACK.md). A plan depends on nothing but the request it is compiled from (the model,
// the action and the arguments, values included, as one JSON string) and the schema, so the
// same request always compiles to the same plan, and data is still read on every execution.
// Reads are kept here by that exact string, so a page someone reloads, or the session lookup
// of their next request, skips the compiler; writes are left alone (their values rarely
// repeat), and so are reads with a time in them. Plans are frozen: Prisma's runtime is
// strict-mode code, so anything trying to change a shared plan would throw at once rather
// than corrupt the next query.

type Compiler = { compile(request: string): unknown };
type CompilerModule = { QueryCompiler: { prototype: Compiler } };

const READS = new Set(["findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow", "findMany", "count", "aggregate", "groupBy"]);
const MAX_PLANS = 1000;
const MAX_REQUEST_LENGTH = 8192;

// One cache per compiler: each client has its own, made for its database (SQLite and
// PostgreSQL plans for the same request differ).
const cachesByCompiler = new WeakMap<object, Map<string, unknown>>();
const stats = { hits: 0, misses: 0 };

/** The action of a request as the client serialises it: {"modelName":"…","action":"…",…}. */
function actionOf(request: string) {
  const match = /^\{(?:"modelName":"\w+",)?"action":"(\w+)"/.exec(request);
  return match?.[1] ?? null;
}

function deepFreeze<T>(value: T): T {
  // Typed arrays (Bytes values) cannot be frozen; nothing in a plan writes to them.
  if (value && typeof value === "object" && !ArrayBuffer.isView(value) && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** `compile`, remembering the plans of reads in `plans` (least recently used dropped beyond MAX_PLANS). */
export function cachedCompile(plans: Map<string, unknown>, compile: (request: string) => unknown, request: string): unknown {
  // Reads that carry a time ("due before now") are rarely asked twice: not worth a place.
  if (request.length > MAX_REQUEST_LENGTH || !READS.has(actionOf(request) ?? "") || request.includes('"$type":"DateTime"'))
    return compile(request);
  const known = plans.get(request);
  if (known !== undefined) {
    stats.hits++;
    // Most recently used last, so the oldest is first to go.
    plans.delete(request);
    plans.set(request, known);
    return known;
  }
  stats.misses++;
  const plan = deepFreeze(compile(request));
  plans.set(request, plan);
  if (plans.size > MAX_PLANS) plans.delete(plans.keys().next().value!);
  return plan;
}

/** Installs the cache on a query compiler runtime (once; both databases' runtimes may be loaded). */
export function cacheQueryPlans(runtime: CompilerModule) {
  const prototype = runtime.QueryCompiler.prototype as Compiler & { scorecardPlanCache?: true };
  if (prototype.scorecardPlanCache) return;
  const compile = prototype.compile;
  prototype.compile = function (this: Compiler, request: string) {
    let plans = cachesByCompiler.get(this);
    if (!plans) cachesByCompiler.set(this, (plans = new Map()));
    return cachedCompile(plans, (r) => compile.call(this, r), request);
  };
  prototype.scorecardPlanCache = true;
}

/** How often a plan was reused and how often compiled (for tests and benchmarks). */
export function queryPlanCacheStats() {
  return { ...stats };
}
