/**
 * @module Suites that need something outside the repository (a PostgreSQL server, Chromium). When it is there the
 * suite runs; when it is missing every test of the suite is still registered, as skipped, so the run counts each
 * one; under CI (CI set) a missing requirement is a failing test that names it instead.
 */
import { randomBytes } from "node:crypto";
import { describe, inject, it } from "vitest";
import { openStore, type Store } from "../../src/store/store.ts";
import { bundledDataset } from "./bundled-data.ts";
import { openTemplateClone } from "./postgres-template.ts";

export interface Requirement {
  /** Suite name, e.g. "PostgreSQL store conformance". */
  name: string;
  present: boolean;
  /** What is missing and how to provide it. */
  missing: string;
}

/** Registers the tests of `register` per the rule above. */
export function suiteNeeding(req: Requirement, register: () => void): void {
  if (req.present) {
    register();
  } else if (process.env.CI) {
    describe(req.name, () => {
      it(`needs its requirement in CI: ${req.missing}`, () => {
        throw new Error(`${req.missing} (required when CI is set)`);
      });
    });
  } else {
    describe.skip(`${req.name}: skipped, ${req.missing}`, register);
  }
}

const DATABASE_URL = process.env.LODESTONE_TEST_DATABASE_URL;
/** What a PostgreSQL suite needs, for suiteNeeding. */
export const POSTGRES: Omit<Requirement, "name"> = {
  present: Boolean(DATABASE_URL),
  missing: "LODESTONE_TEST_DATABASE_URL is not set (postgres://user:password@host:port/database)",
};

/** A fresh, empty store in its own schema of the test server; closing it drops the schema. */
async function openSchema(): Promise<Store> {
  if (!DATABASE_URL) throw new Error("LODESTONE_TEST_DATABASE_URL is not set");
  const schema = `t_${randomBytes(4).toString("hex")}`;
  const store = await openStore({ url: DATABASE_URL, schema });
  const close = store.close.bind(store);
  return Object.assign(store, {
    async close() {
      await store.sql.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await close();
    },
  });
}

/**
 * A fresh store holding the bundled data/: a clone of the template database the global setup prepared
 * (postgres-template.ts), or, when the server did not allow one (CREATE DATABASE refused), a schema loaded here.
 */
async function openBundled(): Promise<Store> {
  if (!DATABASE_URL) throw new Error("LODESTONE_TEST_DATABASE_URL is not set");
  const template = inject("postgresTemplate");
  if (template.name) return openTemplateClone(DATABASE_URL, template.name);
  const ds = await bundledDataset();
  if (!ds.ok) throw new Error(`no PostgreSQL store with the bundled data: ${template.error}`);
  const store = await openSchema();
  await store.loadDataset(ds.value);
  return store;
}

/**
 * Registers a PostgreSQL suite: `register` gets an `open` that makes a fresh, empty store in its own schema of the
 * server at LODESTONE_TEST_DATABASE_URL, and an `openBundled` that makes one holding the bundled data/; closing
 * either drops what it made, so runs leave nothing behind.
 */
export function postgresSuite(
  name: string,
  register: (open: () => Promise<Store>, openBundled: () => Promise<Store>) => void,
): void {
  suiteNeeding({ name, ...POSTGRES }, () => register(openSchema, openBundled));
}
