/**
 * Calls `check` when another tab may have decided: this page came back from the back/forward cache, became
 * visible again, or another tab's engine said so on the `consentry` channel (opened after load).
 */
export declare function watchOtherTabs(check: () => void): void;
