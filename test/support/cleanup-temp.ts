// Vitest setup file (vitest.config.ts): every test file removes the temp directories it made.
import { afterAll } from 'vitest';
import { removeTempDirs } from './temp.js';

afterAll(removeTempDirs);
