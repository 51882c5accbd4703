// Deletes the visitors' expired demo copies now (the server does it every ten
// minutes on its own): `npm run demo:cleanup`. Real organisations are never touched.
import "dotenv/config";
import { createDb } from "../app/lib/db.server";
import { deleteExpiredDemoCopies } from "../app/modules/demo/cleanup.server";

const db = createDb();
try {
  const deleted = await deleteExpiredDemoCopies(new Date(), db);
  console.log(
    `Deleted ${deleted.organisations} expired demo copies and ${deleted.users} of their people.`,
  );
} finally {
  await db.$disconnect();
}
