// Electron entry point. The shell stays thin: it wires Electron's pieces to the same services the
// web host uses and adds what only Electron can do. Everything else lives in main/services.
import { app, ipcMain, protocol, session, type BrowserWindow } from 'electron';

import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../contract/index.js';
import { createKioskServices, type KioskServices } from '../services/kiosk-services.js';
import { createStderrLogger } from '../services/logger.js';

import { APP_SCHEME_PRIVILEGES, registerAppProtocol } from './app-protocol.js';
import { createInvokeHandler } from './handle.js';
import { createKioskWindow } from './kiosk-window.js';
import { isPermissionAllowed } from './navigation-policy.js';
import { resolveKioskPaths } from './paths.js';

const logger = createStderrLogger();

// Both must happen before `ready`.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();

let services: KioskServices | undefined;
let mainWindow: BrowserWindow | undefined;

async function start(): Promise<void> {
  await app.whenReady();
  const paths = resolveKioskPaths({
    isPackaged: app.isPackaged,
    appPath: app.getAppPath(),
    resourcesPath: process.resourcesPath,
    userData: app.getPath('userData'),
    env: process.env,
  });
  services = await createKioskServices({
    configDir: paths.configDir,
    dataDir: paths.dataDir,
    appVersion: app.getVersion(),
    hostKind: 'electron',
    logger,
  });

  registerAppProtocol(protocol, paths.rendererDir);
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl));
  });
  session.defaultSession.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin),
  );

  const invoke = createInvokeHandler(services.dispatch, logger);
  ipcMain.handle(INVOKE_CHANNEL, (event, method: unknown, payload: unknown) => invoke(event, method, payload));

  const window = createKioskWindow({ preloadPath: paths.preloadPath, kioskMode: app.isPackaged });
  mainWindow = window;
  const unsubscribe = services.events.subscribe((event) => {
    if (!window.isDestroyed()) window.webContents.send(EVENT_CHANNEL, event);
  });
  window.on('closed', () => {
    unsubscribe();
    mainWindow = undefined;
  });
}

if (!app.requestSingleInstanceLock()) {
  // A second launch (a double click, an autostart racing a manual start) hands over to the first.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow === undefined) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    void (services?.close() ?? Promise.resolve()).finally(() => {
      app.quit();
    });
  });
  start().catch((error: unknown) => {
    logger.error('electron_start_failed', { error: error instanceof Error ? error.message : String(error) });
    app.exit(1);
  });
}
