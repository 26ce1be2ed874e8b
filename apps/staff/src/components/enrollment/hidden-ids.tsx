/** Which client and enrollment a form acts on. */
export function HiddenIds({ clientId, enrollmentId }: { clientId: string; enrollmentId?: string }) {
  return (
    <>
      <input type="hidden" name="clientId" value={clientId} />
      {enrollmentId ? <input type="hidden" name="enrollmentId" value={enrollmentId} /> : null}
    </>
  );
}
