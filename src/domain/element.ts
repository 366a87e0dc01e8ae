/** @module Chemical elements: symbols and English names, and the elements a policy text names explicitly. */

/** Symbol and English name of the elements up to plutonium (the ones trade and policy texts name). */
const ELEMENTS: readonly (readonly [symbol: string, name: string])[] = (
  "H Hydrogen,He Helium,Li Lithium,Be Beryllium,B Boron,C Carbon,N Nitrogen,O Oxygen,F Fluorine,Ne Neon," +
  "Na Sodium,Mg Magnesium,Al Aluminium,Si Silicon,P Phosphorus,S Sulfur,Cl Chlorine,Ar Argon,K Potassium," +
  "Ca Calcium,Sc Scandium,Ti Titanium,V Vanadium,Cr Chromium,Mn Manganese,Fe Iron,Co Cobalt,Ni Nickel," +
  "Cu Copper,Zn Zinc,Ga Gallium,Ge Germanium,As Arsenic,Se Selenium,Br Bromine,Kr Krypton,Rb Rubidium," +
  "Sr Strontium,Y Yttrium,Zr Zirconium,Nb Niobium,Mo Molybdenum,Tc Technetium,Ru Ruthenium,Rh Rhodium," +
  "Pd Palladium,Ag Silver,Cd Cadmium,In Indium,Sn Tin,Sb Antimony,Te Tellurium,I Iodine,Xe Xenon,Cs Caesium," +
  "Ba Barium,La Lanthanum,Ce Cerium,Pr Praseodymium,Nd Neodymium,Pm Promethium,Sm Samarium,Eu Europium," +
  "Gd Gadolinium,Tb Terbium,Dy Dysprosium,Ho Holmium,Er Erbium,Tm Thulium,Yb Ytterbium,Lu Lutetium," +
  "Hf Hafnium,Ta Tantalum,W Tungsten,Re Rhenium,Os Osmium,Ir Iridium,Pt Platinum,Au Gold,Hg Mercury," +
  "Tl Thallium,Pb Lead,Bi Bismuth,Po Polonium,At Astatine,Rn Radon,Fr Francium,Ra Radium,Ac Actinium," +
  "Th Thorium,Pa Protactinium,U Uranium,Np Neptunium,Pu Plutonium"
)
  .split(",")
  .map((e) => e.split(" ") as [string, string]);

const BY_SYMBOL = new Map(ELEMENTS.map(([s, n]) => [s, n]));
const BY_LOWER_SYMBOL = new Map(ELEMENTS.map(([s]) => [s.toLowerCase(), s]));
const BY_NAME = new Map(ELEMENTS.map(([s, n]) => [n.toLowerCase(), s]));
BY_NAME.set("aluminum", "Al");
BY_NAME.set("sulphur", "S");
BY_NAME.set("cesium", "Cs");
/** Names read in running text: "lead" is far more often a verb than the metal in policy titles. */
const NAME_IN_TEXT = new Map([...BY_NAME].filter(([n]) => n !== "lead"));

/** True when `s` is an element symbol, case as written (`Dy`, not `DY`). */
export const isElementSymbol = (s: string): boolean => BY_SYMBOL.has(s);

/** The canonical symbol for a symbol in any case or an English name (`dy`, `Dysprosium` -> `Dy`), or undefined. */
export function toElementSymbol(s: string): string | undefined {
  const t = s.trim();
  return BY_SYMBOL.has(t) ? t : (BY_NAME.get(t.toLowerCase()) ?? BY_LOWER_SYMBOL.get(t.toLowerCase()));
}

/**
 * Symbols that are also common words or abbreviations in titles ("In", "As", "At", "Be", "He", "Am", "No", "I"):
 * a standalone token equal to one of these is not read as the element (its name still is).
 */
const AMBIGUOUS = new Set([
  "In",
  "As",
  "At",
  "Be",
  "He",
  "No",
  "I",
  "B",
  "C",
  "F",
  "H",
  "K",
  "N",
  "O",
  "P",
  "S",
  "U",
  "V",
]);

/** Tokens that stand for a fixed pair of elements in the trade (didymium). */
const PAIRS: Record<string, readonly string[]> = { NdPr: ["Nd", "Pr"] };

/**
 * The elements a text names explicitly: standalone symbols (`Dy`, `Dy/Tb`, `Ho-containing`), English names
 * (`gallium-related`) and `NdPr`. Formulas and product names (`NdFeB`, `SmCo`, `Ga2O3`) name no element here: a
 * policy on NdFeB magnets does not cover boron. Returned sorted, without duplicates.
 */
export function elementsNamedIn(text: string): string[] {
  const out = new Set<string>();
  for (const token of text.split(/[\s;,/()[\]:&+-]+/)) {
    if (!token) continue;
    const bare = token.replace(/[.'"]+$/g, "");
    if (bare !== token && token.endsWith(".")) {
      // "No." and "Co." are abbreviations, not symbols; a name before a full stop still counts.
      const byName = NAME_IN_TEXT.get(bare.toLowerCase());
      if (byName) out.add(byName);
      continue;
    }
    const pair = PAIRS[bare];
    if (pair) for (const p of pair) out.add(p);
    else if (BY_SYMBOL.has(bare) && !AMBIGUOUS.has(bare)) out.add(bare);
    else {
      const byName = NAME_IN_TEXT.get(bare.toLowerCase());
      if (byName) out.add(byName);
    }
  }
  return [...out].sort();
}
