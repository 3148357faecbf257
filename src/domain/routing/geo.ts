const EARTH_RADIUS_MILES = 3958.8;
const RAD = Math.PI / 180;

/** Great-circle distance (haversine) in statute miles. */
export function distanceMiles(lat1: number, lon1: number, lat2: number, lon2: number): number {
  return distanceWithCosines(lat1, lon1, cosLat(lat1), lat2, lon2, cosLat(lat2));
}

export function cosLat(lat: number): number {
  return Math.cos(lat * RAD);
}

/** `distanceMiles` with each point's `cosLat` worked out beforehand: the same result, bit for bit. */
export function distanceWithCosines(
  lat1: number,
  lon1: number,
  cos1: number,
  lat2: number,
  lon2: number,
  cos2: number,
): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const a = Math.sin(dLat / 2) ** 2 + cos1 * cos2 * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** Degrees of latitude and longitude that a circle spans from its centre (a bounding box). */
export function degreeSpan(lat: number, miles: number): { lat: number; lon: number } {
  const dLat = miles / (EARTH_RADIUS_MILES * RAD);
  const widest = Math.min(89.9, Math.abs(lat) + dLat);
  const dLon = dLat / Math.cos(widest * RAD);
  return { lat: dLat, lon: Math.min(180, dLon) };
}
