/**
 * Password hashing with scrypt (node:crypto), at a cost OWASP lists as equivalent to its
 * recommended minimum (N=2^14, r=8, p=5). The parameters travel with each hash, so the cost can
 * be raised later without breaking existing hashes.
 */
import { randomBytes, scrypt, timingSafeEqual } from "node:crypto";
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";

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

/**
 * The guessability check: zxcvbn with its dictionary of common passwords, names and words, and
 * keyboard patterns, built on first use (it loads a large dictionary).
 */
let checker: ZxcvbnFactory | undefined;
const strength = () => {
  checker ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary },
    graphs: common.adjacencyGraphs,
  });
  return checker;
};

/** Why a password is guessable, by zxcvbn's warning. */
const WHY: Record<string, string> = {
  commonPasswords: "it is one of the most common passwords",
  similarToCommon: "it is a common password or close to one",
  topTen: "it is one of the ten most common passwords",
  topHundred: "it is one of the hundred most common passwords",
  userInputs: "it contains your name or email address",
  wordByItself: "it is a single word",
  namesByThemselves: "it is a name",
  commonNames: "it is a common name",
  dates: "it is a date",
  recentYears: "it ends in a recent year",
  sequences: "it is a sequence like abc or 6543",
  simpleRepeat: "it repeats a few characters",
  extendedRepeat: "it repeats a few characters",
  keyPattern: "it is a keyboard pattern",
  straightRow: "it is a row of keys",
};

/** zxcvbn's score a password must reach: 3 means more than 10^8 guesses ("safely unguessable"). */
export const MIN_PASSWORD_SCORE = 3;

/**
 * Refuses passwords that are easy to guess: shorter than 12 characters, longer than 256, or
 * guessable from lists of common passwords, words, keyboard patterns, dates and repetitions, or
 * from the person's own email and name (`personal`).
 */
export function passwordProblem(password: string, personal: readonly string[] = []): string | undefined {
  if (password.length < 12) return "a password needs at least 12 characters";
  if (password.length > 256) return "a password may have at most 256 characters";
  if (/^(.)\1+$/.test(password)) return "a password cannot repeat one character";
  const inputs = personal
    .flatMap((p) => [p, ...p.toLowerCase().split(/[^a-z0-9]+/)])
    .filter((p) => p.length > 2);
  const result = strength().check(password.slice(0, 100), inputs);
  if (result.score < MIN_PASSWORD_SCORE) {
    const why = WHY[result.feedback.warning ?? ""] ?? "it follows a pattern guessing tools try early";
    return `this password is too easy to guess (${why}): use a few unrelated words, or a password manager`;
  }
  return undefined;
}
