import { describe, expect, it } from "vitest";
import { negotiateEncoding } from "./accept-encoding";

describe("Accept-Encoding negotiation", () => {
  it("prefers brotli, then gzip, as browsers send them", () => {
    expect(negotiateEncoding("gzip, deflate, br, zstd")).toBe("br");
    expect(negotiateEncoding("gzip, deflate")).toBe("gzip");
    expect(negotiateEncoding("x-gzip")).toBe("gzip");
  });

  it("sends identity without the header, or when only unknown codings are offered", () => {
    expect(negotiateEncoding(undefined)).toBe("identity");
    expect(negotiateEncoding("")).toBe("identity");
    expect(negotiateEncoding("deflate, zstd")).toBe("identity");
    expect(negotiateEncoding("identity")).toBe("identity");
  });

  it("honours q-values, q=0 refusals and the wildcard", () => {
    expect(negotiateEncoding("br;q=0.5, gzip;q=0.8")).toBe("gzip");
    expect(negotiateEncoding("br;q=0, gzip")).toBe("gzip");
    expect(negotiateEncoding("BR;Q=1, GZIP;q=0.9")).toBe("br");
    expect(negotiateEncoding("*")).toBe("br");
    expect(negotiateEncoding("*;q=0, gzip")).toBe("gzip");
    expect(negotiateEncoding("br;q=0, gzip;q=0")).toBe("identity");
    expect(negotiateEncoding("gzip;q=nonsense, br;q=0.1")).toBe("br");
  });
});
