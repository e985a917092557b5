import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import prettier from 'eslint-config-prettier';
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
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig }
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
		// Components run in the browser: `$lib/i18n` holds every message of every language, `$lib/i18n/locale`
		// none (pages get theirs from the root layout, one language and surface at a time).
		files: ['**/*.svelte', 'src/lib/ui/**', 'src/routes/**/+page.ts', 'src/routes/**/+layout.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
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
