/** A module fetched with `import()` the first time it is needed. */
export interface OnDemand<M> {
  /** The module once it is here: callers then go on in the same task (an import() answers a task later, even when cached). */
  readonly loaded: M | undefined;
  /** Fetches the module (once; a failed fetch is tried again next time). */
  load(): Promise<M>;
}

export function onDemand<M>(importModule: () => Promise<M>): OnDemand<M> {
  let loaded: M | undefined;
  let loading: Promise<M> | undefined;
  return {
    get loaded() {
      return loaded;
    },
    load() {
      if (loaded) return Promise.resolve(loaded);
      loading ??= importModule().then(
        (module) => {
          loaded = module;
          return module;
        },
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      );
      return loading;
    },
  };
}
