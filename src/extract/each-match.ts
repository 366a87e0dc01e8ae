/**
 * @module Every match of a global pattern, in text order, without the copy of the pattern that `matchAll` makes on
 * each call (the copy is most of the cost of a short search). `String.prototype.replace` with a callback visits the
 * same matches as `matchAll` (an empty match moves one character on) and leaves the pattern's `lastIndex` at 0, so a
 * module-constant pattern keeps no state between calls. The visitor must not run the same pattern itself.
 */

/** Calls `visit` with the offset and text of every match of the global pattern `re` in `text`, in order. */
export function eachMatch(text: string, re: RegExp, visit: (index: number, match: string) => void): void {
  if (!re.global) throw new Error(`eachMatch: pattern /${re.source}/ must be global (flag g)`);
  text.replace(re, (...args: unknown[]) => {
    // The arguments end with the offset, the whole text and, when the pattern names groups, the groups object.
    const named = typeof args[args.length - 1] === "object";
    visit(args[args.length - (named ? 3 : 2)] as number, args[0] as string);
    return "";
  });
}
