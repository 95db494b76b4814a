import { describe, expect, it } from 'vitest';
import { describeScopes, newUserProblem, parseScopes, readNewUserForm, scopeOptions } from './admin-users';

const choices = {
	services: [{ id: '1', name: 'Active Minds' }],
	programmes: [{ id: '4', name: 'Walking group' }],
	contracts: [{ id: '2', code: 'twl-2018', title: 'Town Wellbeing' }],
	qiProjects: [{ id: '9', title: 'Faster first contact' }]
};

describe('scopeOptions', () => {
	it('names each choice as users know it, with the kind in its value', () => {
		const groups = scopeOptions(choices);
		expect(groups.map((group) => group.label)).toEqual(['Services', 'Programmes', 'Contracts', 'QI projects']);
		expect(groups[2].options).toEqual([{ value: 'CONTRACT:2', label: 'Town Wellbeing (twl-2018)' }]);
	});
});

describe('describeScopes', () => {
	it('lists each scope entry by kind and name', () => {
		expect(
			describeScopes(
				[
					{ kind: 'SERVICE', id: '1' },
					{ kind: 'QI_PROJECT', id: '9' }
				],
				choices
			)
		).toBe('Service: Active Minds; QI project: Faster first contact');
	});

	it('says None for an empty scope, and falls back to the id for an unknown entry', () => {
		expect(describeScopes([], choices)).toBe('None');
		expect(describeScopes([{ kind: 'PROGRAMME', id: '77' }], choices)).toBe('Programme: #77');
	});
});

describe('parseScopes', () => {
	it('reads the ticked boxes and drops anything malformed', () => {
		expect(parseScopes(['SERVICE:1', 'CONTRACT:2', 'ROOT:1', 'SERVICE:x', 'PROGRAMME'])).toEqual([
			{ kind: 'SERVICE', id: '1' },
			{ kind: 'CONTRACT', id: '2' }
		]);
	});
});

describe('readNewUserForm and newUserProblem', () => {
	function form(fields: [string, string][]): FormData {
		const data = new FormData();
		for (const [name, value] of fields) data.append(name, value);
		return data;
	}

	it('reads a complete form that can be sent', () => {
		const input = readNewUserForm(
			form([
				['email', ' m@hub.test '],
				['displayName', 'Manager'],
				['role', 'SERVICE_MANAGER'],
				['password', 'a long enough password'],
				['scope', 'SERVICE:1']
			])
		);
		expect(input).toEqual({
			email: 'm@hub.test',
			displayName: 'Manager',
			role: 'SERVICE_MANAGER',
			password: 'a long enough password',
			recordAccess: false,
			scopes: [{ kind: 'SERVICE', id: '1' }]
		});
		expect(newUserProblem(input)).toBeNull();
	});

	it('asks for a role and a long enough password', () => {
		expect(
			newUserProblem(
				readNewUserForm(
					form([
						['email', 'a@hub.test'],
						['displayName', 'A'],
						['role', 'ROOT']
					])
				)
			)
		).toBe('Choose a role.');
		expect(
			newUserProblem(
				readNewUserForm(
					form([
						['email', 'a@hub.test'],
						['displayName', 'A'],
						['role', 'ADMIN'],
						['password', 'short']
					])
				)
			)
		).toBe('A password needs at least 12 characters.');
	});
});
