/**
 * Keeps one school's requests under Northpass's limit of 10 requests a second, with one to spare
 * and room for the network: at most 9 requests are released in any 1.15 s, so that even answers
 * that arrive up to 150 ms closer together than they were sent stay at 9 in Northpass's second.
 * Up to 9 go at once; the rest wait in line, in the order they asked. A waiting request is
 * released only after the clock is read again when it wakes, and its release is recorded at that
 * time: a timer that fires late (an event loop busy parsing a page, a machine under load) delays
 * requests, and never lets requests that were due apart go out together.
 */
export const REQUESTS_PER_WINDOW = 9;
/** A second, and 150 ms of network jitter. */
export const WINDOW_MS = 1_150;

/** The clock the pacer reads and the timer it sleeps on (a fake one in tests). */
export interface PacingClock {
  /** Milliseconds on a monotonic clock. */
  now: () => number;
  sleep: (ms: number) => Promise<void>;
}

// a monotonic clock: a wall clock set back would otherwise hold requests for the difference
const systemClock: PacingClock = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * How long a request must still wait at `now` (0: it may go now), given the times (ms, ascending)
 * at which the school's recent requests were released; releases older than the window are
 * forgotten.
 */
export const waitAt = (released: number[], now: number): number => {
  while (released.length > 0 && (released[0] ?? now) <= now - WINDOW_MS) released.shift();
  const blocker =
    released.length >= REQUESTS_PER_WINDOW
      ? released[released.length - REQUESTS_PER_WINDOW]
      : undefined;
  return blocker === undefined ? 0 : Math.max(0, blocker + WINDOW_MS - now);
};

interface School {
  /** When its recent requests were released. */
  released: number[];
  /** The last request in line: the next one waits for it to be released. */
  line: Promise<void>;
}

/** A pacer: a function that resolves once the school behind `key` may be sent a request. */
export const createPacer = (clock: PacingClock = systemClock): ((key: string) => Promise<void>) => {
  const schools = new Map<string, School>();
  return (key) => {
    let school = schools.get(key);
    if (!school) {
      school = { released: [], line: Promise.resolve() };
      schools.set(key, school);
    }
    const { released } = school;
    const turn = school.line.then(async () => {
      for (;;) {
        // read when it wakes, not when it asked: the release is what Northpass will see
        const now = clock.now();
        const wait = waitAt(released, now);
        if (wait === 0) {
          released.push(now);
          return;
        }
        await clock.sleep(wait);
      }
    });
    school.line = turn;
    return turn;
  };
};

/** Waits, if needed, until the school behind `apiKey` may be sent another request. */
export const pace = createPacer();
