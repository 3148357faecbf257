export async function exportCommand(_args: string[]): Promise<number> {
  throw new Error("export is not available yet");
}
