/// <reference types="vitest/config" />
import { defineConfig } from 'vite';

export default defineConfig({
  publicDir: 'assets',
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
    environment: 'node',
  },
});
