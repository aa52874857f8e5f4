/**
 * Password hashing with scrypt (node:crypto), at a cost OWASP lists as equivalent to its
 * recommended minimum (N=2^14, r=8, p=5). The parameters travel with each hash, so the cost can
 * be raised later without breaking existing hashes.
 */
import { randomBytes, scrypt, timingSafeEqual } from "node:crypto";

const N = 2 ** 14;
const R = 8;
const P = 5;
const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, n: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(
      password.normalize("NFKC"),
      salt,
      KEY_LENGTH,
      { N: n, r, p, maxmem: 256 * n * r + 1024 * 1024 },
      (error, key) => (error ? reject(error) : resolve(key)),
    ),
  );
}

/** "scrypt$N$r$p$salt$hash" (salt and hash in base64). */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, N, R, P);
  return `scrypt$${N}$${R}$${P}$${salt.toString("base64")}$${key.toString("base64")}`;
}

export async function verifyPassword(password: string, stored: string | null): Promise<boolean> {
  const parts = stored?.split("$") ?? [];
  if (parts.length !== 6 || parts[0] !== "scrypt") return false;
  const [, n, r, p, salt, hash] = parts;
  const expected = Buffer.from(hash ?? "", "base64");
  const key = await derive(password, Buffer.from(salt ?? "", "base64"), Number(n), Number(r), Number(p));
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** Refuses passwords that are easy to guess (length, not a single repeated character). */
export function passwordProblem(password: string): string | undefined {
  if (password.length < 12) return "a password needs at least 12 characters";
  if (password.length > 256) return "a password may have at most 256 characters";
  if (/^(.)\1+$/.test(password)) return "a password cannot repeat one character";
  return undefined;
}
