/**
 * @module The write token: `LODESTONE_TOKEN`, else the one saved in `LODESTONE_HOME/token` (created with a random
 * value, readable by its owner only, at the server's first start). API writes need it as `Authorization: Bearer
 * <token>`; a CLI that talks to a running server reads it the same way (`readToken`).
 */
import { randomBytes } from "node:crypto";
import { chmod, mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { lodestoneHome } from "./config.ts";
import { UserError } from "./errors.ts";

/** Where the generated token is kept. */
export const tokenPath = (env: Record<string, string | undefined>) => join(lodestoneHome(env), "token");

const MIN_LENGTH = 16;

function checked(token: string, where: string): string {
  const t = token.trim();
  if (t.length < MIN_LENGTH || /\s/.test(t))
    throw new UserError(
      `${where}: the write token must be at least ${MIN_LENGTH} characters without spaces (got ${t.length})`,
    );
  return t;
}

/** The configured token, or undefined when neither LODESTONE_TOKEN nor the token file exists. */
export async function readToken(env: Record<string, string | undefined>): Promise<string | undefined> {
  if (env.LODESTONE_TOKEN) return checked(env.LODESTONE_TOKEN, "LODESTONE_TOKEN");
  const path = tokenPath(env);
  const text = await readFile(path, "utf8").catch((e: NodeJS.ErrnoException) => {
    if (e.code === "ENOENT") return undefined;
    throw new UserError(`cannot read the write token at ${path}: ${e.message}`);
  });
  return text === undefined ? undefined : checked(text, path);
}

/** A new random token (24 bytes, base64url). */
export const generateToken = () => randomBytes(24).toString("base64url");

/** Saves `token` as the generated token (write-then-rename, readable by its owner only); returns the path. */
export async function saveToken(env: Record<string, string | undefined>, token: string): Promise<string> {
  const path = tokenPath(env);
  await mkdir(lodestoneHome(env), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, `${token}\n`, { mode: 0o600 });
  await chmod(tmp, 0o600);
  await rename(tmp, path);
  return path;
}
