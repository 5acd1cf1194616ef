/**
 * Where the inventory's reports come from. Today: the workspace (the checkout of the default branch) through the
 * same report finding and readers as the gate. A source of recorded baselines (artifact bundles, one per model
 * and commit) can implement InventorySource and be passed to the audit instead; nothing else changes.
 */
import type { Config } from '../kernel/config-types.js';
import type { InventoryModel } from '../audit/inventory.js';
import { workspaceSource } from '../sources/workspace.js';
import { gatherSides } from './gather.js';

export type InventorySource = (opts: {
  workspace: string;
  config: Config;
  patterns: readonly string[];
}) => Promise<{ models: InventoryModel[]; label: string }>;

export const workspaceInventory: InventorySource = async ({ workspace, config, patterns }) => {
  const found = await gatherSides({ head: workspaceSource(workspace), base: null, config }, patterns);
  return {
    models: found.map((m) => ({ name: m.name, report_path: m.head_path, report: m.head?.report ?? null })),
    label: 'the reports in the checkout',
  };
};
