// Flat ESLint config. Besides the usual TypeScript and hooks rules it enforces the feature boundaries of
// bulletproof-react: code flows app → features → shared (components, hooks, lib, locales). Shared code never
// imports a feature or the app, features never import the app, and features don't import each other: the app
// composes them (e.g. it puts the tenants feature's sign-up form into the landing page), and pieces several features
// need live in shared code. The one exception is the session (who is signed in, in which organization), which every
// feature reads through the auth feature's public entry, its index.ts.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const SHARED = ['./src/components', './src/hooks', './src/lib', './src/locales', './src/utils', './src/types'];

const SESSION = './auth/index.ts';

const featureZones = features.map((feature) => ({
  target: `./src/features/${feature}`,
  from: './src/features',
  except: [`./${feature}`, SESSION],
  message: 'Features do not import each other (only the session from @/features/auth): compose them in src/app, or move the shared piece to src/components, src/hooks or src/lib.',
}));

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'playwright-report', 'test-results', 'src/lib/api/schema.d.ts'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...featureZones,
            { target: './src/features', from: './src/app', message: 'Features never import the app.' },
            { target: SHARED, from: ['./src/features', './src/app'], message: 'Shared code never imports features or the app.' },
          ],
        },
      ],
    },
  },
);
