/** Vitest global setup: builds (or reuses) the test store templates once per run and hands their paths to test files. */
import type { TestProject } from "vitest/node";
import { prepareStoreTemplates, type StoreTemplates } from "./store-templates.ts";

declare module "vitest" {
  export interface ProvidedContext {
    storeTemplates: StoreTemplates;
  }
}

export default async function setup(project: TestProject) {
  const { cleanup, ...templates } = await prepareStoreTemplates((line) => console.log(line));
  project.provide("storeTemplates", templates);
  return cleanup;
}
