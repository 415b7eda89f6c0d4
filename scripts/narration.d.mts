export function narratedLines(lang: string): [string, string][];
export function fileNameFor(text: string): string;
