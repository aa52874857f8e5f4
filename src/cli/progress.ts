/**
 * A one-line progress display on stderr for long work (backup, restore, demo, imports). It draws
 * only on a terminal, so scripts and --json output stay clean.
 */
export interface ProgressLine {
  update(done: number, detail?: string): void;
  done(message?: string): void;
}

export function progressLine(label: string, total?: number): ProgressLine {
  const stream = process.stderr;
  if (!stream.isTTY) return { update() {}, done() {} };
  let last = 0;
  const draw = (done: number, detail = "") => {
    const count = total ? `${Math.min(100, Math.round((done / total) * 100))}% ` : "";
    const bar = total ? `[${"#".repeat(Math.round((done / total) * 20)).padEnd(20, ".")}] ` : "";
    const text = `${label} ${bar}${count}${done.toLocaleString("en")} ${detail}`.slice(
      0,
      (stream.columns ?? 80) - 1,
    );
    stream.write(`\r\x1b[2K${text}`);
  };
  return {
    update(done, detail) {
      const now = Date.now();
      if (now - last < 80) return;
      last = now;
      draw(done, detail);
    },
    done(message) {
      stream.write(`\r\x1b[2K${message ? `${message}\n` : ""}`);
    },
  };
}
