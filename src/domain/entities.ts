/** @module The entity registry as data: countries (ISO 3166 alpha-3), blocs, regions, aggregates and companies. */

/** What an entity is; only geographic kinds have members. */
export type EntityKind = "world" | "country" | "bloc" | "region" | "aggregate" | "company";

export interface EntityEntry {
  kind: EntityKind;
  name: string;
  /** Other spellings met in sources and data files (matched ignoring case, spaces and punctuation). */
  aliases?: readonly string[];
  /** ISO 3166 alpha-3, for countries and territories. */
  iso3?: string;
  /**
   * Member countries by ISO3 for blocs; for aggregates of the form "world except ...", the excluded ISO3
   * codes. Absent means the membership is not recorded, and the entity is treated as overlapping every
   * geographic entity (never summed with any).
   */
  members?: readonly string[];
  excludes?: readonly string[];
  /** Why two definitions share a name, or other caveats worth showing. */
  note?: string;
}

/**
 * Countries and territories met in the data files, as `ISO3 Name|alias|alias`. Names follow the most common
 * English short name; aliases are the spellings used by USGS, IEA, OWID, USITC and the curated tables.
 */
const COUNTRIES = `AFG Afghanistan
ABW Aruba
ALB Albania
ARE United Arab Emirates|UAE
ARG Argentina
ARM Armenia
AUS Australia
AUT Austria
AZE Azerbaijan
BDI Burundi
BEL Belgium
BES Bonaire Sint Eustatius and Saba
BGD Bangladesh
BGR Bulgaria
BHR Bahrain
BHS Bahamas
BIH Bosnia and Herzegovina
BLR Belarus
BLZ Belize
BOL Bolivia
BRA Brazil
BRB Barbados
BTN Bhutan
CAN Canada
CHE Switzerland
CHL Chile
CHN China|PRC|People's Republic of China|Mainland China
COD Democratic Republic of the Congo|DR Congo|Congo (Kinshasa)
COK Cook Islands
COL Colombia
CPV Cape Verde|Cabo Verde
CRI Costa Rica
CUB Cuba
CUW Curacao
CYM Cayman Islands
CYP Cyprus
CZE Czechia|Czech Republic
DEU Germany
DJI Djibouti
DMA Dominica
DNK Denmark
DOM Dominican Republic
DZA Algeria
ECU Ecuador
EGY Egypt
ERI Eritrea
ESP Spain
EST Estonia
ETH Ethiopia
FIN Finland
FJI Fiji
FLK Falkland Islands
FRA France
FRO Faroe Islands
FSM Micronesia|Micronesia (country)
GBR United Kingdom|UK|Great Britain|Britain
GEO Georgia
GHA Ghana
GLP Guadeloupe
GMB Gambia
GRC Greece
GRD Grenada
GRL Greenland
GTM Guatemala
GUM Guam
GUY Guyana
HKG Hong Kong|Hong Kong SAR
HND Honduras
HRV Croatia
HTI Haiti
HUN Hungary
IDN Indonesia
IND India
IRL Ireland
IRN Iran
ISL Iceland
ISR Israel
ITA Italy
JAM Jamaica
JOR Jordan
JPN Japan
KAZ Kazakhstan
KEN Kenya
KHM Cambodia
KNA Saint Kitts and Nevis
KOR South Korea|Korea|Korea, Rep.|Republic of Korea|Korea, South
KWT Kuwait
LBN Lebanon
LKA Sri Lanka
LTU Lithuania
LUX Luxembourg
LVA Latvia
MAR Morocco
MDA Moldova
MDG Madagascar
MDV Maldives
MEX Mexico
MHL Marshall Islands
MKD North Macedonia
MLT Malta
MMR Myanmar|Burma|Myanmar (Burma)
MNE Montenegro
MNG Mongolia
MRT Mauritania
MTQ Martinique
MUS Mauritius
MYS Malaysia
NAM Namibia
NCL New Caledonia
NGA Nigeria
NIC Nicaragua
NLD Netherlands|The Netherlands
NOR Norway
NPL Nepal
NZL New Zealand
OMN Oman
PAK Pakistan
PAN Panama
PER Peru
PHL Philippines
POL Poland
PRI Puerto Rico
PRK North Korea|Korea, Dem. Rep.
PRT Portugal
PRY Paraguay
PYF French Polynesia
REU Reunion
ROU Romania
RUS Russia|Russian Federation
SAU Saudi Arabia
SEN Senegal
SGP Singapore
SGS South Georgia and the South Sandwich Islands
SLV El Salvador
SOM Somalia
SPM Saint Pierre and Miquelon
SRB Serbia
SVK Slovakia|Slovak Republic
SVN Slovenia
SWE Sweden
SYC Seychelles
SYR Syria
TCD Chad
THA Thailand
TKL Tokelau
TON Tonga
TTO Trinidad and Tobago
TUN Tunisia
TUR Turkey|Turkiye|Türkiye
TWN Taiwan
TZA Tanzania
UKR Ukraine
URY Uruguay
USA United States|US|U.S.|USA|U.S.A.|United States of America
UZB Uzbekistan
VEN Venezuela
VGB British Virgin Islands
VIR United States Virgin Islands
VNM Vietnam|Viet Nam
VUT Vanuatu
WSM Samoa
XKX Kosovo
ZAF South Africa`;

/** The 27 member states of the European Union since 1 February 2020. */
const EU27 = [
  "AUT",
  "BEL",
  "BGR",
  "HRV",
  "CYP",
  "CZE",
  "DNK",
  "EST",
  "FIN",
  "FRA",
  "DEU",
  "GRC",
  "HUN",
  "IRL",
  "ITA",
  "LVA",
  "LTU",
  "LUX",
  "MLT",
  "NLD",
  "POL",
  "PRT",
  "ROU",
  "SVK",
  "SVN",
  "ESP",
  "SWE",
] as const;

const OTHERS: readonly EntityEntry[] = [
  { kind: "world", name: "World", aliases: ["World total", "global", "worldwide", "all destinations"] },
  {
    kind: "bloc",
    name: "EU-27",
    aliases: ["EU", "EU27", "EU 27", "European Union", "European Union (27)", "the EU"],
    members: EU27,
  },
  {
    kind: "aggregate",
    name: "World excl. United States",
    aliases: ["World excluding United States", "ex-US"],
    excludes: ["USA"],
  },
  {
    kind: "aggregate",
    name: "Other countries",
    aliases: ["Other"],
    note: "USGS 'other countries': every producer not listed separately in that edition",
  },
  {
    kind: "aggregate",
    name: "Rest of the world",
    note: "IEA 'rest of the world': countries outside the regions IEA lists separately",
  },
  {
    kind: "region",
    name: "Europe",
    note: "OWID's Europe (continent) and IEA's Europe (EU, EFTA, UK, Turkey ...) differ at the edges; membership is not recorded",
  },
  {
    kind: "region",
    name: "Europe (unspecified)",
    note: "a source's 'Europe' without saying whether it means the EU or wider Europe",
  },
  { kind: "region", name: "Africa" },
  { kind: "region", name: "Asia" },
  { kind: "region", name: "North America" },
  { kind: "region", name: "South America" },
  { kind: "region", name: "Oceania" },
  { kind: "aggregate", name: "High-income countries", note: "World Bank income group (via OWID)" },
  { kind: "aggregate", name: "Upper-middle-income countries", note: "World Bank income group (via OWID)" },
  { kind: "aggregate", name: "Lower-middle-income countries", note: "World Bank income group (via OWID)" },
  { kind: "aggregate", name: "Low-income countries", note: "World Bank income group (via OWID)" },
];

/** Companies of the curated tables; a subsidiary or site written in brackets stays a name of its own. */
const COMPANIES: readonly EntityEntry[] = [
  { kind: "company", name: "JL Mag Rare-Earth", aliases: ["JL Mag"] },
  { kind: "company", name: "China Northern Rare Earth", aliases: ["Northern Rare Earth"] },
  {
    kind: "company",
    name: "Beijing Zhong Ke San Huan High-Tech",
    aliases: ["Beijing Zhong Ke San Huan", "Zhong Ke San Huan"],
  },
  { kind: "company", name: "Lynas Rare Earths", aliases: ["Lynas"] },
  { kind: "company", name: "MP Materials" },
  { kind: "company", name: "Neo Performance Materials" },
  { kind: "company", name: "Ningbo Yunsheng" },
  { kind: "company", name: "Xiamen Tungsten" },
  { kind: "company", name: "Yantai Zhenghai Magnetic Material", aliases: ["Zhenghai Magnetic"] },
  { kind: "company", name: "Zhonggang Tianyuan" },
  { kind: "company", name: "Cyclic Materials" },
  { kind: "company", name: "Arafura Rare Earths", aliases: ["Arafura"] },
  { kind: "company", name: "Iluka Resources", aliases: ["Iluka"] },
  { kind: "company", name: "Noveon Magnetics", aliases: ["Noveon"] },
  { kind: "company", name: "Niron Magnetics", aliases: ["Niron"] },
  { kind: "company", name: "Shin-Etsu Chemical", aliases: ["Shin-Etsu"] },
  { kind: "company", name: "Solvay" },
  { kind: "company", name: "USA Rare Earth" },
  { kind: "company", name: "Longci Technology" },
  { kind: "company", name: "Proterial", aliases: ["Proterial (ex-Hitachi Metals)", "Hitachi Metals"] },
  { kind: "company", name: "Quadrant" },
  { kind: "company", name: "REEcycle" },
];

function parseCountries(text: string): EntityEntry[] {
  return text.split("\n").map((line) => {
    const iso3 = line.slice(0, 3);
    const [name, ...aliases] = line.slice(4).split("|");
    return { kind: "country", name: name!, iso3, aliases };
  });
}

/** Every registered entity. */
export const ENTITY_ENTRIES: readonly EntityEntry[] = [...OTHERS, ...parseCountries(COUNTRIES), ...COMPANIES];
