/**
 * Realistic intake bodies for the load generator: about 1 KB of JSON each, every one
 * different, with a unique email and phone so the category's dedupe policy is checked
 * on every lead but never matches.
 */
import { mulberry32 } from "./random.js";

export interface BenchField {
  key: string;
  type: "string" | "number" | "boolean" | "enum";
  options?: string[];
}

const PROJECTS = ["roofing", "solar", "windows", "siding", "hvac", "kitchen", "bathroom", "flooring"];
const TIMEFRAMES = ["asap", "1-3 months", "3-6 months", "6+ months"];
const PROPERTIES = ["single-family", "townhouse", "condo", "multi-family", "mobile"];

/** The category the benchmark posts into; the ceilings validate the same fields. */
export const BENCH_FIELDS: BenchField[] = [
  { key: "projectType", type: "enum", options: PROJECTS },
  { key: "timeframe", type: "enum", options: TIMEFRAMES },
  { key: "propertyType", type: "enum", options: PROPERTIES },
  { key: "homeowner", type: "boolean" },
  { key: "budget", type: "number" },
  { key: "squareFeet", type: "number" },
  { key: "comments", type: "string" },
];

export const BENCH_DEDUPE = { keys: ["email", "phone"], windowDays: 30 };

/**
 * The benchmark source's leads a minute: far above what any run sends (16,000 a second), so
 * every lead pays for the rate limit's check and none is refused.
 */
export const BENCH_RATE_LIMIT = 1_000_000;

/** Real US ZIP codes with their city, state and a local area code. */
const PLACES: [zip: string, city: string, state: string, areaCode: string][] = [
  ["10001", "New York", "NY", "212"],
  ["90210", "Beverly Hills", "CA", "310"],
  ["60601", "Chicago", "IL", "312"],
  ["77002", "Houston", "TX", "713"],
  ["85004", "Phoenix", "AZ", "602"],
  ["19103", "Philadelphia", "PA", "215"],
  ["78205", "San Antonio", "TX", "210"],
  ["92101", "San Diego", "CA", "619"],
  ["75201", "Dallas", "TX", "214"],
  ["95113", "San Jose", "CA", "408"],
  ["78701", "Austin", "TX", "512"],
  ["32202", "Jacksonville", "FL", "904"],
  ["43215", "Columbus", "OH", "614"],
  ["28202", "Charlotte", "NC", "704"],
  ["46204", "Indianapolis", "IN", "317"],
  ["94103", "San Francisco", "CA", "415"],
  ["98101", "Seattle", "WA", "206"],
  ["80202", "Denver", "CO", "303"],
  ["20001", "Washington", "DC", "202"],
  ["02108", "Boston", "MA", "617"],
  ["37203", "Nashville", "TN", "615"],
  ["48226", "Detroit", "MI", "313"],
  ["73102", "Oklahoma City", "OK", "405"],
  ["97204", "Portland", "OR", "503"],
  ["89101", "Las Vegas", "NV", "702"],
  ["38103", "Memphis", "TN", "901"],
  ["40202", "Louisville", "KY", "502"],
  ["21202", "Baltimore", "MD", "410"],
  ["53202", "Milwaukee", "WI", "414"],
  ["87102", "Albuquerque", "NM", "505"],
  ["85701", "Tucson", "AZ", "520"],
  ["95814", "Sacramento", "CA", "916"],
  ["64106", "Kansas City", "MO", "816"],
  ["30303", "Atlanta", "GA", "404"],
  ["33130", "Miami", "FL", "305"],
  ["27601", "Raleigh", "NC", "919"],
  ["68102", "Omaha", "NE", "402"],
  ["55401", "Minneapolis", "MN", "612"],
  ["50309", "Des Moines", "IA", "515"],
  ["06103", "Hartford", "CT", "860"],
  ["03101", "Manchester", "NH", "603"],
  ["04101", "Portland", "ME", "207"],
  ["84101", "Salt Lake City", "UT", "801"],
  ["70112", "New Orleans", "LA", "504"],
  ["63101", "Saint Louis", "MO", "314"],
  ["15222", "Pittsburgh", "PA", "412"],
  ["44114", "Cleveland", "OH", "216"],
  ["32801", "Orlando", "FL", "407"],
  ["35203", "Birmingham", "AL", "205"],
  ["83702", "Boise", "ID", "208"],
  ["96813", "Honolulu", "HI", "808"],
  ["99501", "Anchorage", "AK", "907"],
];

const FIRST_NAMES = words(
  "James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard Susan Joseph Jessica Thomas Sarah Carlos Karen Daniel Lisa Matthew Nancy Anthony Betty Mark Sandra Donald Ashley Kwame Mei Priya José Aaliyah Dmitri Fatima Hiroshi Zoë Siobhán",
);
const LAST_NAMES = words(
  "Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson Nguyen O'Brien Okafor Kowalski Patel Yamamoto Schmidt Ivanova Haddad Müller",
);
const STREETS = words(
  "Maple Oak Pine Cedar Elm Washington Lake Hill Park Sunset Ridge Highland Lincoln Jefferson Madison Willow Chestnut Spring River Meadow",
);
const STREET_KINDS = ["St", "Ave", "Blvd", "Dr", "Ln", "Ct", "Rd", "Way", "Pl", "Terrace"];
const UNITS = ["", "", "", "Apt 4B", "Unit 12", "Suite 300", "#7"];
const MAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net"];
const UTM: [source: string, medium: string][] = [
  ["google", "cpc"],
  ["bing", "cpc"],
  ["facebook", "paid_social"],
  ["instagram", "paid_social"],
  ["tiktok", "paid_social"],
  ["newsletter", "email"],
  ["partner-network", "affiliate"],
];
const CAMPAIGNS = ["spring-roof-promo", "solar-tax-credit-2025", "window-replacement-q3", "kitchen-refresh"];
const TERMS = ["roof repair near me", "solar panels cost", "replacement windows", "hvac install quote"];
const COMMENTS = [
  "Looking for a quote this month, the old roof is leaking over the garage after the last storm.",
  "Interested in financing options. Please call after 5pm on weekdays, weekends are fine too.",
  "We just bought the house and want to compare a few contractors before the inspection deadline.",
  "Need someone who can start soon; the HOA approved the project last week. Prefer text first.",
  "Please email the estimate. We are also considering a battery backup if the price is right.",
];
const CONSENT_TEXT =
  "By clicking Get My Free Quote, I agree that HomePro Connect and its partner contractors may call and text " +
  "me at the number provided, including by autodialer and prerecorded messages, about home improvement " +
  "offers. Consent is not a condition of purchase. Message and data rates may apply. I agree to the " +
  "Terms of Use and Privacy Policy.";
const LANDING_PAGES = ["roofing/quote", "solar/savings", "windows/estimate", "kitchen/remodel"];

/** Exchanges (the three digits after the area code) that make a valid US number: no N11, no 555. */
const EXCHANGES = Array.from({ length: 800 }, (_, i) => i + 200).filter((e) => e % 100 !== 11 && e !== 555);

/**
 * Returns a function that yields the next body as a JSON string. `tag` keeps emails of
 * different runs apart; `seed` varies the rest. Lead `i` gets phone number `i` in a
 * numbering that never repeats below 7.9 million leads.
 */
export function leadBodies(tag: string, seed = 1): () => string {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  let i = 0;
  return () => {
    const n = i++;
    const [zip, city, state, areaCode] = pick(PLACES);
    const first = pick(FIRST_NAMES);
    const last = pick(LAST_NAMES);
    const [utmSource, utmMedium] = pick(UTM);
    const exchange = EXCHANGES[Math.floor(n / 10_000) % EXCHANGES.length]!;
    const line = String(n % 10_000).padStart(4, "0");
    const phone = pick([
      `(${areaCode}) ${exchange}-${line}`,
      `${areaCode}-${exchange}-${line}`,
      `+1 ${areaCode} ${exchange} ${line}`,
    ]);
    const local = `${ascii(first)}.${ascii(last)}.${tag}${n.toString(36)}`.toLowerCase();
    const unit = pick(UNITS);
    return JSON.stringify({
      firstName: first,
      lastName: last,
      email: `${local}@${pick(MAIL_DOMAINS)}`,
      phone,
      address: `${100 + Math.floor(random() * 9800)} ${pick(STREETS)} ${pick(STREET_KINDS)}${unit ? `, ${unit}` : ""}`,
      city,
      state,
      zip,
      projectType: pick(PROJECTS),
      timeframe: pick(TIMEFRAMES),
      propertyType: pick(PROPERTIES),
      homeowner: random() < 0.85,
      budget: 1000 * (5 + Math.floor(random() * 60)),
      squareFeet: 800 + Math.floor(random() * 3200),
      comments: pick(COMMENTS),
      consent: {
        text: CONSENT_TEXT,
        pageUrl: `https://www.homepro-connect.example/${pick(LANDING_PAGES)}?ref=${n.toString(36)}`,
      },
      utmSource,
      utmMedium,
      utmCampaign: pick(CAMPAIGNS),
      utmTerm: pick(TERMS),
      utmContent: `ad-${1 + Math.floor(random() * 24)}`,
    });
  };
}

function words(list: string): string[] {
  return list.split(" ");
}

function ascii(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[^A-Za-z]/g, "")
    .slice(0, 20);
}
