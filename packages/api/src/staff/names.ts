/** How staff see a client's name: "Last, First (Preferred)". */
export function displayName(client: { firstName: string; lastName: string; preferredName: string | null }): string {
  const preferred = client.preferredName && client.preferredName !== client.firstName ? ` (${client.preferredName})` : "";
  return `${client.lastName}, ${client.firstName}${preferred}`;
}
