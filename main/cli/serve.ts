import { resolve } from 'node:path';

import type { ConfigStatus } from '../contract/index.js';
import { startWebHost, type WebHost, type WebHostOptions } from '../host/web-host.js';
import { createKioskServices } from '../services/kiosk-services.js';
import { createStderrLogger } from '../services/logger.js';

import { EXIT_FAILED, EXIT_OK, type CliIo } from './cli-io.js';

export interface ServeOptions {
  readonly port: number;
  readonly configDir: string;
  readonly dataDir: string;
  readonly rendererDir: string;
  readonly appVersion: string;
}

export interface ServeHooks {
  readonly startWebHost?: (options: WebHostOptions) => Promise<WebHost>;
  /** Resolves when the command should stop; by default on SIGINT or SIGTERM. */
  readonly waitForStop?: () => Promise<void>;
}

function waitForSignal(): Promise<void> {
  return new Promise((resolveStop) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolveStop();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

function describeStartError(error: unknown, port: number): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  if (code === 'EADDRINUSE') return `port ${port} is already in use; choose another with --port or KIOSK_PORT`;
  if (code === 'EACCES') return `this user may not listen on port ${port}; choose a port above 1024`;
  return error instanceof Error ? error.message : String(error);
}

/**
 * `kioskctl serve`: the kiosk's services behind the web host, headless. The one stdout line is a
 * contract with scripts and tests that wait for it; everything else goes to stderr.
 */
export async function serve(options: ServeOptions, io: CliIo, hooks: ServeHooks = {}): Promise<number> {
  const logger = io.logger ?? createStderrLogger();
  const services = await createKioskServices({
    configDir: resolve(options.configDir),
    dataDir: resolve(options.dataDir),
    appVersion: options.appVersion,
    hostKind: 'web',
    logger,
  });
  const config = await services.dispatch('getConfigStatus', {});
  if (config.ok && (config.value as ConfigStatus).state === 'unavailable') {
    io.err(
      `The configuration in ${resolve(options.configDir)} has never been valid: the kiosk shows "out of service". Run "kioskctl config validate ${options.configDir}" to see why.`,
    );
  }

  let host: WebHost;
  try {
    host = await (hooks.startWebHost ?? startWebHost)({
      services,
      port: options.port,
      rendererDir: options.rendererDir,
      logger,
    });
  } catch (error) {
    await services.close();
    io.err(`Cannot start the web host: ${describeStartError(error, options.port)}.`);
    return EXIT_FAILED;
  }
  io.out(`RedSafe kiosk web host: ${host.url}`);

  await (hooks.waitForStop ?? waitForSignal)();
  await host.close();
  await services.close();
  return EXIT_OK;
}
