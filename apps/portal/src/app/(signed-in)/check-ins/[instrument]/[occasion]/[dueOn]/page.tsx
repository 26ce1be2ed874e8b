import { checkInKeySchema } from "@stepwise/domain";
import { formatCalendarDate } from "@stepwise/ui/format";
import { handleApiError } from "@stepwise/ui/trpc-server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CheckInForm } from "~/components/check-ins/check-in-form";
import { requireClientUser } from "~/server/session";
import { getQueryClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Check-in" };

type Params = Promise<{ instrument: string; occasion: string; dueOn: string }>;

/** One check-in to answer: the published instructions, then the questions, with the answers kept from last time. */
export default async function CheckInPage({ params }: { params: Params }) {
  await requireClientUser();
  const key = checkInKeySchema.safeParse(await params);
  if (!key.success) notFound();
  let form;
  try {
    form = await getQueryClient().fetchQuery(trpc.checkIns.form.queryOptions(key.data));
  } catch (error) {
    handleApiError(error);
  }
  const { checkIn, questionnaire, answers } = form;

  return (
    <>
      <div className="page-intro">
        <p className="eyebrow">A check-in from your care team</p>
        <h1 id="check-in-heading">{questionnaire.name}</h1>
        <p className="lede">
          About {checkIn.questionCount} questions, open until {formatCalendarDate(checkIn.expiresOn)}. There are no right or
          wrong answers: your care team looks at them with you.
        </p>
      </div>
      <div className="check-in__page">
        <p className="check-in__instructions">{questionnaire.instructions}</p>
        <CheckInForm checkIn={key.data} questions={questionnaire.questions} saved={answers} />
        <p>
          <Link className="target-link" href="/">
            Back to My plan
          </Link>
        </p>
      </div>
    </>
  );
}
