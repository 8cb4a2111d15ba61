/** The bytes of a base64 string (atob: the same in Node, the renderer and a worker). Model files store weights and vectors so. */
export function decodeBase64(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
