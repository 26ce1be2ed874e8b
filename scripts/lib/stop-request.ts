const stopSignals = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

export interface StopRequest {
  /** True once a stop signal came, even while something was still starting. */
  readonly requested: boolean;
  /** Settles with the first stop signal. */
  readonly received: Promise<NodeJS.Signals>;
}

/**
 * Catches Ctrl-C (SIGINT, sent by the terminal to its whole process group), SIGTERM and SIGHUP from
 * now on, so a launcher stops what it started instead of dying mid-step. The handlers stay: a second
 * Ctrl-C while stopping does not cut the stop short (each part of it is bounded in time).
 */
export function catchStopRequest(): StopRequest {
  let requested = false;
  const received = new Promise<NodeJS.Signals>((resolve) => {
    for (const signal of stopSignals) {
      process.on(signal, () => {
        requested = true;
        resolve(signal);
      });
    }
  });
  return {
    get requested() {
      return requested;
    },
    received,
  };
}
