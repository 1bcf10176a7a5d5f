import type { Rule } from './rule';

/** The GDPR Art. 13/14 completeness checks beyond the core ones. */
export const completenessRules: readonly Rule[] = [];
