import { describe, expect, it } from 'vitest';

import { checkRequestOrigin } from '../../main/host/origin-guard.js';

const PORT = 8127;

describe('checkRequestOrigin', () => {
  it.each([
    [{ host: '127.0.0.1:8127' }],
    [{ host: 'localhost:8127' }],
    [{ host: '127.0.0.1:8127', origin: 'http://127.0.0.1:8127', secFetchSite: 'same-origin' }],
    [{ host: 'localhost:8127', origin: 'http://localhost:8127' }],
    [{ host: '127.0.0.1:8127', secFetchSite: 'none' }],
  ])('allows %j', (headers) => {
    expect(checkRequestOrigin(headers, PORT)).toEqual({ allowed: true });
  });

  it.each([
    [{}, 'host'],
    [{ host: 'evil.example:8127' }, 'host'],
    [{ host: 'rebind.evil.example' }, 'host'],
    [{ host: '127.0.0.1:9999' }, 'host'],
    [{ host: '127.0.0.1' }, 'host'],
    [{ host: '127.0.0.1:8127', origin: 'http://evil.example' }, 'origin'],
    [{ host: '127.0.0.1:8127', origin: 'http://127.0.0.1:8127.evil.example' }, 'origin'],
    [{ host: '127.0.0.1:8127', origin: 'https://127.0.0.1:8127' }, 'origin'],
    [{ host: '127.0.0.1:8127', origin: 'null' }, 'origin'],
    [{ host: '127.0.0.1:8127', origin: 'http://127.0.0.1:8127/path' }, 'origin'],
    [{ host: '127.0.0.1:8127', secFetchSite: 'cross-site' }, 'fetch-site'],
    [{ host: '127.0.0.1:8127', secFetchSite: 'same-site' }, 'fetch-site'],
  ])('refuses %j (%s)', (headers, reason) => {
    expect(checkRequestOrigin(headers, PORT)).toEqual({ allowed: false, reason });
  });
});
