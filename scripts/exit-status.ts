import os from "node:os";

/**
 * What `npm start` should exit with, and say, when the server process ends. A death by signal
 * or an error is a failure (non-zero, 128 + the signal's number as shells report it), so a
 * supervisor restarts the app; only a clean exit, or the shutdown the operator asked for, is 0.
 */
export function exitStatus(code: number | null, signal: NodeJS.Signals | null, { stopping = false } = {}) {
  if (signal) {
    if (stopping && (signal === "SIGTERM" || signal === "SIGINT")) return { code: 0, message: null };
    const number = os.constants.signals[signal] ?? 0;
    return { code: 128 + number, message: `The server was killed by ${signal}.` };
  }
  if (code === 0 || code === null) return { code: 0, message: stopping ? null : "The server exited." };
  return { code, message: `The server stopped with exit code ${code}.` };
}
