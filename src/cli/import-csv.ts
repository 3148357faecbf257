export async function importCommand(_args: string[]): Promise<number> {
  throw new Error("import is not available yet");
}
