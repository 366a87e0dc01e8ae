/**
 * @module demandStep: magnet demand per application, t finished magnet/yr. Per technology activity × share × PM share
 * × kg/unit × thrifting, less substitution; an application with a stock target takes the stock-driven inflow instead.
 * Then the split by magnet type and by region (NdFeB only).
 */
import { APPLICATIONS } from "./ids.ts";
import type { Lifetimes } from "./lifetimes-step.ts";
import { type Application, type ApplicationId, addTo, type ScenarioFrame } from "./scenario-frame.ts";
import { stockDriven } from "./stock-flow.ts";

export interface ApplicationDemand {
  id: ApplicationId;
  app: Application;
  /** All magnets (NdFeB and SmCo) after substitution, t finished/yr. */
  d: Float64Array;
  /** NdFeB part: d × (1 − SmCo share). */
  ndfeb: Float64Array;
}

export interface Demand {
  apps: ApplicationDemand[];
  /** NdFeB demand, t finished/yr. */
  total: Float64Array;
  byTech: Record<string, Float64Array>;
  byRegion: Record<string, Float64Array>;
  types: {
    sintered_ndfeb: Float64Array;
    bonded_ndfeb: Float64Array;
    smco: Float64Array;
    substituted: Float64Array;
  };
}

type Technology = Application["technologies"][string];

/**
 * activity × share × PM share × kg/unit per year (the same products, in the same order, as one expression with the
 * thrifting factor last). Only thrifting and substitution move in most draws: a Monte Carlo batch keeps the product
 * per technology object while the application's activity points are the same object.
 */
function techProduct(
  f: ScenarioFrame,
  tech: Technology,
  activity: Application["activity"]["points"],
  act: Float64Array,
) {
  const hit = f.cache?.techProduct.get(tech);
  if (hit && hit.activity === activity && hit.first === f.first && hit.product.length === f.T)
    return hit.product;
  const sh = f.P(tech.share);
  const pm = f.P(tech.pmShare);
  const kg = f.P(tech.kgPerUnit);
  const product = new Float64Array(f.T);
  for (let t = 0; t < f.T; t++) product[t] = act[t]! * sh[t]! * pm[t]! * kg[t]!;
  f.cache?.techProduct.set(tech, { activity, first: f.first, product });
  return product;
}

export function demandStep(f: ScenarioFrame, lifetimes: Partial<Record<ApplicationId, Lifetimes>>): Demand {
  const { s, first, T, P } = f;
  const L = s.levers;
  const subst = {
    ferrite: P(L.substitution.ferrite.value),
    fe16n2: P(L.substitution.ironNitride.value),
    refree: P(L.substitution.reFreeMotors.value),
  };
  const out: Demand = {
    apps: [],
    total: f.zeros(),
    byTech: {},
    byRegion: Object.fromEntries(s.regions.map((r) => [r, f.zeros()])),
    types: { sintered_ndfeb: f.zeros(), bonded_ndfeb: f.zeros(), smco: f.zeros(), substituted: f.zeros() },
  };
  const { types } = out;
  const thrift = f.zeros();
  for (let t = 0; t < T; t++) thrift[t] = (1 - L.thrifting.value) ** Math.max(0, first + t - s.baseYear);
  const inflow = f.zeros();
  const outflow = f.zeros();
  for (const a of APPLICATIONS) {
    const app = s.applications[a];
    if (!app) continue;
    const act = P(app.activity.points);
    const d = f.zeros();
    for (const [name, tech] of Object.entries(app.technologies)) {
      const prod = techProduct(f, tech, app.activity.points, act);
      const td = f.zeros();
      for (let t = 0; t < T; t++) td[t] = (prod[t]! * thrift[t]!) / 1000;
      if (!f.bandsOnly) out.byTech[`${a}.${name}`] = td;
      addTo(d, td);
    }
    const applies = L.substitution.applies.includes(a);
    for (let t = 0; t < T; t++) {
      const sub = applies ? Math.min(1, subst.ferrite[t]! + subst.fe16n2[t]! + subst.refree[t]!) : 0;
      types.substituted[t]! += d[t]! * sub;
      d[t]! *= 1 - sub;
    }
    if (app.stockTarget) {
      // stock-driven: the inflow that keeps the target stock (a falling target would need a negative inflow: 0)
      stockDriven(T, P(app.stockTarget), 0, lifetimes[a]!.survival, 0, inflow, outflow, 0);
      for (let t = 0; t < T; t++) d[t] = Math.max(0, inflow[t]!);
    }
    const fs = 1 - app.bondedShare - app.smcoShare;
    const ndfeb = f.zeros();
    for (let t = 0; t < T; t++) {
      ndfeb[t] = d[t]! * (1 - app.smcoShare);
      types.sintered_ndfeb[t]! += d[t]! * fs;
      types.bonded_ndfeb[t]! += d[t]! * app.bondedShare;
      types.smco[t]! += d[t]! * app.smcoShare;
    }
    const fNdfeb = 1 - app.smcoShare;
    for (const [r, share] of Object.entries(app.regionShare)) {
      const reg = out.byRegion[r]!;
      for (let t = 0; t < T; t++) reg[t]! += d[t]! * share * fNdfeb;
    }
    out.apps.push({ id: a, app, d, ndfeb });
    addTo(out.total, ndfeb);
  }
  return out;
}
