-- A roadmap carries its own length (issue 16): 90 days for every existing roadmap and the
-- template; a next roadmap generated from a closing review may run 30–365 days.
ALTER TABLE "Roadmap" ADD COLUMN "lengthDays" INTEGER NOT NULL DEFAULT 90;
