/**
 * A list's recipients in a sentence: a sentence that names one of them is about that row, not the list as a whole, so
 * neither a whole list's target group (list-target-groups.ts) nor its deciding body (list-organ.ts) is read from it.
 */
export function namesARecipient(recipients: readonly string[]): (sentence: string) => boolean {
  const names = recipients.map((name) => name.toLowerCase()).filter((name) => name.length > 0);
  return (sentence) => {
    const lower = sentence.toLowerCase();
    return names.some((name) => lower.includes(name));
  };
}
