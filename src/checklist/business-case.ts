/**
 * The business case: the value per month against the running cost plus the serving cost (cost/pnl.ts). A model
 * whose value does not exceed its cost loses money and fails; a case whose cost cannot be known is not a pass.
 */
import { monthlyPnl } from '../cost/pnl.js';
import { formatMoney, formatNumber } from '../kernel/format.js';
import { fail, pass, type Outcome } from '../kernel/checklist-types.js';
import type { CheckContext } from './context.js';

const AT = '/lifecycle/business_case';

export function checkBusinessCase(c: CheckContext): Outcome {
  const p = monthlyPnl(c.report, c.config);
  if (!p) {
    return fail(
      'no value stated',
      'add lifecycle.business_case.value_per_month (and cost_per_month) so value can be weighed against cost',
      '/lifecycle',
    );
  }
  const money = (v: number) => formatMoney(v, p.currency);
  const parts = [
    p.running !== null && `${money(p.running)} running`,
    p.serving !== null && `${money(p.serving)} serving`,
  ].filter(Boolean);
  const value = `value ${money(p.value)}/month`;
  if (p.net === null) {
    return fail(
      `${value}; ${p.unknown}`,
      p.running === null && p.serving === null
        ? 'add lifecycle.business_case.cost_per_month, or predictions_per_month with cost.price_per_1k_predictions'
        : 'state the business case in the configured cost.currency (or set cost.currency to its currency)',
      AT,
    );
  }
  const cost = p.value - p.net;
  const against = `${value} against ${parts.join(' + ')}${parts.length > 1 ? ` = ${money(cost)}` : ''}/month`;
  const signed = `${p.net >= 0 ? '+' : ''}${money(p.net)}`;
  if (p.net <= 0) {
    return fail(
      `losing money: ${against} (net ${signed}/month)`,
      'cut the serving or running cost, or retire the model; a model worth less than it costs should not ship',
      AT,
    );
  }
  const ratio = cost > 0 ? ` (${formatNumber(p.value / cost, 3)}×)` : '';
  return pass(`${against}: net ${signed}/month${ratio}`, AT);
}
