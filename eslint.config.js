import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import prettier from 'eslint-config-prettier';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import svelteConfig from './svelte.config.js';

/** Pure layers: no framework, no I/O, no server code. Enforced here, not by convention. */
const pureImportRules = {
	'no-restricted-imports': [
		'error',
		{
			patterns: [
				{
					group: ['$app/*', '@sveltejs/*', 'svelte', 'svelte/*'],
					message: 'domain/ and analysis/ are pure: no framework imports.'
				},
				{
					group: ['$lib/server/*', '**/server/**', '$env/*'],
					message: 'domain/ and analysis/ must not import server code or environment.'
				},
				{
					group: [
						'node:fs',
						'node:fs/*',
						'fs',
						'node:net',
						'node:http',
						'node:https',
						'node:child_process',
						'pg',
						'drizzle-orm',
						'drizzle-orm/*',
						'@electric-sql/*',
						'pino'
					],
					message: 'domain/ and analysis/ are pure: no I/O.'
				}
			]
		}
	]
};

/**
 * Routes (and the server hook) only call use cases: no database, no queries, no drizzle, no deep imports
 * into a module (its index lists its public actions), and no permission decided by hand.
 */
const routeImportRules = {
	'no-restricted-imports': [
		'error',
		{
			paths: [
				{
					name: '$lib/domain/access/can',
					importNames: ['can'],
					message: 'Routes never decide permissions: ask a use case, which asks the gate (modules/gate.ts).'
				},
				{
					name: '$lib/server/forms',
					importNames: ['deny'],
					message: 'Routes never decide permissions: a use case refuses, and failFromUseCase/loaded answer 403.'
				}
			],
			patterns: [
				{
					group: ['$lib/server/db', '$lib/server/db/*', '**/db/client', '**/db/schema', '**/db/schema/*'],
					message: 'Routes never touch the database: call a use case from $lib/server/modules/<module>.'
				},
				{ group: ['**/queries', '**/queries/*'], message: 'Routes never call queries: call a use case.' },
				{
					group: ['drizzle-orm', 'drizzle-orm/*', 'pg', '@electric-sql/*'],
					message: 'Routes never touch the database.'
				},
				{
					group: ['$lib/server/modules/*/*'],
					message: "Import a module's actions from its index: $lib/server/modules/<module>."
				}
			]
		}
	],
	'no-restricted-syntax': [
		'error',
		{
			selector: "MemberExpression[property.name='database']",
			message: 'Routes never touch the database: pass app().ctx to a use case.'
		},
		{
			selector: "MemberExpression[object.property.name='ctx'][property.name='db']",
			message: 'Routes never touch the database: pass app().ctx to a use case.'
		}
	]
};

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		// No rule here needs type information, so .svelte files are parsed without the TypeScript project service
		// (with it, lint took twice the CPU time); svelte-check checks the types.
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: { extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig }
		}
	},
	{
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		files: ['src/lib/domain/**', 'src/lib/analysis/**'],
		ignores: ['**/*.test.ts', '**/cli.ts', '**/io/**'],
		rules: pureImportRules
	},
	{
		// The shared kernel is what domain/ and analysis/ both need; analysis/ never imports domain/.
		files: ['src/lib/analysis/**', 'src/lib/kernel/**'],
		ignores: ['**/*.test.ts', '**/cli.ts', '**/io/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						...pureImportRules['no-restricted-imports'][1].patterns,
						{
							group: ['$lib/domain/*', '**/domain/**'],
							message: 'analysis/ never imports domain/: use src/lib/kernel.'
						}
					]
				}
			]
		}
	},
	{
		// Use cases are the application core: no framework, no jobs, no routes above them.
		files: ['src/lib/server/modules/**', 'src/lib/server/auth/**'],
		ignores: ['**/*.test.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{ group: ['@sveltejs/*', '$app/*'], message: 'Use cases never import the framework.' },
						{ group: ['**/jobs/*', '$lib/server/jobs/*'], message: 'Jobs run use cases, not the other way round.' },
						{ group: ['**/routes/**'], message: 'Use cases never import routes.' }
					]
				}
			]
		}
	},
	{
		files: ['src/lib/server/auth/**'],
		ignores: ['**/*.test.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['**/modules/**', '$lib/server/modules/*'],
							message: 'auth/ holds crypto helpers below the use cases.'
						}
					]
				}
			]
		}
	},
	{
		files: ['src/routes/**', 'src/hooks.server.ts', 'src/lib/server/plan-routes.ts', 'src/lib/server/*-api.ts'],
		rules: routeImportRules
	},
	{
		// No import circles anywhere in the application code.
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		ignores: ['**/*.test.ts'],
		plugins: { 'import-x': importX },
		settings: {
			'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
			'import-x/extensions': ['.ts', '.js', '.svelte'],
			'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.js'], 'svelte-eslint-parser': ['.svelte'] }
		},
		rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] }
	},
	{
		// Components run in the browser: `$lib/i18n` holds every message of every language, `$lib/i18n/locale`
		// none (pages get theirs from the root layout, one language and surface at a time). Components under
		// src/routes keep the route rules too (the same rule name: the patterns are joined here).
		files: ['**/*.svelte', 'src/lib/ui/**', 'src/routes/**/+page.ts', 'src/routes/**/+layout.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					paths: routeImportRules['no-restricted-imports'][1].paths,
					patterns: [
						...routeImportRules['no-restricted-imports'][1].patterns,
						{
							regex: '^(\\$lib/|\\.\\./\\.\\./)i18n(/index)?$',
							allowTypeImports: true,
							message: 'Import from $lib/i18n/locale in components: $lib/i18n brings every message into the page.'
						}
					]
				}
			]
		}
	},
	{
		files: ['src/lib/ui/*.svelte', 'src/lib/ui/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							regex: '^(\\$lib/|\\.\\./)i18n(/index)?$',
							allowTypeImports: true,
							message: 'Import from ../i18n/locale in components: ../i18n brings every message into the page.'
						}
					]
				}
			]
		}
	},
	{
		ignores: ['build/', '.svelte-kit/', 'node_modules/', 'data/', 'drizzle/meta/']
	}
);
