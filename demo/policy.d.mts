export interface PolicySection {
  id: string;
  title: string;
  level: 2 | 3;
}

/** The policy text as escaped HTML, with its title, update line and section anchors. */
export function renderPolicy(text: string): { title: string; updated: string; sections: PolicySection[]; html: string };

/** The anchor of a heading. */
export function slug(heading: string): string;
