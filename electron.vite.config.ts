/**
 * The desktop build: main (ESM, as package.json is "type": "module"), the preload (one
 * CommonJS file with its dependencies bundled in, since a sandboxed preload can neither
 * be ESM nor require node_modules), and the renderer from renderer/ — the same page the
 * web edition builds (vite.web.config.ts), loaded from file:// hence the relative base.
 */
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'

const path = (relative: string): string => fileURLToPath(new URL(relative, import.meta.url))

export default defineConfig({
  main: {
    build: {
      outDir: path('./out/main'),
      lib: { entry: path('./electron/main/index.ts'), formats: ['es'] },
      rolldownOptions: { output: { entryFileNames: 'index.js' } },
    },
  },
  preload: {
    build: {
      outDir: path('./out/preload'),
      externalizeDeps: false,
      lib: { entry: path('./electron/preload/index.ts'), formats: ['cjs'] },
      rolldownOptions: { output: { entryFileNames: 'index.cjs' } },
    },
  },
  renderer: {
    root: path('./renderer'),
    base: './',
    plugins: [react()],
    build: {
      outDir: path('./out/renderer'),
      emptyOutDir: true,
      target: 'es2022',
      rolldownOptions: { input: path('./renderer/index.html') },
      // mermaid is large and loaded lazily; its chunks are expected to be big.
      chunkSizeWarningLimit: 4096,
    },
    // The scenarios and the engine live outside the renderer root.
    server: { fs: { allow: [path('.')] } },
  },
})
