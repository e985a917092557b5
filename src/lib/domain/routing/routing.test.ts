import { describe, expect, it } from 'vitest';
import {
	addWorkingDays,
	easterSunday,
	isOverdue,
	isWorkingDay,
	linkIsUsable,
	swedishDay,
	swedishHolidays
} from './routing';

describe('working days', () => {
	it('finds Easter Sunday', () => {
		expect(easterSunday(2026)).toBe('2026-04-05');
		expect(easterSunday(2027)).toBe('2027-03-28');
		expect(easterSunday(2024)).toBe('2024-03-31');
	});

	it('knows the Swedish public holidays that fall on weekdays, and the eves treated as holidays', () => {
		const h = swedishHolidays(2026);
		// Good Friday, Easter Monday, Ascension Day, Midsummer Eve (the Friday 19–25 June), National Day.
		for (const day of ['2026-04-03', '2026-04-06', '2026-05-14', '2026-06-19', '2026-12-24', '2026-12-31'])
			expect(h.has(day), day).toBe(true);
		expect(swedishHolidays(2027).has('2027-06-25')).toBe(true);
		expect(isWorkingDay('2026-04-03')).toBe(false);
		expect(isWorkingDay('2026-11-21')).toBe(false); // a Saturday
		expect(isWorkingDay('2026-11-23')).toBe(true);
	});

	it('counts Monday to Friday, the routing day itself not included', () => {
		// Monday 23 November 2026 + 5 working days = Monday 30 November.
		expect(addWorkingDays('2026-11-23', 5)).toBe('2026-11-30');
		// From a Friday, one working day is the Monday.
		expect(addWorkingDays('2026-11-27', 1)).toBe('2026-11-30');
		// From a Saturday, one working day is the Monday.
		expect(addWorkingDays('2026-11-28', 1)).toBe('2026-11-30');
		expect(addWorkingDays('2026-11-23', 0)).toBe('2026-11-23');
	});

	it('skips holidays: the default 20 working days over Christmas and New Year', () => {
		// From Monday 14 December 2026: 24, 25, 31 Dec, 1 and 6 Jan are not working days.
		expect(addWorkingDays('2026-12-14', 20)).toBe('2027-01-18');
		// Over Easter 2027 (Good Friday 26 March, Easter Monday 29 March).
		expect(addWorkingDays('2027-03-25', 1)).toBe('2027-03-30');
	});

	it('takes the day in Swedish time', () => {
		expect(swedishDay(new Date('2026-11-22T23:30:00Z'))).toBe('2026-11-23');
		expect(swedishDay(new Date('2026-06-30T21:59:00Z'))).toBe('2026-06-30');
	});
});

describe('a routing', () => {
	it('is overdue only while waiting, after its due day', () => {
		expect(isOverdue({ status: 'routed', dueOn: '2026-12-01' }, '2026-12-01')).toBe(false);
		expect(isOverdue({ status: 'routed', dueOn: '2026-12-01' }, '2026-12-02')).toBe(true);
		expect(isOverdue({ status: 'answered', dueOn: '2026-12-01' }, '2026-12-02')).toBe(false);
	});

	it('has a link that works while waiting and before it expires', () => {
		const expires = new Date('2027-01-01T00:00:00Z');
		expect(linkIsUsable({ status: 'routed', linkExpiresAt: expires }, new Date('2026-12-31T23:59:59Z'))).toBe(true);
		expect(linkIsUsable({ status: 'routed', linkExpiresAt: expires }, expires)).toBe(false);
		expect(linkIsUsable({ status: 'forwarded', linkExpiresAt: expires }, new Date('2026-12-01T00:00:00Z'))).toBe(false);
	});
});
