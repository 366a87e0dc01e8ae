/** @module Chart theme: palette and the shared axis, grid and tooltip settings every chart starts from. */
export const PALETTE = [
  "#1f5f8b",
  "#e07b39",
  "#3a9d5d",
  "#c44e52",
  "#8172b2",
  "#937860",
  "#d17fb5",
  "#7f7f7f",
  "#b5a642",
  "#4fa3c7",
  "#2b2d42",
  "#9bc53d",
];
export const DERIVED_COLOR = "#d1495b";
export const INK = "#1d2733";
export const MUTED = "#6b7785";
export const GRID_LINE = "#e6e9ee";

export const baseTextStyle = {
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
  color: INK,
};

export const baseTooltip = {
  confine: true,
  enterable: true,
  backgroundColor: "rgba(255,255,255,0.97)",
  borderColor: "#cfd6de",
  textStyle: { color: INK, fontSize: 12 },
  extraCssText: "max-width:380px;white-space:normal;box-shadow:0 2px 8px rgba(0,0,0,.12);",
} as const;

export const baseGrid = { left: 64, right: 24, top: 48, bottom: 40, containLabel: false } as const;

export function valueAxis(name: string, log = false) {
  return {
    type: log ? ("log" as const) : ("value" as const),
    name,
    nameTextStyle: { color: MUTED, align: "left" as const },
    axisLabel: { color: MUTED, formatter: compactNumber },
    splitLine: { lineStyle: { color: GRID_LINE } },
  };
}

/** 12,300 -> "12.3k"; 2,400,000 -> "2.4M"; axis labels only. */
export function compactNumber(v: number): string {
  const a = Math.abs(v);
  if (a >= 1e9) return `${+(v / 1e9).toFixed(1)}B`;
  if (a >= 1e6) return `${+(v / 1e6).toFixed(1)}M`;
  if (a >= 1e3) return `${+(v / 1e3).toFixed(1)}k`;
  return `${+v.toFixed(2)}`;
}
