/** `https://redsafe.icrc.org/` → `redsafe.icrc.org`: nothing on a kiosk is clicked, it is read. */
export function readableUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.host}${parsed.pathname}`.replace(/\/$/, '');
  } catch {
    return url;
  }
}
