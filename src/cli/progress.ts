/** @module Progress on stderr for long CLI jobs: a redrawn bar on a terminal, plain lines otherwise. */
import type { Effects } from "./effects.ts";

/** `[#####.....] done/total`: the bar that every long-running command draws. */
export function progressBar(done: number, total: number, width = 24): string {
  const fill = Math.round((total ? done / total : 1) * width);
  return `[${"#".repeat(fill)}${".".repeat(width - fill)}] ${done}/${total}`;
}

/**
 * Reports progress of `total` steps: on a terminal one bar redrawn in place (`label` beside it), elsewhere
 * `line(done)` whenever `shouldLog(done)` says so (every step by default).
 */
export function createProgress(
  fx: Effects,
  total: number,
  options: {
    label?: (done: number) => string;
    line: (done: number) => string;
    shouldLog?: (done: number) => boolean;
  },
): (done: number) => void {
  return (done) => {
    if (fx.isTTY) {
      fx.stderr(`\r${progressBar(done, total)} ${options.label?.(done) ?? ""}${done >= total ? "\n" : ""}`);
    } else if (options.shouldLog?.(done) ?? true) fx.stderr(`${options.line(done)}\n`);
  };
}
