/**
 * The inventory's memory between runs: each model's last status, kept in a hidden marker at the end of the
 * inventory issue (base64url JSON, so nothing in it can close the HTML comment). Read back defensively: the issue
 * body can be edited by anyone with write access, so a marker that does not parse is no state, never an error.
 */
import { INVENTORY_STATUSES, type InventoryState, type InventoryStatus } from './inventory.js';

export const INVENTORY_MARKER = '<!-- mlgate:inventory -->';
const STATE_RE = /<!-- mlgate:inventory-state ([A-Za-z0-9_-]{0,65536}) -->/;
const MAX_MODELS = 1000;

export function stateMarker(state: InventoryState): string {
  return `<!-- mlgate:inventory-state ${Buffer.from(JSON.stringify(state), 'utf8').toString('base64url')} -->`;
}

export function parseState(body: string | null | undefined): InventoryState | null {
  const m = STATE_RE.exec(body ?? '');
  if (!m) return null;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(m[1]!, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const out: InventoryState = Object.create(null) as InventoryState;
  for (const [name, status] of Object.entries(value).slice(0, MAX_MODELS)) {
    if (name.length > 200 || name === '__proto__') continue;
    if (INVENTORY_STATUSES.includes(status as InventoryStatus)) out[name] = status as InventoryStatus;
  }
  return out;
}
