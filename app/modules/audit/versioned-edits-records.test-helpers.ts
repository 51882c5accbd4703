import { db } from "~/lib/db.server";
import type { Role } from "~/lib/permissions";
import { updateDataSource } from "../data-sources/edit.server";
import { DataSourceFormSchema } from "../data-sources/schema";
import { UpdateTrainingSchema } from "../literacy/schema";
import { updateTraining } from "../literacy/trainings.server";
import { changeRole } from "../members/members.server";
import { updateOrganisation } from "../orgs/orgs.server";
import { updateReview } from "../oversight/edit.server";
import { updateUseCase } from "../use-cases/edit.server";
import { UseCaseFormSchema } from "../use-cases/schema";
import { reviewOf, storedReview, useCaseForm } from "./mutations-governance.test-helpers";
import { asOwner, aUseCase, dataSourceOf, trainingOf } from "./mutations.test-helpers";
import { answer } from "./versioned-edits.test-helpers";
import type { VersionedCase } from "./versioned-edits.test-helpers";

/** Four different role choices: viewer with and without gate approval, manager, owner. */
const ROLE_CHOICES: { role: Role; canApproveGates: boolean }[] = [
  { role: "viewer", canApproveGates: true },
  { role: "viewer", canApproveGates: false },
  { role: "manager", canApproveGates: false },
  { role: "owner", canApproveGates: false },
];

/** The organisation, its members and its governance records. */
export const VERSIONED_RECORD_CASES: VersionedCase[] = [
  {
    model: "UseCase",
    name: "updateUseCase",
    prepare: async (w) => {
      const { id } = await aUseCase(w);
      return {
        save: async (i, version, requestId) => {
          const r = await updateUseCase({
            ...asOwner(w, requestId),
            useCaseId: id,
            version,
            input: UseCaseFormSchema.parse({ ...useCaseForm, title: `Fall ${i}` }),
          });
          const current = !r.ok && r.reason === "conflict" ? r.current : undefined;
          return answer(r.ok, current && { value: current.title, version: current.version }, r);
        },
        stored: async () => {
          const u = await db.useCase.findUniqueOrThrow({
            where: { id },
            select: { title: true, version: true },
          });
          return { value: u.title, version: u.version };
        },
        expected: (i) => `Fall ${i}`,
      };
    },
  },
  {
    model: "Organisation",
    name: "updateOrganisation",
    prepare: async (w) => ({
      save: async (i, version, requestId) => {
        const r = await updateOrganisation({
          ...asOwner(w, requestId),
          input: {
            name: `Firma ${i} GmbH`,
            industry: "Handel",
            employeeBand: "E50_249",
            locale: "de",
            version,
          },
        });
        const current = r.status === "conflict" ? r.current : undefined;
        return answer(
          r.status === "ok",
          current && { value: current.name, version: current.version },
          r,
        );
      },
      stored: async () => {
        const o = await db.organisation.findUniqueOrThrow({
          where: { id: w.org.id },
          select: { name: true, version: true },
        });
        return { value: o.name, version: o.version };
      },
      expected: (i) => `Firma ${i} GmbH`,
    }),
  },
  {
    model: "Membership",
    name: "changeRole",
    prepare: async (w) => {
      const { id } = await db.membership.findFirstOrThrow({
        where: { orgId: w.org.id, userId: w.member.id },
        select: { id: true },
      });
      const choice = (i: number) => ROLE_CHOICES[i % ROLE_CHOICES.length]!;
      return {
        save: async (i, version, requestId) => {
          const r = await changeRole({
            ...asOwner(w, requestId),
            membershipId: id,
            ...choice(i),
            version,
          });
          const current = r.status === "conflict" ? r.current : undefined;
          const value = current && { role: current.role, canApproveGates: current.canApproveGates };
          return answer(r.status === "ok", current && { value, version: current.version }, r);
        },
        stored: async () => {
          const m = await db.membership.findUniqueOrThrow({
            where: { id },
            select: { role: true, canApproveGates: true, version: true },
          });
          return {
            value: { role: m.role, canApproveGates: m.canApproveGates },
            version: m.version,
          };
        },
        expected: choice,
      };
    },
  },
  {
    model: "DataSource",
    name: "updateDataSource",
    prepare: async (w) => {
      const ref = await dataSourceOf(w);
      return {
        save: async (i, version, requestId) => {
          const r = await updateDataSource({
            ...asOwner(w, requestId),
            ...ref,
            version,
            input: DataSourceFormSchema.parse({
              name: `Quelle ${i}`,
              kind: "public",
              personalData: "none",
              sentToVendor: "no",
            }),
          });
          const current = !r.ok && r.reason === "stale" ? r.current : undefined;
          return answer(r.ok, current && { value: current.name, version: current.version }, r);
        },
        stored: async () => {
          const s = await db.dataSource.findUniqueOrThrow({
            where: { id: ref.dataSourceId },
            select: { name: true, version: true },
          });
          return { value: s.name, version: s.version };
        },
        expected: (i) => `Quelle ${i}`,
      };
    },
  },
  {
    model: "OversightReview",
    name: "updateReview",
    prepare: async (w) => {
      const { useCase, reviewId } = await storedReview(w);
      return {
        save: async (i, version, requestId) => {
          const r = await updateReview({
            ...asOwner(w, requestId),
            reviewId,
            input: { ...reviewOf(w), note: `Sitzung ${i}`, version },
            useCase,
            today: w.today,
            description: "",
          });
          const current = !r.ok && r.reason === "stale" ? r.current : undefined;
          return answer(r.ok, current && { value: current.note, version: current.version }, r);
        },
        stored: async () => {
          const s = await db.oversightReview.findUniqueOrThrow({
            where: { id: reviewId },
            select: { note: true, version: true },
          });
          return { value: s.note, version: s.version };
        },
        expected: (i) => `Sitzung ${i}`,
      };
    },
  },
  {
    model: "Training",
    name: "updateTraining",
    prepare: async (w) => {
      const { trainingId } = await trainingOf(w);
      return {
        save: async (i, version, requestId) => {
          const r = await updateTraining({
            ...asOwner(w, requestId),
            trainingId,
            input: UpdateTrainingSchema.parse({
              title: `Kurs ${i}`,
              topic: "tool_use",
              format: "workshop",
              durationMinutes: "90",
              version: String(version),
            }),
          });
          const current = !r.ok && r.reason === "conflict" ? r.current : undefined;
          return answer(r.ok, current && { value: current.title, version: current.version }, r);
        },
        stored: async () => {
          const t = await db.training.findUniqueOrThrow({
            where: { id: trainingId },
            select: { title: true, version: true },
          });
          return { value: t.title, version: t.version };
        },
        expected: (i) => `Kurs ${i}`,
      };
    },
  },
];
