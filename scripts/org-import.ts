// Restores an organisation from an export document into this instance's database.
//   npm run org:import -- --in muster.json
import "dotenv/config";
import fs from "node:fs";
import { parseArgs } from "node:util";
import { createDb } from "../app/lib/db.server";
import { ImportError, importOrganisation } from "../app/modules/orgs/transfer.server";

const { values } = parseArgs({ options: { in: { type: "string" } } });
if (!values.in) {
  console.error("Usage: npm run org:import -- --in file.json");
  process.exit(2);
}
const db = createDb();
try {
  const result = await importOrganisation(db, JSON.parse(fs.readFileSync(values.in, "utf8")));
  console.error(`Imported "${result.slug}".`);
} catch (error) {
  if (error instanceof ImportError || error instanceof SyntaxError) {
    console.error(`Import refused: ${error.message}`);
    process.exitCode = 1;
  } else throw error;
} finally {
  await db.$disconnect();
}
