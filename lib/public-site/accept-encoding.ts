// Content-Encoding negotiation for the stored variants (RFC 9110 §12.5.3): the coding with the
// highest q-value the client accepts, ties going to the smaller variant (br, then gzip).

export type Encoding = "br" | "gzip" | "identity";

const PREFERENCE: Encoding[] = ["br", "gzip", "identity"];

function parse(header: string) {
  const q = new Map<string, number>();
  for (const part of header.split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    if (!name) continue;
    let value = 1;
    for (const p of params) {
      const [key, raw] = p.trim().split("=");
      if (key === "q") value = Number(raw);
    }
    q.set(name === "x-gzip" ? "gzip" : name, Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0);
  }
  return q;
}

function choose(header: string): Encoding {
  const q = parse(header);
  const star = q.get("*");
  const weight = (coding: Encoding) => {
    const listed = q.get(coding);
    if (listed !== undefined) return listed;
    if (star !== undefined) return star;
    // identity is acceptable unless excluded; other codings only when listed.
    return coding === "identity" ? 0.001 : 0;
  };
  let best: Encoding = "identity";
  let bestWeight = 0;
  for (const coding of PREFERENCE) {
    const w = weight(coding);
    if (w > bestWeight) {
      best = coding;
      bestWeight = w;
    }
  }
  // Nothing acceptable: send identity anyway (RFC 9110 allows it; a 406 helps nobody).
  return best;
}

// Clients send a handful of distinct headers; remembering them keeps negotiation off the
// per-request path. Bounded, so odd headers cannot grow it.
const remembered = new Map<string, Encoding>();

export function negotiateEncoding(header: string | undefined): Encoding {
  if (!header) return "identity";
  const known = remembered.get(header);
  if (known) return known;
  const chosen = choose(header);
  if (remembered.size < 256) remembered.set(header, chosen);
  return chosen;
}
