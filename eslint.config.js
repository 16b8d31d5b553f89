// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  { ignores: ['node_modules/', 'build/', 'dist/', 'out/', 'test-artifacts/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='only']", message: 'No focused tests.' },
        { selector: "CallExpression[callee.property.name='skip']", message: 'No skipped tests.' },
      ],
    },
  },
  {
    files: ['src/taskpane/**/*.{ts,tsx}', 'test/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  // The engine is pure: no Node, DOM, Office or other project layers. Its subfolders
  // (src/model/plan, …) may import the rest of src/model, nothing above it.
  ...[
    ['src/model/*.ts', '../*'],
    ['src/model/*/*.ts', '../../*'],
  ].map(([files, outside]) => ({
    files: [files],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'os', 'child_process'],
              message: 'src/model is pure: no Node.',
            },
            {
              group: ['react', 'react-dom', '@fluentui/*', 'exceljs'],
              message: 'src/model is pure.',
            },
            { group: [outside], message: 'src/model uses nothing else of ours.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'Office', 'Excel', 'process'],
    },
  })),
  {
    // The workbook plan is pure; the .xlsx renderer runs in a browser too.
    files: ['src/workbook/**/*.ts', 'src/xlsx/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'os', 'child_process'],
              message: 'No Node here: the pane uses this code in a browser.',
            },
            { group: ['react', 'react-dom', '@fluentui/*'], message: 'No UI here.' },
            {
              group: ['../excel/*', '../taskpane/*', '../cli/*'],
              message: 'Dependencies point inward.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'Office', 'Excel', 'process'],
    },
  },
  {
    // Only src/excel may talk to Excel.run.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/excel/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'Excel', property: 'run', message: 'Excel.run lives only in src/excel.' },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        __dirname: 'readonly',
        require: 'readonly',
        module: 'writable',
      },
    },
  },
);
