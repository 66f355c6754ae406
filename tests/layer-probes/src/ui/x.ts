// A stand-in module that the probes import; it is never run.
export const stub = 1;
