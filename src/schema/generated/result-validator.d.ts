// Type of the validator scripts/gen-validators.mjs precompiles from schemas/result.
import type { ValidateFunction } from 'ajv';
import type { GateResult } from '../../kernel/result-types.js';

export declare const result: ValidateFunction<GateResult>;
