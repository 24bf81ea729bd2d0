// Types of linux-session.js (plain JavaScript, so that scripts run under Node without a build).
export declare const SESSION_SERVICE: string;
export declare const HOST_SERVICE: string;
export declare const SESSION_SCRIPT: string;
export declare const PAM_SERVICE: string;
export declare const CONFIG_DIR: string;
export declare const CHROMIUM_POLICY: string;

export interface SessionOptions {
  readonly mode: 'electron' | 'browser';
  readonly compositor: 'cage' | 'openbox';
  readonly user?: string;
  readonly home?: string;
  readonly appDir?: string;
  readonly node?: string;
  readonly chromium?: string;
  readonly port?: number;
  readonly chromiumPolicy?: string;
}

export interface SessionFile {
  readonly path: string;
  readonly mode: number;
  readonly content: string;
}

export declare function sessionFiles(options: SessionOptions): SessionFile[];
export declare function browserFlags(url: string): string[];
