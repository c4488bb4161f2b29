/**
 * Bytes that own their whole buffer, so postMessage can hand the buffer over instead of copying it
 * (photos and PDFs run to tens of MB). A view into a larger buffer is copied first.
 */
export function transferable(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return (bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice()) as Uint8Array<ArrayBuffer>
}
