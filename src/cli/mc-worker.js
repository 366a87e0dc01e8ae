// Worker-thread entry for Monte Carlo: registers tsx (as bin/lodestone.js does), then loads the TypeScript worker body.
import { register } from "tsx/esm/api";

register();
await import("./mc-workers.ts");
