// Types of the validators scripts/gen-validators.mjs precompiles from schemas/report and schemas/config.
import type { ValidateFunction } from 'ajv';

export declare const report: ValidateFunction;
export declare const config: ValidateFunction;
