declare module "zipcodes" {
  interface ZipInfo {
    zip: string;
    latitude: number;
    longitude: number;
    city: string;
    state: string;
    country: string;
  }
  const zipcodes: {
    lookup(zip: string | number): ZipInfo | undefined;
    /** Every code it knows (US zips and Canadian postal codes), by code. */
    codes: Record<string, ZipInfo>;
  };
  export default zipcodes;
}
