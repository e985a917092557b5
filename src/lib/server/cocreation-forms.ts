/**
 * @module Form plumbing for the working-group pages: checkbox groups arrive as several values of one name.
 */
import { formToObject } from './forms';

export async function readForm(request: Request, lists: string[] = []): Promise<Record<string, unknown>> {
	const form = await request.formData();
	const values = formToObject(form);
	for (const name of lists) values[name] = form.getAll(name).filter((v): v is string => typeof v === 'string');
	return values;
}
