import { phoneLineOf } from "@stepwise/domain";
import { handleApiError } from "@stepwise/ui/trpc-server";
import { getQueryClient, trpc } from "~/trpc/server";
import { ContactForm } from "./contact-form";

function Phone({ number }: { number: string }) {
  return <a href={`tel:${phoneLineOf(number).tel}`}>{number}</a>;
}

/**
 * How to reach the client, and whom to call when they cannot be reached: for the roles that reach
 * out (client.contact); the page renders it only for them, and the API refuses the rest.
 */
export async function ContactCard({ clientId }: { clientId: string }) {
  let contact;
  try {
    contact = await getQueryClient().fetchQuery(trpc.clients.contact.queryOptions({ clientId }));
  } catch (error) {
    handleApiError(error);
  }
  const { phone, email, emergencyContact } = contact;
  return (
    <section className="card" aria-labelledby="contact-heading">
      <h2 id="contact-heading" className="card__title">
        Contact
      </h2>
      <dl className="contact-list">
        <dt>Phone</dt>
        <dd>{phone ? <Phone number={phone} /> : "None on record"}</dd>
        <dt>Email</dt>
        <dd>{email ? <a href={`mailto:${email}`}>{email}</a> : "None on record"}</dd>
        <dt>Emergency contact</dt>
        <dd>
          {emergencyContact ? (
            <>
              {emergencyContact.name}
              {emergencyContact.relationship ? ` (${emergencyContact.relationship})` : null}, <Phone number={emergencyContact.phone} />
            </>
          ) : (
            "None on record"
          )}
        </dd>
      </dl>
      <details className="enrollment-action">
        <summary>Edit contact details</summary>
        <ContactForm clientId={clientId} contact={contact} />
      </details>
    </section>
  );
}
