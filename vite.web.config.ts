/**
 * The web edition: the renderer built as a static site. The same bundle is what the
 * Electron window loads from file://, hence the relative base. The shipped scenarios are
 * bundled at build time (import.meta.glob in renderer/library/shipped.ts).
 */
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

const root = fileURLToPath(new URL('./renderer', import.meta.url))
const outDir = fileURLToPath(new URL('./dist-web', import.meta.url))

export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    // mermaid is large and loaded lazily; its chunks are expected to be big.
    chunkSizeWarningLimit: 4096,
  },
  // The scenarios and the engine live outside the renderer root.
  server: { fs: { allow: [fileURLToPath(new URL('.', import.meta.url))] } },
})
