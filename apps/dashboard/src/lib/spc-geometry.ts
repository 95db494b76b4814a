/**
 * SVG paths for the hand-drawn QI involvement chart: a line broken at missing values, and a
 * band between a lower and an upper line.
 */
import type { Scale } from './spc-scale';

export interface Coordinate {
	x: number;
	y: number;
}

/**
 * An SVG path through the coordinates; a null breaks the line. A lone coordinate becomes a
 * short horizontal tick `lonePx` wide so a one-point segment's line is still seen, or is left
 * out when `lonePx` is 0.
 */
export function linePath(coordinates: readonly (Coordinate | null)[], lonePx = 8): string {
	const runs: Coordinate[][] = [];
	let run: Coordinate[] = [];
	for (const coordinate of coordinates) {
		if (coordinate) run.push(coordinate);
		else if (run.length) {
			runs.push(run);
			run = [];
		}
	}
	if (run.length) runs.push(run);
	return runs
		.filter((line) => line.length > 1 || lonePx > 0)
		.map((line) => {
			if (line.length === 1) {
				const [{ x, y }] = line;
				return `M${round(x - lonePx / 2)},${round(y)}H${round(x + lonePx / 2)}`;
			}
			return line.map(({ x, y }, index) => `${index === 0 ? 'M' : 'L'}${round(x)},${round(y)}`).join('');
		})
		.join('');
}

function round(value: number): number {
	return Math.round(value * 100) / 100;
}

/**
 * A closed SVG path filling between a lower and an upper line (a confidence band). A period
 * missing either limit breaks the band into separate pieces.
 */
export function bandPath(band: readonly { lower: number | null; upper: number | null }[], x: Scale, y: Scale): string {
	const pieces: number[][] = [];
	let piece: number[] = [];
	band.forEach(({ lower, upper }, index) => {
		if (lower === null || upper === null) {
			if (piece.length) {
				pieces.push(piece);
				piece = [];
			}
		} else piece.push(index);
	});
	if (piece.length) pieces.push(piece);
	return pieces
		.map((indexes) => {
			const top = indexes.map((index) => `${round(x(index))},${round(y(band[index].upper as number))}`);
			const bottom = [...indexes].reverse().map((index) => `${round(x(index))},${round(y(band[index].lower as number))}`);
			return `M${top.join('L')}L${bottom.join('L')}Z`;
		})
		.join('');
}
