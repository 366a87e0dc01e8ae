/** @module API errors: one error shape for every 4xx/5xx, produced in one place (house habit 7c). */
import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { z as zod } from "zod";
import { FilterError, type FilterIssue } from "../store/query-fields.ts";
import { StoreUnavailableError } from "../store/store-unavailable.ts";

export const IssueOutSchema = z.object({ code: z.string(), path: z.string(), message: z.string() });

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: "unknown_filter_value" }),
      message: z.string().openapi({ example: 'unknown counterparty "Germny"; did you mean "Germany"?' }),
      issues: z.array(IssueOutSchema).optional(),
    }),
  })
  .openapi("Error");
export type ApiErrorBody = z.infer<typeof ErrorSchema>;

/** An error with a status, a snake_case code and optional located issues. */
export class ApiError extends HTTPException {
  readonly code: string;
  readonly issues: { code: string; path: string; message: string }[] | undefined;
  constructor(
    status: ContentfulStatusCode,
    code: string,
    message: string,
    issues?: { code: string; path: string; message: string }[],
  ) {
    super(status, { message });
    this.code = code;
    this.issues = issues;
  }
}

export function errorBody(
  code: string,
  message: string,
  issues?: ApiErrorBody["error"]["issues"],
): ApiErrorBody {
  return { error: { code, message, ...(issues ? { issues } : {}) } };
}

/**
 * The one mapping of zod issues to the API's 400: each issue's path joined with "." (`body` for the whole input);
 * with `raw` (the query as sent), the value found is quoted after the message.
 */
export function invalidInput(
  code: "invalid_query" | "invalid_request",
  error: zod.ZodError,
  raw?: Record<string, string | undefined>,
): ApiError {
  const issues = error.issues.map((i) => {
    const path = i.path.join(".") || "body";
    const found = raw?.[path] !== undefined ? ` (found "${raw[path]}")` : "";
    return { code: "invalid_value", path, message: `${i.message}${found}` };
  });
  return new ApiError(400, code, issues.map((i) => `${i.path}: ${i.message}`).join("; "), issues);
}

/** Filter values that match nothing known: a 400 naming each parameter, with the closest known values. */
export function unknownFilterValue(unknown: readonly FilterIssue[]): ApiError {
  return new ApiError(
    400,
    "unknown_filter_value",
    unknown.map((u) => u.message).join("; "),
    unknown.map((u) => ({ code: "unknown_filter_value", path: u.field, message: u.message })),
  );
}

/** The one error handler: ApiError and HTTPException keep their status; anything else is a 500 without internals. */
export function onError(err: Error, c: Context) {
  if (err instanceof ApiError) return c.json(errorBody(err.code, err.message, err.issues), err.status);
  if (err instanceof FilterError) return onError(unknownFilterValue(err.issues), c);
  if (err instanceof StoreUnavailableError) {
    c.header("Retry-After", "2");
    return c.json(errorBody(err.code, "the database is unavailable; try again shortly"), 503);
  }
  if (err instanceof HTTPException)
    return c.json(errorBody("http_error", err.message || "request failed"), err.status);
  console.error(err);
  return c.json(errorBody("internal_error", "internal error; see the server log"), 500);
}
