// Electron entry point. The shell stays thin: it wires Electron's pieces to the same services the
// web host uses and adds what only Electron can do. Everything else lives in main/services.
import { app, ipcMain, powerSaveBlocker, protocol, safeStorage, session, type BrowserWindow } from 'electron';

import { EVENT_CHANNEL, HEARTBEAT_CHANNEL, INVOKE_CHANNEL } from '../contract/index.js';
import { createKioskServices, type KioskServices } from '../services/kiosk-services.js';
import { createStderrLogger } from '../services/logger.js';

import { APP_SCHEME_PRIVILEGES, registerAppProtocol } from './app-protocol.js';
import { startCallDisplay } from './call-display-window.js';
import { DEFAULT_CRASH_POLICY } from './crash-recovery-policy.js';
import { watchRenderer } from './crash-recovery.js';
import { DEFAULT_HEARTBEAT_POLICY } from './heartbeat-policy.js';
import { createHeartbeatHandler, createInvokeHandler } from './handle.js';
import { safeStorageProtector } from './key-protection.js';
import { createKioskWindow } from './kiosk-window.js';
import { createOsDriverPrinter } from './os-driver-printer.js';
import { hideCursor, lockDownContents, lockDownSession, removeApplicationMenu } from './lockdown.js';
import { resolveKioskPaths } from './paths.js';
import { decideShellMode } from './shell-mode.js';

const logger = createStderrLogger();
const mode = decideShellMode({ isPackaged: app.isPackaged, env: process.env });
const { developerTools, kioskMode } = mode;
if (mode.ignored.length > 0) logger.warn('development_variables_ignored', { variables: mode.ignored.join(',') });

// All three must happen before `ready`.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();
if (process.platform === 'linux') {
  // speechSynthesis needs speech-dispatcher on Linux (read-aloud where the OS has a voice).
  app.commandLine.appendSwitch('enable-speech-dispatcher');
}

let services: KioskServices | undefined;
let mainWindow: BrowserWindow | undefined;

// Every web contents, whatever created it, gets the same rules (defence in depth).
app.on('web-contents-created', (_event, contents) => {
  lockDownContents(contents, { developerTools, logger });
});

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
    // After `ready`: safeStorage can only tell what it has from then on.
    keyProtector: await safeStorageProtector(safeStorage),
    printing: { osDriver: createOsDriverPrinter() },
  });

  if (!mode.applicationMenu) removeApplicationMenu();
  const { recordingGate, scannerGate, visitorScannerGate } = services;
  lockDownSession(session.defaultSession, logger, {
    recordingScreenOpen: () => recordingGate.isOpen(),
    scannerOpen: () => scannerGate.isOpen(),
    visitorScannerOpen: () => visitorScannerGate.isOpen(),
    visitorCameraAllowed: () => visitorScannerGate.allowed(),
  });
  registerAppProtocol(protocol, paths.rendererDir);
  const invoke = createInvokeHandler(services.dispatch, logger);
  ipcMain.handle(INVOKE_CHANNEL, (event, method: unknown, payload: unknown) => invoke(event, method, payload));

  const window = createKioskWindow({ preloadPath: paths.preloadPath, kioskMode, developerTools });
  mainWindow = window;
  // — Turns for people waiting — an optional window of calls on a second screen.
  const stopCallDisplay = startCallDisplay({
    kioskWindow: window,
    preloadPath: paths.preloadPath,
    setting: process.env.KIOSK_CALL_DISPLAY,
    logger,
  });
  if (process.env.KIOSK_HIDE_CURSOR === '1') {
    window.webContents.on('did-finish-load', () => {
      void hideCursor(window);
    });
  }
  const kiosk = services;
  const watch = watchRenderer(
    window,
    logger,
    (fault, state) => {
      logger.warn('renderer_recovery', { crashes: state.crashes, hangs: state.hangs });
      // Recorded where the operator status reads it; a failure is logged by the service.
      void kiosk.rendererCrashes.record(fault);
    },
    DEFAULT_CRASH_POLICY,
    mode.heartbeat ? DEFAULT_HEARTBEAT_POLICY : null,
  );
  const onBeat = createHeartbeatHandler(watch.beat);
  const heartbeatListener = (event: Electron.IpcMainEvent): void => {
    onBeat(event);
  };
  ipcMain.on(HEARTBEAT_CHANNEL, heartbeatListener);
  // A kiosk screen that goes dark looks broken: keep the display on while the app serves.
  const blocker = powerSaveBlocker.start('prevent-display-sleep');
  const unsubscribe = services.events.subscribe((event) => {
    if (!window.isDestroyed()) window.webContents.send(EVENT_CHANNEL, event);
  });
  window.on('closed', () => {
    stopCallDisplay();
    ipcMain.off(HEARTBEAT_CHANNEL, heartbeatListener);
    unsubscribe();
    powerSaveBlocker.stop(blocker);
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
