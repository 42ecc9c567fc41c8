import { describe, expect, it } from "vitest";
import { exitStatus } from "./exit-status";

describe("npm start's exit status", () => {
  it("is non-zero, and says why, when the server dies by a signal", () => {
    expect(exitStatus(null, "SIGKILL")).toEqual({ code: 137, message: "The server was killed by SIGKILL." });
    expect(exitStatus(null, "SIGBUS")).toEqual({ code: 135, message: "The server was killed by SIGBUS." });
    expect(exitStatus(null, "SIGTERM")).toEqual({ code: 143, message: "The server was killed by SIGTERM." });
  });

  it("passes an error exit code on", () => {
    expect(exitStatus(1, null)).toEqual({ code: 1, message: "The server stopped with exit code 1." });
  });

  it("is 0 when the operator stopped it", () => {
    expect(exitStatus(0, null, { stopping: true })).toEqual({ code: 0, message: null });
    expect(exitStatus(null, "SIGTERM", { stopping: true })).toEqual({ code: 0, message: null });
    expect(exitStatus(null, "SIGKILL", { stopping: true }).code).toBe(137);
  });
});
