import { defineConfig } from 'drizzle-kit';

// Only used to generate SQL migrations from the schema; they are applied from code (see src/lib/server/db/migrate.ts).
export default defineConfig({
	dialect: 'postgresql',
	schema: './src/lib/server/db/schema/index.ts',
	out: './drizzle'
});
