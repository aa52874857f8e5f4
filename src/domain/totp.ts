/**
 * Time-based one-time passwords (RFC 6238, HMAC-SHA1, 30-second steps, 6 digits), as authenticator
 * apps implement them.
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

export function base32Encode(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

export function base32Decode(text: string): Buffer {
  const clean = text.replace(/=+$/, "").replace(/\s/g, "").toUpperCase();
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const ch of clean) {
    const index = ALPHABET.indexOf(ch);
    if (index === -1) throw new Error("invalid base32");
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** A new random secret (160 bits), base32 as authenticator apps expect. */
export function newTotpSecret(): string {
  return base32Encode(randomBytes(20));
}

/** The code for a given time step. */
export function totpCode(secret: string, timeMs = Date.now(), step = 30): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(timeMs / 1000 / step)));
  const hmac = createHmac("sha1", base32Decode(secret)).update(counter).digest();
  const offset = (hmac[hmac.length - 1] ?? 0) & 0x0f;
  const binary = (hmac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(binary).padStart(6, "0");
}

/** Accepts the current code and the neighbouring steps, to allow for clock drift. */
export function verifyTotp(secret: string, code: string, timeMs = Date.now()): boolean {
  return totpStep(secret, code, timeMs) !== undefined;
}

/**
 * The time step a code belongs to (the current one or a neighbour, for clock drift), or undefined
 * when it matches none. Callers remember the step so that a code is accepted only once.
 */
export function totpStep(secret: string, code: string, timeMs = Date.now()): number | undefined {
  if (!/^\d{6}$/.test(code)) return undefined;
  const now = Math.floor(timeMs / 30_000);
  for (const drift of [-1, 0, 1]) {
    const expected = Buffer.from(totpCode(secret, (now + drift) * 30_000));
    if (timingSafeEqual(expected, Buffer.from(code))) return now + drift;
  }
  return undefined;
}

/** The otpauth:// URL that authenticator apps scan as a QR code. */
export function totpUri(secret: string, account: string, issuer = "ISMS Copilot"): string {
  return `otpauth://totp/${encodeURIComponent(`${issuer}:${account}`)}?secret=${secret}&issuer=${encodeURIComponent(issuer)}&algorithm=SHA1&digits=6&period=30`;
}
