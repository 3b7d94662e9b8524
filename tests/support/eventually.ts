/**
 * Reads a value until `check` stops throwing, or throws the last failure after `timeoutMs`: the
 * page and the server answer asynchronously, and a fixed sleep would be either slow or flaky.
 * For what cannot be awaited as an event. The deadline only turns a wait that will never end into
 * a failure that says what was last seen, before the test's own timeout: it is no bound on how
 * fast anything must be, and is generous for a loaded machine.
 */
export async function eventually<T>(read: () => Promise<T>, check: (value: T) => void, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const value = await read();
      check(value);
      return value;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
