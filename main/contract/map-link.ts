// Kept apart from the directory's schemas, without zod: the visitor's service screen needs the
// link on the first load, and importing directory.ts would bring every schema into that bundle.

/** WGS84 decimal degrees, as a phone's map app and OpenStreetMap take them. */
export interface MapCoordinates {
  readonly latitude: number;
  readonly longitude: number;
}

/**
 * The "how to get there" link: an OpenStreetMap page with a marker. Any phone camera opens it in
 * the browser (a `geo:` link opens only on Android), and it carries the service's place, nothing
 * about the person.
 */
export function mapLink({ latitude, longitude }: MapCoordinates): string {
  const lat = latitude.toFixed(5);
  const lon = longitude.toFixed(5);
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=17/${lat}/${lon}`;
}
