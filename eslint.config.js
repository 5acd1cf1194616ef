// Flat config: typescript-eslint's recommended rules on src/, test/ and bench/.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Every function in src/ within these limits: a dense decision is split into named rules (docs/architecture.md).
const LIMITS = {
  complexity: ['error', 20],
  'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }],
};

export default tseslint.config(
  // src/schema/generated/: validator code written by scripts/gen-validators.mjs (checked by npm run check-dist).
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.ci/**', 'src/schema/generated/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['error'] }],
      eqeqeq: ['error', 'always'],
    },
  },
  { files: ['src/**/*.ts'], rules: LIMITS },
  {
    files: ['test/**', 'bench/**', 'scripts/**', 'src/cli.ts'],
    rules: { 'no-console': 'off' },
  },
);
