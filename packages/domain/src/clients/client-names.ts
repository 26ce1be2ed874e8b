/** A client's names as the record keeps them. */
export interface ClientNames {
  firstName: string;
  lastName: string;
  preferredName: string | null;
}

/** The name a client goes by: their preferred name, or their first. The portal greets them with it. */
export function nameGoneBy(client: Pick<ClientNames, "firstName" | "preferredName">): string {
  return client.preferredName ?? client.firstName;
}

/** The name they go by and their last name: how their account and their family speak of them. */
export function fullNameGoneBy(client: ClientNames): string {
  return `${nameGoneBy(client)} ${client.lastName}`;
}

/** How staff see a client's name, for lists sorted by last name: "Last, First (Preferred)". */
export function lastNameFirst(client: ClientNames): string {
  const preferred = client.preferredName && client.preferredName !== client.firstName ? ` (${client.preferredName})` : "";
  return `${client.lastName}, ${client.firstName}${preferred}`;
}
