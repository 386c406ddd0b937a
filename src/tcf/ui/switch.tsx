/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
interface Props {
  on: boolean;
  /** Id of the element that names the switch. */
  label: string;
  /** Id of the element that describes it. */
  describedBy?: string;
  onChange(on: boolean): void;
}

/** An on/off switch: a button with `role="switch"`, so Space and Enter toggle it. */
export function Switch({ on, label, describedBy, onChange }: Props) {
  return (
    <button
      type="button"
      class="sw"
      role="switch"
      aria-checked={on}
      aria-labelledby={label}
      aria-describedby={describedBy}
      onClick={() => onChange(!on)}
    />
  );
}
