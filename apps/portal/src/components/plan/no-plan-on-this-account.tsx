import { NotEnrolled } from "./not-enrolled";

/** For a client account whose record can't be read: the page's title and a kind word, never an error. */
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
