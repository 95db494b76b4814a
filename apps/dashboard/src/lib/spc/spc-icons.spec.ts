import { describe, expect, it } from 'vitest';
import { assuranceBadge, conflictNote, missingAssuranceReason, pointColour, ruleLabel, specialCauseLabel, variationBadge } from './spc-icons';

describe('pointColour', () => {
	it('uses the Making Data Count colours', () => {
		expect(pointColour(null)).toBe('#a6a6a6');
		expect(pointColour('IMPROVEMENT')).toBe('#00b0f0');
		expect(pointColour('CONCERN')).toBe('#e46c0a');
		expect(pointColour('NEITHER')).toBe('#490092');
	});
});

describe('variationBadge', () => {
	it('writes improvement and concern with H or L in their colours', () => {
		expect(variationBadge('IMPROVEMENT_HIGH')).toEqual({ colour: '#00b0f0', letter: 'H', label: 'Special cause improvement — high' });
		expect(variationBadge('CONCERN_LOW')).toEqual({ colour: '#e46c0a', letter: 'L', label: 'Special cause concern — low' });
		expect(variationBadge('NEITHER_HIGH')?.colour).toBe('#490092');
	});

	it('draws common cause in grey with no letter', () => {
		expect(variationBadge('COMMON_CAUSE')).toEqual({ colour: '#a6a6a6', letter: '', label: 'Common cause variation' });
		expect(variationBadge(null)).toBeNull();
	});
});

describe('assuranceBadge', () => {
	it('is P in blue, F in orange, ? in grey', () => {
		expect(assuranceBadge('PASS')).toEqual({ colour: '#00b0f0', letter: 'P', label: 'Consistently passing the target' });
		expect(assuranceBadge('FAIL')).toEqual({ colour: '#e46c0a', letter: 'F', label: 'Consistently failing the target' });
		expect(assuranceBadge('HIT_OR_MISS')?.letter).toBe('?');
		expect(assuranceBadge('HIT_OR_MISS')?.colour).toBe('#a6a6a6');
	});
});

describe('missingAssuranceReason', () => {
	it('says why there is no assurance icon', () => {
		expect(missingAssuranceReason('PASS', true, 'XMR')).toBeNull();
		expect(missingAssuranceReason(null, false, 'XMR')).toBe('No assurance icon: the measure has no target');
	});

	it('leaves a run chart to its own note, which says why it has no icons', () => {
		expect(missingAssuranceReason(null, true, 'RUN')).toBeNull();
		expect(missingAssuranceReason(null, false, 'RUN')).toBeNull();
	});
});

describe('conflictNote', () => {
	it('says nothing when only one side’s rules were broken', () => {
		expect(conflictNote({ conflict: false, specialCause: 'IMPROVEMENT' })).toBeNull();
	});

	it('tells the reader an improvement point also broke a concern rule', () => {
		expect(conflictNote({ conflict: true, specialCause: 'IMPROVEMENT' })).toBe(
			"Also breaks a concern rule: the reading follows Making Data Count's improvement-first rule"
		);
	});

	it('names the improvement rule when the concern-first rule was chosen', () => {
		expect(conflictNote({ conflict: true, specialCause: 'CONCERN' })).toBe(
			'Also breaks an improvement rule: the reading follows the chosen concern-first rule'
		);
	});
});

describe('point words', () => {
	it('names each special cause and rule', () => {
		expect(specialCauseLabel(null)).toBe('Common cause variation');
		expect(specialCauseLabel('CONCERN')).toBe('Special cause concern');
		expect(ruleLabel('TWO_IN_THREE')).toBe('two of three points beyond the 2σ line');
	});
});
