/**
 * DNS-rebinding and cross-site protection for the web host.
 *
 * The host binds to 127.0.0.1, but a web page elsewhere can still make the browser talk to it:
 * through a rebinding domain (the `Host` header then names that domain) or by a cross-site request
 * (the `Origin` header names the other site). Only our own names pass.
 */
export interface RequestHeadersLike {
  readonly host?: string | undefined;
  readonly origin?: string | undefined;
  readonly secFetchSite?: string | undefined;
}

export type GuardVerdict = { allowed: true } | { allowed: false; reason: string };

/** The `host:port` values this host answers to. */
export function allowedHostValues(port: number): ReadonlySet<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export function checkRequestOrigin(headers: RequestHeadersLike, port: number): GuardVerdict {
  const hosts = allowedHostValues(port);
  const host = headers.host?.trim().toLowerCase();
  if (host === undefined || !hosts.has(host)) {
    return { allowed: false, reason: 'host' };
  }
  if (headers.origin !== undefined) {
    // Compared as parsed origins, never by prefix: `http://127.0.0.1:8127.evil` must fail.
    let origin: URL;
    try {
      origin = new URL(headers.origin);
    } catch {
      return { allowed: false, reason: 'origin' };
    }
    if (origin.protocol !== 'http:' || !hosts.has(origin.host) || origin.origin !== headers.origin.toLowerCase()) {
      return { allowed: false, reason: 'origin' };
    }
  }
  if (headers.secFetchSite !== undefined && !['same-origin', 'none'].includes(headers.secFetchSite)) {
    return { allowed: false, reason: 'fetch-site' };
  }
  return { allowed: true };
}
