import type { HostedFieldState } from '@checkout-errors/core/fields';

/**
 * The last state each hosted card field reported, by field: a Map (what `validateHostedFields`
 * reads) that tells its listeners when a field's state is set, so a frame can show that field's
 * state (`useHostedFieldState`). One listener set is enough: each reader's snapshot is its own
 * field's state object, so React re-renders only the frames whose field changed.
 */
export class HostedFieldStore extends Map<string, HostedFieldState> {
  private readonly listeners = new Set<() => void>();

  override set(field: string, state: HostedFieldState): this {
    super.set(field, state);
    for (const listener of this.listeners) listener();
    return this;
  }

  /** Listens to every field's state (a stable function, for `useSyncExternalStore`). */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}
