// Every rule, alphabetical, one line each. Settings keys, the README table and test file names follow these ids.
import { entityNameVariant } from './entity-name-variant';
import { entityRoleConflict } from './entity-role-conflict';
import { moneyConversionRate } from './money-conversion-rate';
import { pageBoilerplate } from './page-boilerplate';
import { quoteSpeakerConflict } from './quote-speaker-conflict';
import { quoteUnattributed } from './quote-unattributed';
import { quoteUnbalanced } from './quote-unbalanced';
import { quoteWordingConflict } from './quote-wording-conflict';
import { Rule } from './rule';
import { styleNameForm } from './style-name-form';

export const ALL_RULES: readonly Rule[] = [
  entityNameVariant,
  entityRoleConflict,
  moneyConversionRate,
  pageBoilerplate,
  quoteSpeakerConflict,
  quoteUnattributed,
  quoteUnbalanced,
  quoteWordingConflict,
  styleNameForm,
];
