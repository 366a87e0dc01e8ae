/** A wrong argument or option; the message names the argument and what was expected. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/**
 * A usage error for filter values the data does not know: each message's leading `unknown <field>` (as the store
 * and the API write it) becomes `unknown --<flag> value`, naming the option the user typed.
 */
export function unknownValuesError(
  command: string,
  issues: readonly { message: string }[],
  flagOf: (field: string) => string = (field) => field,
): UsageError {
  return new UsageError(
    `${command}: ${issues.map((i) => i.message.replace(/^unknown (\w+)/, (_, f: string) => `unknown --${flagOf(f)} value`)).join("\n")}`,
  );
}

/** A failure the user can fix that is not about arguments (unreachable database, unreadable file). */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UserError";
  }
}

/** A CLI command: parses its own arguments, returns the exit code (0 ok, 1 problems found, 2 usage). */
export type Command = (args: string[], effects: import("./effects.ts").Effects) => Promise<number>;
