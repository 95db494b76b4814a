// Shared argument checks: every public function rejects bad input loudly
// rather than letting NaN leak into a published figure.

export function assertFinite(value: number, name: string): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new RangeError(`${name} must be a finite number, got ${String(value)}`);
  }
}

export function assertNonNegative(value: number, name: string): void {
  assertFinite(value, name);
  if (value < 0) throw new RangeError(`${name} must not be negative, got ${value}`);
}

export function assertCount(value: number, name: string): void {
  assertNonNegative(value, name);
  if (!Number.isInteger(value)) throw new RangeError(`${name} must be a whole number, got ${value}`);
}

export function assertProbability(value: number, name: string): void {
  assertFinite(value, name);
  if (value <= 0 || value >= 1) {
    throw new RangeError(`${name} must lie strictly between 0 and 1, got ${value}`);
  }
}
