/** @module Argument parsing for commands: node:util parseArgs with errors turned into UsageError. */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { UsageError } from "./errors.ts";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** Parses `args` against `options`; unknown options and missing values become a UsageError naming the option. */
export function parseCommandArgs<O extends Options>(command: string, args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    const msg = e instanceof Error ? e.message.replace(/\. To specify a positional.*$/s, "") : String(e);
    throw new UsageError(`${command}: ${msg}`);
  }
}

/** Validates a `--format` value against the allowed list. */
export function parseFormat<F extends string>(
  command: string,
  value: string | undefined,
  allowed: readonly F[],
  fallback: F,
): F {
  return parseChoice(command, "format", value, allowed, fallback);
}

/** Validates the value of option `--name` against the allowed list, naming the option on failure. */
export function parseChoice<F extends string>(
  command: string,
  name: string,
  value: string | undefined,
  allowed: readonly F[],
  fallback: F,
): F {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as F;
  throw new UsageError(`${command}: invalid --${name} "${value}": expected one of ${allowed.join(", ")}`);
}

/** Parses an integer option, naming the option and the expected range on failure. */
export function parseIntOption(
  command: string,
  name: string,
  value: string | undefined,
  min: number,
  max: number,
): number | undefined {
  if (value === undefined) return undefined;
  if (!/^-?\d+$/.test(value))
    throw new UsageError(`${command}: invalid --${name} "${value}": expected an integer`);
  const n = Number(value);
  if (n < min || n > max)
    throw new UsageError(`${command}: invalid --${name} ${n}: expected ${min} to ${max}`);
  return n;
}
