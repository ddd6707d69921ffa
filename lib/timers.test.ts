import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { debounce, throttle } from "./timers";

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("throttle", () => {
  it("calls at once, then once more for everything asked within the window", () => {
    const fn = vi.fn();
    const { call } = throttle(fn, 80);
    call();
    expect(fn).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 5; i++) {
      vi.advanceTimersByTime(10);
      call();
    }
    expect(fn).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(30); // the window ends
    expect(fn).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(1_000);
    expect(fn).toHaveBeenCalledTimes(2);
  });

  it("calls at once again after a quiet window, and nothing after one ask", () => {
    const fn = vi.fn();
    const { call } = throttle(fn, 80);
    call();
    vi.advanceTimersByTime(500);
    expect(fn).toHaveBeenCalledTimes(1);
    call();
    expect(fn).toHaveBeenCalledTimes(2);
  });

  it("calls nothing more once cancelled", () => {
    const fn = vi.fn();
    const { call, cancel } = throttle(fn, 80);
    call();
    call();
    cancel();
    vi.advanceTimersByTime(1_000);
    expect(fn).toHaveBeenCalledTimes(1);
  });
});

describe("debounce", () => {
  it("calls once, a pause after the last ask", () => {
    const fn = vi.fn();
    const { call } = debounce(fn, 1_500, 6_000);
    for (let i = 0; i < 3; i++) {
      call();
      vi.advanceTimersByTime(1_000);
    }
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(499);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it("calls no later than the longest wait while the asking goes on, then starts a new run", () => {
    const fn = vi.fn();
    const { call } = debounce(fn, 1_500, 6_000);
    const calledAt: number[] = [];
    fn.mockImplementation(() => calledAt.push(Date.now()));
    const start = Date.now();
    for (let i = 0; i < 20; i++) {
      call();
      vi.advanceTimersByTime(1_000);
    }
    vi.advanceTimersByTime(2_000); // the last ask was at 19 s: a pause after it
    expect(calledAt.map((at) => at - start)).toEqual([6_000, 12_000, 18_000, 20_500]);
  });

  it("calls nothing once cancelled", () => {
    const fn = vi.fn();
    const { call, cancel } = debounce(fn, 1_500, 6_000);
    call();
    cancel();
    vi.advanceTimersByTime(10_000);
    expect(fn).not.toHaveBeenCalled();
  });

  it("makes the waiting call at once when flushed, and nothing when none waits", () => {
    const fn = vi.fn();
    const { call, flush } = debounce(fn, 1_500, 6_000);
    flush();
    expect(fn).not.toHaveBeenCalled();
    call();
    flush();
    expect(fn).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(10_000);
    expect(fn).toHaveBeenCalledTimes(1);
  });
});
