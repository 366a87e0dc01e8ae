/**
 * @module limitBody: a request body larger than the limit is refused with 413 as soon as the limit is passed while it
 * streams in (or at once from Content-Length), never read whole first. The response closes the connection, so the
 * server stops receiving the rest.
 */
import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { errorBody } from "../error.ts";

/** Largest request body in bytes: an article at the extractor's 5 Mi-character limit, in JSON, with room to spare. */
export const MAX_BODY_BYTES = 6 * 1024 * 1024;

export function limitBody(maxBytes: number = MAX_BODY_BYTES): MiddlewareHandler {
  return bodyLimit({
    maxSize: maxBytes,
    onError: (c) => {
      c.header("Connection", "close");
      return c.json(errorBody("body_too_large", `request body exceeds the limit of ${maxBytes} bytes`), 413);
    },
  });
}
