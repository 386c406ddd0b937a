/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
import { toggle } from '../../ui/switch';

interface Props {
  /** Id of the element naming what is switched (a purpose, a vendor). */
  of: string;
  uid: string;
  label: string;
  on: boolean;
  onChange(on: boolean): void;
}

/** A labelled switch; screen readers hear what it is for and which control it is ("Vendor A, Consent"). */
export function Control({ of, uid, label, on, onChange }: Props) {
  return (
    <span class="ctl">
      <span id={uid}>{label}</span>
      {toggle(`${of} ${uid}`, on, () => onChange(!on))}
    </span>
  );
}
