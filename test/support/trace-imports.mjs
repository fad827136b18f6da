// A module resolve hook for test/cold-start.test.ts: prints every module the process resolves ("import URL").
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  process.stderr.write(`import ${result.url}\n`);
  return result;
}
