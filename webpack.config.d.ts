// Types for webpack.config.js (used by test/manifest to inspect the build without running it).
import type { Configuration } from 'webpack';

export const DEV_URL: string;
export const DEFAULT_PROD_URL: string;

interface BuildConfig extends Configuration {
  entry: Record<string, string>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  plugins: any[];
}

declare function config(
  env: Record<string, unknown>,
  argv: { mode?: string },
): Promise<BuildConfig>;
export default config;
