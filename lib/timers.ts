// Two ways of calling a function less often than it is asked for, on the browser's timers. Small
// enough to write here, and tested on a fake clock (lib/timers.test.ts).

export type Calls = { call: () => void; cancel: () => void };
/** A debounce's calls, and `flush`: makes the call that is waiting now, if one is. */
export type Debounced = Calls & { flush: () => void };

/**
 * Calls `fn` at once, then at most once per `ms`: what is asked meanwhile is called once, when the
 * window ends. The live dashboard re-renders on a change without waiting, and a burst of changes
 * still costs two renders, not one per change.
 */
export function throttle(fn: () => void, ms: number): Calls {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let more = false;
  const call = () => {
    if (timer !== undefined) {
      more = true;
      return;
    }
    fn();
    timer = setTimeout(() => {
      timer = undefined;
      if (more) {
        more = false;
        call();
      }
    }, ms);
  };
  const cancel = () => {
    clearTimeout(timer);
    timer = undefined;
    more = false;
  };
  return { call, cancel };
}

/**
 * Calls `fn` once the asking has paused for `pauseMs`, and no later than `atMostMs` after the
 * first ask of the run, however long the asking goes on.
 */
export function debounce(fn: () => void, pauseMs: number, atMostMs: number): Debounced {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let since: number | undefined;
  const cancel = () => {
    clearTimeout(timer);
    timer = since = undefined;
  };
  const call = () => {
    since ??= Date.now();
    clearTimeout(timer);
    const wait = Math.min(pauseMs, since + atMostMs - Date.now());
    timer = setTimeout(
      () => {
        cancel();
        fn();
      },
      Math.max(0, wait),
    );
  };
  const flush = () => {
    if (timer === undefined) return;
    cancel();
    fn();
  };
  return { call, cancel, flush };
}
