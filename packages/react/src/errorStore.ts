import type { CheckoutError } from '@checkout-errors/core';

/** One shown error: the normalized error and its text in the active locale. */
export interface ShownError {
  readonly error: CheckoutError<string>;
  /** The shopper-safe message, formatted for the hook's locale. */
  readonly message: string;
}

type Listener = () => void;

/**
 * The errors on show, one per field (`form` for form-level), with a listener set per field so
 * that an error part re-renders only when its own field's error changes. Framework-free: React
 * reads it through `useSyncExternalStore`.
 */
export interface ErrorStore {
  /** The error on `field`, or undefined. Stable identity until that field changes. */
  get(field: string): ShownError | undefined;
  /** Every error on show, in the order applied. Stable identity until something changes. */
  all(): readonly ShownError[];
  /** Replaces everything on show. */
  replace(errors: readonly ShownError[]): void;
  /** Removes one field's error (or all). Returns whether anything was removed. */
  clear(field?: string): boolean;
  /** Listens to every change. */
  subscribe(listener: Listener): () => void;
  /** Listens to one field's changes only. */
  subscribeField(field: string, listener: Listener): () => void;
}

export function createErrorStore(): ErrorStore {
  let byField = new Map<string, ShownError>();
  let list: readonly ShownError[] = [];
  const listeners = new Set<Listener>();
  const fieldListeners = new Map<string, Set<Listener>>();

  const commit = (next: Map<string, ShownError>) => {
    const changed = new Set([...byField.keys(), ...next.keys()].filter((field) => byField.get(field) !== next.get(field)));
    if (changed.size === 0) return false;
    byField = next;
    list = [...next.values()];
    for (const field of changed) for (const listener of fieldListeners.get(field) ?? []) listener();
    for (const listener of listeners) listener();
    return true;
  };

  return {
    get: (field) => byField.get(field),
    all: () => list,
    replace(errors) {
      const next = new Map<string, ShownError>();
      for (const shown of errors) {
        // The same error shown again keeps its identity, so its part does not re-render.
        const before = byField.get(shown.error.field);
        const same = before !== undefined && before.message === shown.message && sameError(before.error, shown.error);
        next.set(shown.error.field, same ? before : shown);
      }
      commit(next);
    },
    clear(field) {
      if (field === undefined) return commit(new Map());
      if (!byField.has(field)) return false;
      const next = new Map(byField);
      next.delete(field);
      return commit(next);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    subscribeField(field, listener) {
      const set = fieldListeners.get(field) ?? new Set<Listener>();
      fieldListeners.set(field, set);
      set.add(listener);
      return () => set.delete(listener);
    },
  };
}

const sameError = (a: CheckoutError<string>, b: CheckoutError<string>) =>
  a.kind === b.kind && a.code === b.code && a.declineCode === b.declineCode && a.messageKey === b.messageKey && a.status === b.status;
