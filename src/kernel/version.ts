/** mlgate's version: the CLI's `--version` and the `mlgate_version` of a recorded baseline's manifest. */
export const VERSION = '0.1.0';
