export function voiceText(text: string): string;
export function templateFragments(template: string): string[];
export const SPOKEN_NUMBERS: readonly string[];
