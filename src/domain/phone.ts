import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js";

/**
 * A US number as forms write it: ten digits, after an optional `+1` or `1`, the area code
 * optionally in parentheses, the groups separated by nothing, a space, a dot or a dash.
 */
const US_NUMBER = /^(?:\+?1[ .-]?)?(?:\(([2-9]\d\d)\)|([2-9]\d\d))[ .-]?(\d{3})[ .-]?(\d{4})$/;

/**
 * libphonenumber's verdict on each six-digit NANP prefix (area code and exchange), asked the
 * first time a number with that prefix arrives: 0 not asked yet, 1 valid, 2 not valid. Its
 * metadata decides a North American number's validity and country by those six digits alone
 * (every pattern for country code 1 ends in four or more free digits), so one answer holds for
 * all ten thousand numbers of a prefix. One byte a prefix: a million bytes, filled as traffic
 * comes, never evicted.
 */
const usPrefixVerdicts = new Uint8Array(1_000_000);
const VALID = 1;
const INVALID = 2;

/**
 * A phone number in E.164 (`+15152431234`), read with `region` as the default country, or null
 * when it is not a valid number. libphonenumber's answer; a US number in one of the usual
 * forms is answered from its prefix's verdict, without parsing it again.
 */
export function toE164(raw: string, region: CountryCode): string | null {
  if (region === "US") {
    const m = US_NUMBER.exec(raw);
    if (m) {
      const national = `${m[1] ?? m[2]}${m[3]}${m[4]}`;
      const prefix = Number(national.slice(0, 6));
      if (usPrefixVerdicts[prefix] === 0) usPrefixVerdicts[prefix] = parse(raw, region) ? VALID : INVALID;
      return usPrefixVerdicts[prefix] === VALID ? `+1${national}` : null;
    }
  }
  return parse(raw, region);
}

function parse(raw: string, region: CountryCode): string | null {
  const parsed = parsePhoneNumberFromString(raw, { defaultCountry: region });
  return parsed?.isValid() ? parsed.number : null;
}
