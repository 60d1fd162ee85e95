// Every rule, alphabetical, one line each. Settings keys, the README table and test file names follow these ids.
import { moneyConversionRate } from './money-conversion-rate';
import { pageBoilerplate } from './page-boilerplate';
import { quoteUnattributed } from './quote-unattributed';
import { quoteUnbalanced } from './quote-unbalanced';
import { Rule } from './rule';

export const ALL_RULES: readonly Rule[] = [
  moneyConversionRate,
  pageBoilerplate,
  quoteUnattributed,
  quoteUnbalanced,
];
