// Builds the Office add-in: one entry per page (task pane, ribbon commands, custom functions),
// the HTML pages, functions.json (from the JSDoc tags in src/functions/functions.ts) and the
// manifest. `npm run build` → dist/ (production, no certificates, no network);
// `npm run dev-server` → https://localhost:3000 with the office-addin-dev-certs certificate.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import CopyWebpackPlugin from 'copy-webpack-plugin';
import CustomFunctionsMetadataPlugin from 'custom-functions-metadata-plugin';

const root = path.dirname(fileURLToPath(import.meta.url));

/** The URL the manifest uses while developing (served by `npm run dev-server`). */
export const DEV_URL = 'https://localhost:3000/';
/**
 * Where the production build is hosted by default. Set OFFER_RUNWAY_URL when building for your
 * own host, e.g. `OFFER_RUNWAY_URL=https://addin.example.com/offer-runway/ npm run build`; every
 * `https://localhost:3000/` in manifest.xml is replaced by it. Must be https and end with `/`.
 */
export const DEFAULT_PROD_URL = 'https://offer-runway.example.com/';

/**
 * The dev server's certificate. Only `npm run dev-server` asks for one; `npm run build` and
 * `npm run watch` never do. By default office-addin-dev-certs creates a localhost certificate and
 * asks the OS to trust its CA (once; on Linux through sudo). To use your own instead, set
 * OFFER_RUNWAY_DEV_CERT and OFFER_RUNWAY_DEV_KEY to PEM files.
 */
async function devServerCertificate() {
  const cert = process.env.OFFER_RUNWAY_DEV_CERT;
  const key = process.env.OFFER_RUNWAY_DEV_KEY;
  if (cert || key) {
    if (!cert || !key)
      throw new Error(
        'Set both OFFER_RUNWAY_DEV_CERT and OFFER_RUNWAY_DEV_KEY (PEM files), or neither.',
      );
    return { cert: readFileSync(cert), key: readFileSync(key) };
  }
  const { getHttpsServerOptions } = await import('office-addin-dev-certs');
  return getHttpsServerOptions();
}

export default async (env, argv) => {
  const dev = argv.mode !== 'production';
  const prodUrl = process.env.OFFER_RUNWAY_URL || DEFAULT_PROD_URL;
  const publicUrl = dev ? DEV_URL : prodUrl;
  if (!/^https:\/\/[^\s]+\/$/.test(publicUrl)) {
    throw new Error(`OFFER_RUNWAY_URL must be an https URL ending in "/", got "${publicUrl}"`);
  }

  const config = {
    mode: dev ? 'development' : 'production',
    devtool: dev ? 'source-map' : false,
    context: root,
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      functions: './src/functions/functions.ts',
    },
    output: {
      path: path.resolve(root, 'dist'),
      // Entry names stay fixed: the manifest points at functions.js (the custom-functions
      // runtime loads that script without a page on Windows/Mac).
      filename: '[name].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    target: ['web', 'es2017'],
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // ES2017 output: the custom functions run in Excel's JavaScript-only runtime, whose engine
          // on Windows predates ?. and ?? (the pane's browsers do not mind).
          use: {
            loader: 'ts-loader',
            options: { transpileOnly: true, compilerOptions: { target: 'es2017' } },
          },
        },
        // The engine has no import-time side effects: lets functions.js leave out what it does
        // not call (the scenario schema and zod).
        { test: /[\\/]src[\\/]model[\\/]/, sideEffects: false },
        // Band CSVs (templates/bands/*.csv) are imported as text.
        { test: /\.csv$/, type: 'asset/source' },
        {
          test: /\.(png|svg)$/,
          type: 'asset/resource',
          generator: { filename: 'assets/[name][ext]' },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        input: path.resolve(root, 'src/functions/functions.ts'),
        output: 'functions.json',
      }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
      }),
      new HtmlWebpackPlugin({
        filename: 'functions.html',
        template: './src/functions/functions.html',
        chunks: ['functions'],
      }),
      new HtmlWebpackPlugin({
        filename: 'help.html',
        template: './src/commands/help.html',
        inject: false,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) =>
              dev ? content : content.toString().replaceAll(DEV_URL, prodUrl),
          },
        ],
      }),
    ],
    performance: { hints: false },
  };

  if (env?.WEBPACK_SERVE) {
    config.devServer = {
      port: 3000,
      hot: false,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: { type: 'https', options: await devServerCertificate() },
    };
  }
  return config;
};
