/**
 * Generates the TypeScript types of the API for integrators (`openapi/percee.d.ts`) from the
 * OpenAPI document of `buildApp`, with openapi-typescript. `pnpm gen:client`; a test checks the
 * committed file is up to date.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { openApiDocument } from './openapi.js';

export const CLIENT_TYPES_PATH = path.resolve(import.meta.dirname, '../openapi/percee.d.ts');

export async function clientTypes(): Promise<string> {
  const document = await openApiDocument();
  const ast = await openapiTS(document as unknown as Parameters<typeof openapiTS>[0], { alphabetize: true });
  return `/**\n * Percée API: TypeScript types generated from the OpenAPI document by openapi-typescript.\n * Do not edit: run \`pnpm --filter @percee/server gen:client\`. See docs/integration.md.\n */\n\n${astToString(ast)}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(CLIENT_TYPES_PATH, await clientTypes());
  console.log(`Wrote ${path.relative(process.cwd(), CLIENT_TYPES_PATH)}`);
}
