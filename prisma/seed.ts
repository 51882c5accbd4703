import "dotenv/config";
import { createDb } from "../app/lib/db.server";
import { DEMO_API_TOKEN, DEMO_ORG, DEMO_PASSWORD, DEMO_USERS } from "../app/modules/demo/people";
import { seedDemo } from "../app/modules/demo/content.server";

const db = createDb();
const started = performance.now();
try {
  await seedDemo(db);
  console.log(
    `Seeded "${DEMO_ORG.name}" with ${DEMO_USERS.length} users in ${Math.round(performance.now() - started)} ms.`,
  );
  console.log(`Demo sign-in: ${DEMO_USERS[1].email} (manager) — password ${DEMO_PASSWORD}`);
  console.log(`Demo API token (read and write): ${DEMO_API_TOKEN}`);
} finally {
  await db.$disconnect();
}
