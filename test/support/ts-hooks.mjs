// Lets a child Node process import the TypeScript sources directly: ".js" specifiers that name a
// ".ts" file are resolved to it (Node strips or transforms the types itself).
export async function resolve(specifier, context, next) {
  try {
    return await next(specifier, context);
  } catch (error) {
    if (error?.code === "ERR_MODULE_NOT_FOUND" && specifier.endsWith(".js") && specifier.startsWith(".")) {
      return next(`${specifier.slice(0, -3)}.ts`, context);
    }
    throw error;
  }
}
