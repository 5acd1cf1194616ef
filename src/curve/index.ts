/** Learning curves: pure analysis core (docs/learning-curves.md). No fs, no process. */
export type {
  CurvePoint,
  CurveOptions,
  CurveAnalysis,
  CurveFamilyFit,
  CurveFamilyName,
  CurveComparison,
  CurveComparisonPoint,
} from '../kernel/curve-types.js';
export {
  analyzeCurve,
  fitCurveModels,
  DEFAULT_CURVE_OPTIONS,
  MAX_EXTRAPOLATION,
  findRecommendedSize,
  fitCostModel,
  costAt,
} from './analyze.js';
export { compareCurves, curveValueAt, fittedValueAt } from './compare.js';
export { curveConclusion, renderCurveMarkdown, renderCurveMermaid } from './render.js';
export { renderCurveText } from './render-text.js';
export { FAMILY_NAMES } from './families.js';
export { formatSize, formatDelta, formatValue, formatCost } from './format.js';
