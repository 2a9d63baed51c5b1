import { AppError } from "../errors.ts";

/**
 * A request's body, read only as far as `maxBytes`: past that it is a 413 and the rest is never
 * read. Bytes are counted as they arrive, so a lying or absent content-length cannot make the
 * worker buffer more; a declared length over the limit is refused before reading anything.
 *
 * @example
 * const bytes = await readBytesUpTo(c.req.raw, 64 * 1024); // or AppError("payload_too_large")
 */
export async function readBytesUpTo(
  /** A request, or a response the worker fetched (an answer model's): anything with a body. */
  request: Pick<Request, "headers" | "body">,
  maxBytes: number,
): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function tooLarge(maxBytes: number): AppError {
  return new AppError("payload_too_large", `The body is larger than ${maxBytes} bytes.`);
}
