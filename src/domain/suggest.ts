/** @module "Did you mean": the closest known names to a mistyped one (edit distance, case-insensitive). */

/** Edit distance (Levenshtein). */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

/** The closest known value to `value` (case-insensitive), when close enough to be a likely typo. */
export function suggest(value: string, known: readonly string[]): string | undefined {
  return closest(value, known, 1)[0];
}

/**
 * Up to `n` known values closest to `value`, best first: those within a typo's distance (at most a third of
 * the length, and at least 2), then those that contain `value` or are contained in it.
 */
export function closest(value: string, known: readonly string[], n = 3): string[] {
  const v = value.toLowerCase();
  const limit = Math.max(2, Math.floor(v.length / 3));
  const scored: { k: string; d: number }[] = [];
  const seen = new Set<string>();
  for (const k of known) {
    const kl = k.toLowerCase();
    if (seen.has(kl)) continue;
    seen.add(kl);
    const d = editDistance(v, kl);
    if (d <= limit) scored.push({ k, d });
    else if (v.length >= 3 && (kl.includes(v) || v.includes(kl))) scored.push({ k, d: limit + 1 });
  }
  scored.sort((a, b) => a.d - b.d || a.k.localeCompare(b.k));
  return scored.slice(0, n).map((s) => s.k);
}
