/**
 * What the shell turns on for developers, decided once at start from the build and the
 * environment. Pure, so the rule that matters is tested without Electron: a packaged build is the
 * kiosk, and no environment variable gives a visitor's screen devtools, an app menu (with its
 * reload and devtools items) or a screen without its heartbeat watchdog. Anyone able to set a
 * variable for the kiosk's process must not get more from it than a staff member has.
 */
export interface ShellModeInput {
  readonly isPackaged: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
}

export interface ShellMode {
  /** Devtools in the window, F12 / Ctrl+Shift+I allowed. */
  readonly developerTools: boolean;
  /** Electron's default application menu (Reload, Toggle Developer Tools, Quit …). */
  readonly applicationMenu: boolean;
  /** The renderer heartbeat watchdog. */
  readonly heartbeat: boolean;
  /** A full-screen kiosk window. */
  readonly kioskMode: boolean;
  /** Variables that were set but do not apply to this build, to be logged. */
  readonly ignored: readonly string[];
}

/** Variables only a development build reads. */
const DEVELOPMENT_ONLY = ['KIOSK_DEV', 'KIOSK_HEARTBEAT', 'KIOSK_FULLSCREEN'] as const;

export function decideShellMode({ isPackaged, env }: ShellModeInput): ShellMode {
  if (isPackaged) {
    return {
      developerTools: false,
      applicationMenu: false,
      heartbeat: true,
      kioskMode: true,
      ignored: DEVELOPMENT_ONLY.filter((name) => env[name] !== undefined),
    };
  }
  // A development build has devtools unless KIOSK_DEV=0 asks for it to behave like the kiosk.
  const developerTools = env.KIOSK_DEV !== '0';
  return {
    developerTools,
    applicationMenu: developerTools,
    // Devtools may pause the page in the debugger, which is not a hang; KIOSK_HEARTBEAT=1 forces it on.
    heartbeat: !developerTools || env.KIOSK_HEARTBEAT === '1',
    kioskMode: env.KIOSK_FULLSCREEN === '1',
    ignored: [],
  };
}
