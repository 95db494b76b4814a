/** Shapes several queries share, named once so every page reads a proportion or a chart alike. */
import { graphql } from '../graphql';
import type { ProportionFragment, SpcChartFragment, SpcPointFragment } from '../graphql/graphql';

/** A proportion with its 95% CI; withheld figures arrive as null with `suppressed` (docs/methods.md, "Disclosure control"). */
/** @public Read by GraphQL Code Generator, which inlines it into every operation that spreads it. */
export const PROPORTION_FRAGMENT = graphql(`
	fragment Proportion on Proportion {
		numerator
		denominator
		estimate
		lower
		upper
		suppressed
		reason
	}
`);

/** @public Read by GraphQL Code Generator, which inlines it into every operation that spreads it. */
export const RATE_FRAGMENT = graphql(`
	fragment Rate on Rate {
		count
		denominator
		ratePer1000
		lower
		upper
		suppressed
		reason
	}
`);

/** @public Read by GraphQL Code Generator, which inlines it into every operation that spreads it. */
export const SPC_POINT_FRAGMENT = graphql(`
	fragment SpcPoint on SpcPoint {
		period
		label
		value
		mean
		upperLimit
		lowerLimit
		upperTwoSigma
		lowerTwoSigma
		specialCause
		rules
		ghosted
		rebase
		lower
		upper
		numerator
		denominator
		annotations
		pdsaCycles
	}
`);

/** What every query asks of an SpcChart, so each page draws the same chart. */
/** @public Read by GraphQL Code Generator, which inlines it into every operation that spreads it. */
export const SPC_CHART_FRAGMENT = graphql(`
	fragment SpcChart on SpcChart {
		kind
		direction
		target
		variation
		assurance
		reason
		definition
		points {
			...SpcPoint
		}
	}
`);

export type Proportion = ProportionFragment;
export type SpcPoint = SpcPointFragment;
export type SpcChart = SpcChartFragment;
