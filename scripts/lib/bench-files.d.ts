// Types of bench-files.js (plain JavaScript, so that scripts run under Node without a build).
export declare function benchmarkFiles(benchDir: string, only?: readonly string[]): string[];
