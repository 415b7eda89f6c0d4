/* Bytes as base64 text and back, for binary data inside JSON (backups, keys). */
export function toBase64(bytes: Uint8Array): string {
  let text = '';
  // In slices: spreading a whole recording into one call would overflow the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

export function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}
