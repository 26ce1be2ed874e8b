import { NotEnrolled } from "./not-enrolled";

/** For an account with no treatment plan of its own (a family member's): the page's title and a kind word. */
export function NoPlanOnThisAccount({ title }: { title: string }) {
  return (
    <>
      <div className="page-intro">
        <h1>{title}</h1>
      </div>
      <NotEnrolled hasRecord={false} />
    </>
  );
}
