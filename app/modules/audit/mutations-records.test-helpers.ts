import { addDaysIso } from "../calendar/dates";
import { recordCheck, removeCheck } from "../data-sources/checks.server";
import { createDataSource, deleteDataSource, updateDataSource } from "../data-sources/edit.server";
import { DataSourceFormSchema } from "../data-sources/schema";
import { deleteCompletion, recordCompletions } from "../literacy/completions.server";
import { assignTraining, deleteAssignment } from "../literacy/plan.server";
import {
  assignTrainingSchema,
  CreateTrainingSchema,
  recordCompletionsSchema,
  UpdateTrainingSchema,
} from "../literacy/schema";
import { createTraining, setTrainingArchived, updateTraining } from "../literacy/trainings.server";
import { asOwner, aUseCase, dataSourceOf, trainingOf } from "./mutations.test-helpers";
import type { MutationCase } from "./mutations.test-helpers";

const SOURCE = { name: "FAQ", kind: "public", personalData: "none", sentToVendor: "no" };
const TRAINING = {
  title: "Prompting",
  topic: "tool_use",
  format: "workshop",
  durationMinutes: "90",
};

/** AI literacy and data sources. */
export const RECORD_CASES: MutationCase[] = [
  {
    permission: "training:manage",
    name: "createTraining",
    writes: ["training", "create"],
    run: (w, requestId) =>
      createTraining({ ...asOwner(w, requestId), input: CreateTrainingSchema.parse(TRAINING) }),
  },
  {
    permission: "training:manage",
    name: "updateTraining",
    writes: ["training", "update"],
    run: async (w, requestId) =>
      updateTraining({
        ...asOwner(w, requestId),
        trainingId: (await trainingOf(w)).trainingId,
        input: UpdateTrainingSchema.parse({ ...TRAINING, version: "1" }),
      }),
  },
  {
    permission: "training:manage",
    name: "setTrainingArchived",
    writes: ["training", "archive"],
    run: async (w, requestId) =>
      setTrainingArchived({
        ...asOwner(w, requestId),
        trainingId: (await trainingOf(w)).trainingId,
        version: 1,
        archived: true,
      }),
  },
  {
    permission: "training:record",
    name: "recordCompletions",
    writes: ["training_completion", "create"],
    run: async (w, requestId) =>
      recordCompletions({
        ...asOwner(w, requestId),
        today: w.today,
        input: recordCompletionsSchema(w.today).parse({
          trainingId: (await trainingOf(w)).trainingId,
          userIds: w.viewer.id,
          completedOn: w.today,
        }),
      }),
  },
  {
    permission: "training:manage",
    name: "deleteCompletion",
    writes: ["training_completion", "delete"],
    run: async (w, requestId) =>
      deleteCompletion({
        ...asOwner(w, requestId),
        completionId: (await trainingOf(w)).completionId,
        today: w.today,
      }),
  },
  {
    permission: "training:manage",
    name: "assignTraining",
    writes: ["training_assignment", "create"],
    also: [["task", "create"]],
    run: async (w, requestId) =>
      assignTraining({
        ...asOwner(w, requestId),
        today: w.today,
        orgSlug: w.org.slug,
        input: assignTrainingSchema(w.today).parse({
          trainingId: (await trainingOf(w)).trainingId,
          userIds: w.member.id,
          dueDate: addDaysIso(w.today, 7),
        }),
      }),
  },
  {
    permission: "training:manage",
    name: "deleteAssignment",
    writes: ["training_assignment", "delete"],
    run: async (w, requestId) =>
      deleteAssignment({
        ...asOwner(w, requestId),
        assignmentId: (await trainingOf(w)).assignmentId,
      }),
  },
  // Data sources
  {
    permission: "datasource:manage",
    name: "createDataSource",
    writes: ["data_source", "create"],
    run: async (w, requestId) =>
      createDataSource({
        ...asOwner(w, requestId),
        useCaseId: (await aUseCase(w)).id,
        input: DataSourceFormSchema.parse(SOURCE),
      }),
  },
  {
    permission: "datasource:manage",
    name: "updateDataSource",
    writes: ["data_source", "update"],
    run: async (w, requestId) =>
      updateDataSource({
        ...asOwner(w, requestId),
        ...(await dataSourceOf(w)),
        version: 1,
        input: DataSourceFormSchema.parse(SOURCE),
      }),
  },
  {
    permission: "datasource:manage",
    name: "deleteDataSource",
    writes: ["data_source", "delete"],
    run: async (w, requestId) =>
      deleteDataSource({ ...asOwner(w, requestId), ...(await dataSourceOf(w)), version: 1 }),
  },
  {
    permission: "datasource:check",
    name: "recordCheck",
    writes: ["data_source_check", "record"],
    run: async (w, requestId) =>
      recordCheck({
        ...asOwner(w, requestId),
        ...(await dataSourceOf(w)),
        aspect: "accuracy",
        checkedOn: w.today,
        note: "",
      }),
  },
  {
    permission: "datasource:manage",
    name: "removeCheck",
    writes: ["data_source_check", "remove"],
    run: async (w, requestId) =>
      removeCheck({ ...asOwner(w, requestId), ...(await dataSourceOf(w)), aspect: "completeness" }),
  },
];
