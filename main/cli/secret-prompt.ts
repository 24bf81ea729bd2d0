/**
 * Reads a PIN at a terminal without showing it: no echo, not even stars (the number of digits is
 * itself a hint to someone looking over the shoulder). Without a terminal (a script, a test) it
 * reads one line from standard input instead.
 */
export function promptSecret(question: string): Promise<string> {
  const input = process.stdin;
  if (!input.isTTY) {
    process.stderr.write(question);
    return readLine(input);
  }
  return new Promise((resolve, reject) => {
    let typed = '';
    // Echo goes off before the question shows: what is typed the moment it appears stays hidden.
    input.setRawMode(true);
    process.stderr.write(question);
    input.resume();
    input.setEncoding('utf8');
    const finish = (error?: Error): void => {
      input.setRawMode(false);
      input.pause();
      input.off('data', onData);
      process.stderr.write('\n');
      if (error === undefined) resolve(typed);
      else reject(error);
    };
    const onData = (chunk: string): void => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') {
          finish();
          return;
        }
        if (char === '\u0003') {
          finish(new Error('cancelled'));
          return;
        }
        if (char === '\u007f' || char === '\b') typed = typed.slice(0, -1);
        else if (char >= ' ') typed += char;
      }
    };
    input.on('data', onData);
  });
}

/** One line of a non-terminal stdin; the rest stays buffered for the next call. */
let pending = '';
let ended = false;
function readLine(input: NodeJS.ReadStream): Promise<string> {
  return new Promise((resolve, reject) => {
    const take = (): boolean => {
      const newline = pending.indexOf('\n');
      if (newline >= 0 || ended) {
        const end = newline >= 0 ? newline : pending.length;
        const line = pending.slice(0, end).replace(/\r$/, '');
        pending = newline >= 0 ? pending.slice(newline + 1) : '';
        cleanup();
        input.pause();
        process.stderr.write('\n');
        if (newline < 0 && line === '') reject(new Error('no input'));
        else resolve(line);
        return true;
      }
      return false;
    };
    const onData = (chunk: Buffer | string): void => {
      pending += chunk.toString();
      take();
    };
    const onEnd = (): void => {
      ended = true;
      take();
    };
    const cleanup = (): void => {
      input.off('data', onData);
      input.off('end', onEnd);
    };
    if (take()) return;
    input.on('data', onData);
    input.on('end', onEnd);
    input.resume();
  });
}
