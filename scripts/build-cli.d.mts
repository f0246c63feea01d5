/** Types of scripts/build-cli.mjs, for the tests. */
export declare const ROOT: string
export declare const BUNDLE: string
/** True when the bundle is missing or older than a source. */
export declare function isStale(): boolean
export declare function buildCli(): Promise<void>
