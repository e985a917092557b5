/** English messages for staff pages (with the participant messages). */
import core from './staff/core';
import process from './staff/process';
import plan from './staff/plan';
import perspectives from './staff/perspectives';
import statements from './staff/statements';
import question from './staff/question';
import panel from './staff/panel';
import cocreation from './staff/cocreation';
import decision from './staff/decision';
import learning from './staff/learning';
import records from './staff/records';
import organisation from './staff/organisation';
import inbox from './staff/inbox';
import routing from './staff/routing';
import disclosure from './staff/disclosure';
import accessibility from './staff/accessibility';
import retention from './staff/retention';

export default {
	...core,
	...process,
	...plan,
	...perspectives,
	...statements,
	...question,
	...panel,
	...cocreation,
	...decision,
	...learning,
	...records,
	...organisation,
	...inbox,
	...routing,
	...disclosure,
	...accessibility,
	...retention
};
