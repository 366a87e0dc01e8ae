import { describe, expect, it } from "vitest";
import { ApiClientError, getJson, toQuery } from "./client.ts";

const respond = (status: number, body: string) =>
  (async () => new Response(body, { status })) as unknown as typeof fetch;

describe("client", () => {
  it("toQuery() drops empty values and encodes the rest", () => {
    expect(toQuery({ counterparty: "South Korea", from: "", to: undefined, limit: 50 })).toBe(
      "?counterparty=South+Korea&limit=50",
    );
    expect(toQuery({})).toBe("");
  });

  it("getJson() turns the API error shape into an ApiClientError with its message and code", async () => {
    const body = JSON.stringify({
      error: {
        code: "unknown_filter_value",
        message: 'unknown counterparty "Germny"; did you mean "Germany"?',
      },
    });
    const err = await getJson("/api/figures", respond(400, body)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiClientError);
    expect(err).toMatchObject({
      status: 400,
      code: "unknown_filter_value",
      message: 'unknown counterparty "Germny"; did you mean "Germany"?',
    });
  });

  it("getJson() explains a network failure and a non-JSON answer in plain words", async () => {
    const down = (async () => {
      throw new TypeError("fetch failed");
    }) as unknown as typeof fetch;
    await expect(getJson("/api/health", down)).rejects.toThrow("cannot reach the Lodestone API");
    await expect(getJson("/api/health", respond(502, "<html>"))).rejects.toThrow("not JSON");
  });
});
