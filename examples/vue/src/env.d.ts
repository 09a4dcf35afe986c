// Lets tsc type-check main.ts, which imports the single-file component; the template itself is
// checked by Vue's compiler at build time.
declare module '*.vue' {
  import type { DefineComponent } from 'vue';

  const component: DefineComponent;
  export default component;
}
