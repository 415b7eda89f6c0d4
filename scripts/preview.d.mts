export function startPreview(): Promise<{ base: string; stop: () => void }>;
