/**
 * Keyboard movement between the marks of a chart: one tab stop per chart, arrow keys move
 * between marks, Home and End jump to the ends. Null means the key is not ours.
 */
export function nextMarkIndex(key: string, current: number, count: number): number | null {
	if (count === 0) return null;
	if (key === 'ArrowRight' || key === 'ArrowDown') return Math.min(current + 1, count - 1);
	if (key === 'ArrowLeft' || key === 'ArrowUp') return Math.max(current - 1, 0);
	if (key === 'Home') return 0;
	if (key === 'End') return count - 1;
	return null;
}
