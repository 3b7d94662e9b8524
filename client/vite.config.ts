import { fileURLToPath, URL } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
import { graphqlDocuments } from './build/graphql-documents.ts';
import { precompiledMessages } from './build/precompile-messages.ts';

const API = 'http://127.0.0.1:4000';

export default defineConfig({
  base: '/',
  plugins: [vue(), precompiledMessages(), graphqlDocuments(fileURLToPath(new URL('./src/gql', import.meta.url)))],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      // The package's `main` is its CommonJS build; the browser wants the TypeScript sources.
      '@ntm/shared': fileURLToPath(new URL('../shared/src/index.ts', import.meta.url)),
    },
  },
  define: {
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    __VUE_I18N_FULL_INSTALL__: 'false',
    __VUE_I18N_LEGACY_API__: 'false',
    __INTLIFY_PROD_DEVTOOLS__: 'false',
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/graphql': API,
      '/graphiql': API,
      '/healthz': API,
    },
  },
  preview: {
    port: 4173,
    proxy: {
      '/graphql': API,
      '/healthz': API,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // AG Grid's core alone is close to 1 MB minified (about 280 kB gzipped), whatever modules
    // are registered; it gets a chunk of its own, cached across releases of the app. Vue is
    // grouped first, or it would land in that chunk and make the entry wait for the grid.
    chunkSizeWarningLimit: 1100,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'vue', test: /node_modules[\\/](@vue|vue)[\\/]/, priority: 2 },
            { name: 'ag-grid', test: /node_modules[\\/]ag-grid-/, priority: 1 },
          ],
        },
      },
    },
  },
});
