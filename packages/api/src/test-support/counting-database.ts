import { createDatabase } from "@stepwise/db/client";

/** A database handle that counts the statements it sends, to prove a read takes a fixed number. */
export function countingDatabase(url: string) {
  const log: string[] = [];
  const { db, close } = createDatabase(url, { max: 4, onQuery: (query) => log.push(query) });
  return {
    db,
    /** Statements sent while `work` ran, leaving out transaction control. */
    async count(work: () => Promise<unknown>): Promise<number> {
      const before = log.length;
      await work();
      return log.slice(before).filter((query) => !/^(begin|commit|rollback)/i.test(query)).length;
    },
    close,
  };
}
