/** English messages for participants: every page. */
import core from './participant/core';
import process from './participant/process';
import plan from './participant/plan';
import perspectives from './participant/perspectives';
import statements from './participant/statements';
import question from './participant/question';
import panel from './participant/panel';
import cocreation from './participant/cocreation';
import decision from './participant/decision';
import learning from './participant/learning';
import organisation from './participant/organisation';
import notices from './participant/notices';
import routing from './participant/routing';
import accessibility from './participant/accessibility';

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
	...organisation,
	...notices,
	...routing,
	...accessibility
};
