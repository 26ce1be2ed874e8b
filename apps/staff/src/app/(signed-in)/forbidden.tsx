import type { Metadata } from "next";
import { ForbiddenNotice } from "~/components/common/forbidden-notice";

export const metadata: Metadata = { title: "Not part of your role" };

/**
 * What a page answers, with HTTP 403, when the signed-in staff member's role lacks the permission
 * it needs (handleApiError calls forbidden() for the API's refusal). Inside the signed-in layout,
 * so the header and its navigation stay.
 */
export default function Forbidden() {
  return <ForbiddenNotice />;
}
