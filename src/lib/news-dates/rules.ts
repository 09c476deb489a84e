/**
 * Every rule, in the order overlapping matches of equal length are decided (the first wins).
 */
import type { Rule } from './rule';
import { ANCHORED_RULES } from './rules-anchored';
import { DAY_RULES } from './rules-days';
import { MONTH_RULES } from './rules-months';
import { PERIOD_RULES } from './rules-periods';
import { WEEK_RULES } from './rules-weeks';
import { WINDOW_RULES } from './rules-windows';
import { YEAR_RULES } from './rules-years';

export const RULES: readonly Rule[] = [
  ...DAY_RULES,
  ...MONTH_RULES,
  ...YEAR_RULES,
  ...PERIOD_RULES,
  ...WEEK_RULES,
  ...WINDOW_RULES,
  ...ANCHORED_RULES,
];
