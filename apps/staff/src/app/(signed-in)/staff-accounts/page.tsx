import type { StaffOutputs } from "@stepwise/api/staff";
import { defaultTimeZone, instantToZonedDate } from "@stepwise/domain";
import { formatCalendarDate } from "@stepwise/ui/format";
import { staffLabels } from "@stepwise/ui/labels";
import { handleApiError } from "@stepwise/ui/trpc-server";
import type { Metadata } from "next";
import { ResetSecondFactorForm } from "~/components/staff-accounts/reset-second-factor-form";
import { getQueryClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Staff" };

/** The center's staff accounts and their authenticator apps, for directors and administrators. */
export default async function StaffAccountsPage() {
  let accounts: StaffOutputs["staffAccounts"]["list"];
  try {
    accounts = await getQueryClient().fetchQuery(trpc.staffAccounts.list.queryOptions());
  } catch (error) {
    handleApiError(error);
  }
  return (
    <>
      <div className="page-intro">
        <h1>Staff</h1>
        <p className="muted">
          Every staff sign-in needs a code from an authenticator app. When someone loses their phone and their recovery codes,
          reset their app here: they set up a new one at their next sign-in.
        </p>
      </div>
      <div className="table-wrap" role="region" aria-labelledby="staff-caption" tabIndex={0}>
        <table>
          <caption id="staff-caption" className="visually-hidden">
            Staff accounts
          </caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Role</th>
              <th scope="col">Account</th>
              <th scope="col">Authenticator app</th>
              <th scope="col">Action</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((account) => (
              <tr key={account.staffMemberId}>
                <th scope="row">
                  {account.name}
                  <div className="muted small">{account.email}</div>
                </th>
                <td>{staffLabels.role[account.role]}</td>
                <td>{account.active ? "Active" : "Disabled"}</td>
                <td>{account.secondFactorSetUpAt ? `Set up ${formatCalendarDate(instantToZonedDate(account.secondFactorSetUpAt, defaultTimeZone), "medium")}` : "Not set up yet"}</td>
                <td>
                  {account.isYou ? (
                    <span className="muted">This is you</span>
                  ) : !account.active ? (
                    // A disabled account cannot sign in: there is nothing to reset until it is enabled again.
                    <span className="muted">Disabled: no sign-in to reset</span>
                  ) : (
                    <ResetSecondFactorForm staffMemberId={account.staffMemberId} name={account.name} hasApp={account.secondFactorSetUpAt !== null} />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
