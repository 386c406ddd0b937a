/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';

/**
 * A switch named by the element `uid` (or several, space-separated) and described by `uid + 'd'` when `described`. A switch that cannot be
 * used now (`locked`) stays focusable and says so (`aria-disabled`), so that Tab and the focus trap still
 * reach it; clicking it changes nothing.
 */
export function toggle(uid: string, on: boolean, flip: () => void, described?: unknown, locked?: boolean) {
  return (
    <button
      type="button"
      class="sw"
      role="switch"
      aria-checked={on}
      aria-labelledby={uid}
      aria-describedby={described ? uid + 'd' : undefined}
      aria-disabled={locked || undefined}
      onClick={locked ? undefined : flip}
    />
  );
}
