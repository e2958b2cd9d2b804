export declare const ROOT: string;
/** Where in the output the digest goes. */
export declare const DIGEST_FILE: string;
/** The digest of the bundle's inputs (src/, package.json, package-lock.json, tsconfig.json) under `root`. */
export declare function sourcesDigest(root?: string): string;
/** The inputs whose line differs between two digests, sorted. */
export declare function changedSources(a: string, b: string): string[];
/** Throws "dist/ is older than src/: run npm run bundle" when `dist`'s digest is not that of the inputs now. */
export declare function assertFreshDist(root?: string, dist?: string): void;
