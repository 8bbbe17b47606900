/** An evaluation skipped because its data is absent, as `--json` prints it: standard output stays JSON. */
export const skippedJson = (reason: string): string => `${JSON.stringify({ skipped: reason })}\n`;
