/**
 * A lead's local time zone, from its zip code where a state spans two zones and else from its
 * state: what nurture send windows and call lists read "8:00 to 21:00 where the lead is" in.
 */
export function leadTimeZone(contact: { state: string | null; zip: string | null }): string | null {
  const zip = contact.zip?.slice(0, 3);
  if (zip && /^\d{3}$/.test(zip)) {
    const byZip = ZIP_PREFIX_ZONES[zip];
    if (byZip) return byZip;
  }
  const state = contact.state?.toUpperCase();
  return (state && STATE_ZONES[state]) || null;
}

const EASTERN = "America/New_York";
const CENTRAL = "America/Chicago";
const MOUNTAIN = "America/Denver";
const PACIFIC = "America/Los_Angeles";

/** Each state's zone where most of its people live. */
const STATE_ZONES: Record<string, string> = {
  AL: CENTRAL,
  AK: "America/Anchorage",
  AZ: "America/Phoenix",
  AR: CENTRAL,
  CA: PACIFIC,
  CO: MOUNTAIN,
  CT: EASTERN,
  DE: EASTERN,
  DC: EASTERN,
  FL: EASTERN,
  GA: EASTERN,
  HI: "Pacific/Honolulu",
  ID: "America/Boise",
  IL: CENTRAL,
  IN: "America/Indiana/Indianapolis",
  IA: CENTRAL,
  KS: CENTRAL,
  KY: "America/Kentucky/Louisville",
  LA: CENTRAL,
  ME: EASTERN,
  MD: EASTERN,
  MA: EASTERN,
  MI: "America/Detroit",
  MN: CENTRAL,
  MS: CENTRAL,
  MO: CENTRAL,
  MT: MOUNTAIN,
  NE: CENTRAL,
  NV: PACIFIC,
  NH: EASTERN,
  NJ: EASTERN,
  NM: MOUNTAIN,
  NY: EASTERN,
  NC: EASTERN,
  ND: CENTRAL,
  OH: EASTERN,
  OK: CENTRAL,
  OR: PACIFIC,
  PA: EASTERN,
  RI: EASTERN,
  SC: EASTERN,
  SD: CENTRAL,
  TN: CENTRAL,
  TX: CENTRAL,
  UT: MOUNTAIN,
  VT: EASTERN,
  VA: EASTERN,
  WA: PACIFIC,
  WV: EASTERN,
  WI: CENTRAL,
  WY: MOUNTAIN,
  PR: "America/Puerto_Rico",
  VI: "America/St_Thomas",
  GU: "Pacific/Guam",
  AS: "Pacific/Pago_Pago",
  MP: "Pacific/Saipan",
};

/** The parts of split states in their other zone, by the zip code's first three digits. */
const ZIP_PREFIX_ZONES: Record<string, string> = {
  // Florida's panhandle west of the Apalachicola.
  "324": CENTRAL,
  "325": CENTRAL,
  // Eastern Tennessee: Chattanooga, Knoxville, the Tri-Cities.
  "373": EASTERN,
  "374": EASTERN,
  "376": EASTERN,
  "377": EASTERN,
  "378": EASTERN,
  "379": EASTERN,
  // Western Kentucky: Paducah, Bowling Green, Owensboro.
  "420": CENTRAL,
  "421": CENTRAL,
  "422": CENTRAL,
  "423": CENTRAL,
  "424": CENTRAL,
  // Indiana's corners near Chicago and Evansville.
  "463": CENTRAL,
  "464": CENTRAL,
  "476": CENTRAL,
  "477": CENTRAL,
  // Michigan's Upper Peninsula along Wisconsin.
  "498": "America/Menominee",
  "499": "America/Menominee",
  // Southwestern North Dakota, western South Dakota, western Nebraska.
  "586": MOUNTAIN,
  "577": MOUNTAIN,
  "691": MOUNTAIN,
  "693": MOUNTAIN,
  // Western Kansas along Colorado.
  "677": MOUNTAIN,
  // El Paso.
  "798": MOUNTAIN,
  "799": MOUNTAIN,
  "885": MOUNTAIN,
  // Northern Idaho.
  "835": PACIFIC,
  "838": PACIFIC,
  // Malheur County, Oregon.
  "979": "America/Boise",
};
