import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "./audit-chain";
import { createTestDatabase, type TestDatabase } from "./testing";

/** Rows are written as the app (as the apps write them); tampering is done as the superuser. */
const opened: { testDb: TestDatabase; app: postgres.Sql; owner: postgres.Sql }[] = [];

async function chainDatabase() {
  const testDb = await createTestDatabase();
  const app = postgres(testDb.url, { max: 10, onnotice: () => {} });
  const owner = postgres(testDb.owner.url, { max: 1, onnotice: () => {} });
  opened.push({ testDb, app, owner });
  return { testDb, app, owner };
}

afterAll(async () => {
  for (const { testDb, app, owner } of opened) {
    await Promise.all([app.end(), owner.end()]);
    await testDb.drop();
  }
});

async function write(app: postgres.Sql, count: number): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < count; i++) {
    const [row] = await app<{ id: string }[]>`
      insert into audit_events (action, outcome, detail) values ('chain.test', 'allowed', ${app.json({ n: i })}) returning id::text`;
    ids.push(Number(row!.id));
  }
  return ids;
}

/** Changes rows as a superuser can: with every trigger skipped. */
function asSuperuserWithoutTriggers(owner: postgres.Sql, work: (tx: postgres.TransactionSql) => Promise<unknown>) {
  return owner.begin(async (tx) => {
    await tx`set local session_replication_role = replica`;
    await work(tx);
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("verifyAuditChain", () => {
  it("finds an empty chain intact, with no head", async () => {
    const { testDb } = await chainDatabase();
    expect(await verifyAuditChain(testDb.owner.db)).toEqual({ checked: 0, head: null, broken: null });
  });

  it("finds an intact chain intact across batches, and gives its head", async () => {
    const { testDb, app, owner } = await chainDatabase();
    await write(app, 4);
    await app`insert into audit_events (action, outcome) values ('chain.many', 'allowed'), ('chain.many', 'denied'), ('chain.many', 'allowed')`;
    const [last] = await owner<{ id: string; hash: string }[]>`select id::text, hash from audit_events order by audit_events.id desc limit 1`;
    const report = await verifyAuditChain(testDb.owner.db, { batchSize: 2 });
    expect(report).toEqual({ checked: 7, head: { id: Number(last!.id), hash: last!.hash }, broken: null });
  });

  it("finds one chain after many transactions wrote at once, some of several rows, some rolled back", async () => {
    const { testDb, app, owner } = await chainDatabase();
    let committed = 0;
    await Promise.all(
      Array.from({ length: 40 }, (_, t) =>
        app
          .begin(async (tx) => {
            await sleep((t * 7) % 11);
            const rows = 1 + (t % 3);
            const values = Array.from({ length: rows }, (_, r) => ({ action: `chain.concurrent.${t}`, outcome: "allowed", detail: { r } }));
            await tx`insert into audit_events ${tx(values, "action", "outcome", "detail")}`;
            await sleep((t * 5) % 7);
            if (t % 9 === 4) throw new Error("rolled back on purpose");
            committed += rows;
          })
          .catch((error: unknown) => {
            if ((error as Error).message !== "rolled back on purpose") throw error;
          }),
      ),
    );
    const report = await verifyAuditChain(testDb.owner.db, { batchSize: 16 });
    expect(report.broken).toBeNull();
    expect(report.checked).toBe(committed);
    // One chain: every row names the one before it, and the database's clock moved forward with the ids.
    const [order] = await owner<{ forks: number; backwards: number }[]>`
      select count(*) filter (where previous_hash is distinct from before_hash)::int as forks,
             count(*) filter (where at < before_at)::int as backwards
      from (select previous_hash, at, lag(hash) over w as before_hash, lag(at) over w as before_at
            from audit_events window w as (order by id)) linked`;
    expect(order).toEqual({ forks: 0, backwards: 0 });
  });

  it("refuses a repeatable-read writer whose snapshot predates the last row, rather than forking the chain", async () => {
    const { testDb, app } = await chainDatabase();
    await write(app, 1);
    let release!: () => void;
    const otherCommitted = new Promise<void>((resolve) => (release = resolve));
    const late = app.begin("isolation level repeatable read", async (tx) => {
      await tx`select count(*) from audit_events`;
      await otherCommitted;
      await tx`insert into audit_events (action, outcome) values ('chain.late', 'allowed')`;
    });
    await sleep(50);
    await write(app, 1);
    release();
    await expect(late).rejects.toMatchObject({ code: "40001" });
    // Tried again, as a caller does after a serialization failure, it joins the chain.
    await app.begin("isolation level repeatable read", (tx) => tx`insert into audit_events (action, outcome) values ('chain.late', 'allowed')`);
    expect(await verifyAuditChain(testDb.owner.db)).toMatchObject({ checked: 3, broken: null });
  });

  describe("finds the first row that does not check out", () => {
    let ids: number[];
    let chain: Awaited<ReturnType<typeof chainDatabase>>;

    /** Each test tampers with a chain of its own. */
    async function sixRows() {
      chain = await chainDatabase();
      ids = await write(chain.app, 6);
    }

    it("a row a superuser changed with the triggers off", async () => {
      await sixRows();
      await asSuperuserWithoutTriggers(chain.owner, (tx) => tx`update audit_events set outcome = 'denied' where id = ${ids[2]!}`);
      expect(await verifyAuditChain(chain.testDb.owner.db, { batchSize: 2 })).toMatchObject({
        checked: 2,
        head: { id: ids[1] },
        broken: { id: ids[2], kind: "altered" },
      });
    });

    it("a deleted row, at the row after it", async () => {
      await sixRows();
      await asSuperuserWithoutTriggers(chain.owner, (tx) => tx`delete from audit_events where id = ${ids[3]!}`);
      const report = await verifyAuditChain(chain.testDb.owner.db, { batchSize: 2 });
      expect(report).toMatchObject({ checked: 3, broken: { id: ids[4], kind: "unlinked" } });
      expect(report.broken?.explanation).toContain(`row ${ids[4]} does not follow row ${ids[2]}`);
    });

    it("a back-dated row put between two others, even with its hashes forged to fit", async () => {
      await sixRows();
      const spliced = ids[2]! + 1;
      expect(spliced).toBeLessThan(ids[3]!);
      await asSuperuserWithoutTriggers(chain.owner, async (tx) => {
        await tx`
          insert into audit_events (id, at, action, outcome, previous_hash, hash)
          select ${spliced}, '2001-01-01T00:00:00Z', 'chain.backdated', 'allowed', hash, 'to be forged' from audit_events where id = ${ids[2]!}`;
        await tx`update audit_events e set hash = audit_event_hash(e) where id = ${spliced}`;
      });
      expect(await verifyAuditChain(chain.testDb.owner.db)).toMatchObject({ checked: 3, broken: { id: spliced, kind: "out_of_order" } });
    });

    it("a row put between two others with a plausible time, at the row after it", async () => {
      await sixRows();
      const spliced = ids[2]! + 1;
      await asSuperuserWithoutTriggers(chain.owner, async (tx) => {
        await tx`
          insert into audit_events (id, at, action, outcome, previous_hash, hash)
          select ${spliced}, at, 'chain.spliced', 'allowed', hash, 'to be forged' from audit_events where id = ${ids[2]!}`;
        await tx`update audit_events e set hash = audit_event_hash(e) where id = ${spliced}`;
      });
      const report = await verifyAuditChain(chain.testDb.owner.db);
      expect(report).toMatchObject({ checked: 4, broken: { id: ids[3], kind: "unlinked" } });
      expect(report.broken?.explanation).toContain(`does not follow row ${spliced}`);
    });

    it("the newest rows removed, against the chain's head", async () => {
      await sixRows();
      await asSuperuserWithoutTriggers(chain.owner, (tx) => tx`delete from audit_events where id >= ${ids[4]!}`);
      expect(await verifyAuditChain(chain.testDb.owner.db)).toMatchObject({ checked: 4, broken: { id: ids[3], kind: "truncated" } });
    });

    it("a history rewritten whole, chain and head, against a head recorded before", async () => {
      await sixRows();
      const recorded = (await verifyAuditChain(chain.testDb.owner.db)).head!;
      expect(recorded.id).toBe(ids[5]);
      await asSuperuserWithoutTriggers(chain.owner, async (tx) => {
        await tx`update audit_events set outcome = 'denied' where id = ${ids[1]!}`;
        // Every hash from there on recomputed, and the head moved, as a careful forger would.
        await tx.unsafe(`
          DO $$
          DECLARE
            event audit_events;
            previous text := NULL;
          BEGIN
            FOR event IN SELECT * FROM audit_events ORDER BY id LOOP
              event.previous_hash := previous;
              previous := audit_event_hash(event);
              UPDATE audit_events SET previous_hash = event.previous_hash, hash = previous WHERE id = event.id;
            END LOOP;
            UPDATE audit_chain_head SET hash = previous;
          END;
          $$`);
      });
      expect(await verifyAuditChain(chain.testDb.owner.db)).toMatchObject({ checked: 6, broken: null });
      expect(await verifyAuditChain(chain.testDb.owner.db, { recorded })).toMatchObject({ broken: { id: ids[5], kind: "rewritten" } });
    });
  });
});
