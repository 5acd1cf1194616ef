/** mlgate's own report (`mlgate.yaml`, schemas/report.schema.json): parsed and checked by schema/report.ts. */
import { parseReport } from '../schema/report.js';
import { singleFileReader } from './reader.js';

export const mlgateReader = singleFileReader('mlgate', (text, label, naming) => {
  const loaded = parseReport(text, label);
  // The native report names its model; a config name overrides it so that carry-forward paths match.
  if (naming.model) loaded.report.model = naming.model;
  return loaded;
});
