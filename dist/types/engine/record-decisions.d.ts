import type { Engine, GateView } from '../shared/engine-contract';
/**
 * Records decisions: checks the config in full (one message per mistake), computes and writes the consent
 * record, and after the gate committed it deletes the cookies of what is not allowed, sends the receipt
 * and tells other tabs. It reads the gate; it never writes into it.
 */
export declare function createEngine(gate: GateView): Engine;
