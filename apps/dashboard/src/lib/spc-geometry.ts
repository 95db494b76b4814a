/**
 * Turns an SPC chart's points into what is drawn: limit lines broken at rebase points, the
 * value line broken at missing values, and the value range the y axis must cover.
 */
import type { SpcPoint } from './spc-types';
import type { Scale } from './spc-scale';
import { extent } from './spc-scale';

export type SpcLineKey = 'mean' | 'upperLimit' | 'lowerLimit' | 'upperTwoSigma' | 'lowerTwoSigma';

/** Index ranges (both ends included) sharing one set of limits; a rebase point starts a new one. */
export interface LimitSegment {
	start: number;
	end: number;
}

export function limitSegments(points: readonly Pick<SpcPoint, 'rebase'>[]): LimitSegment[] {
	const segments: LimitSegment[] = [];
	points.forEach((point, index) => {
		const last = segments.at(-1);
		if (!last || (point.rebase && index > 0)) segments.push({ start: index, end: index });
		else last.end = index;
	});
	return segments;
}

/** The indexes where limits are recalculated (the first point never counts). */
export function rebaseIndexes(points: readonly Pick<SpcPoint, 'rebase'>[]): number[] {
	return points.flatMap((point, index) => (point.rebase && index > 0 ? [index] : []));
}

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

/** The path of one line (the mean, a limit) across one segment. */
export function segmentPath(
	points: readonly SpcPoint[],
	segment: LimitSegment,
	key: SpcLineKey,
	x: Scale,
	y: Scale
): string {
	const coordinates = points.slice(segment.start, segment.end + 1).map((point, offset) => {
		const value = point[key];
		return value === null ? null : { x: x(segment.start + offset), y: y(value) };
	});
	return linePath(coordinates);
}

/** The value line: every point with a value, in order, broken where a value is missing. */
export function valuePath(points: readonly Pick<SpcPoint, 'value'>[], x: Scale, y: Scale): string {
	const coordinates = points.map((point, index) => (point.value === null ? null : { x: x(index), y: y(point.value) }));
	return linePath(coordinates, 0);
}

/**
 * The range the y axis must show: values, the lines drawn (2σ only when shown) and every
 * target. Null when there is nothing to draw.
 */
export function spcValueRange(
	points: readonly SpcPoint[],
	targets: readonly (number | null)[],
	showTwoSigma: boolean
): [number, number] | null {
	const keys: SpcLineKey[] = showTwoSigma
		? ['mean', 'upperLimit', 'lowerLimit', 'upperTwoSigma', 'lowerTwoSigma']
		: ['mean', 'upperLimit', 'lowerLimit'];
	return extent([...points.flatMap((point) => [point.value, ...keys.map((key) => point[key])]), ...targets]);
}

/** A target per point: the chart's single target repeated, unless per-period targets are given. */
export function targetsPerPoint(count: number, target: number | null, perPeriod?: readonly (number | null)[]): (number | null)[] {
	if (perPeriod && perPeriod.length === count) return [...perPeriod];
	return Array.from({ length: count }, () => target);
}

/** The target as a stepped line: flat across each period, stepping half-way between periods. */
export function targetPath(targets: readonly (number | null)[], x: Scale, y: Scale): string {
	const coordinates: (Coordinate | null)[] = [];
	targets.forEach((target, index) => {
		if (target === null) return void coordinates.push(null);
		const left = index === 0 ? x(0) : (x(index - 1) + x(index)) / 2;
		const right = index === targets.length - 1 ? x(index) : (x(index) + x(index + 1)) / 2;
		coordinates.push({ x: left, y: y(target) }, { x: right, y: y(target) });
	});
	return linePath(coordinates, 0);
}

/**
 * A closed SVG path filling between a lower and an upper line (a confidence band). A period
 * missing either limit breaks the band into separate pieces.
 */
export function bandPath(
	band: readonly { lower: number | null; upper: number | null }[],
	x: Scale,
	y: Scale
): string {
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
