// Writes one organisation as a versioned JSON document.
//   npm run org:export -- --slug muster-maschinenbau --out muster.json [--with-credentials]
// --with-credentials includes password hashes (moving an instance: members keep their passwords).
import "dotenv/config";
import fs from "node:fs";
import { parseArgs } from "node:util";
import { createDb } from "../app/lib/db.server";
import { exportOrganisation } from "../app/modules/orgs/transfer.server";

const { values } = parseArgs({
  options: {
    slug: { type: "string" },
    out: { type: "string" },
    "with-credentials": { type: "boolean", default: false },
  },
});
if (!values.slug) {
  console.error(
    "Usage: npm run org:export -- --slug <slug> [--out file.json] [--with-credentials]",
  );
  process.exit(2);
}
const db = createDb();
try {
  const org = await db.organisation.findUnique({
    where: { slug: values.slug },
    select: { id: true },
  });
  if (!org) {
    console.error(`No organisation with the slug "${values.slug}".`);
    process.exitCode = 1;
  } else {
    const doc = await exportOrganisation(db, {
      orgId: org.id,
      withCredentials: values["with-credentials"],
    });
    const json = JSON.stringify(doc, null, 2) + "\n";
    if (values.out) {
      fs.writeFileSync(values.out, json);
      console.error(
        `Exported "${values.slug}" to ${values.out} (${doc.tasks.length} tasks, ${doc.users.length} users).`,
      );
    } else process.stdout.write(json);
  }
} finally {
  await db.$disconnect();
}
