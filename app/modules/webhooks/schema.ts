import { z } from "zod";
import { id, text, version } from "~/lib/fields";
import { isWebhookEvent } from "./events";

// The webhook endpoint forms, shared by the settings pages and their actions, in the app's
// field vocabulary (app/lib/fields.ts: control characters removed, lengths bounded). The
// events come as one comma-separated field (joinRepeated in the action collects the boxes).

const events = z
  .string({ message: "webhooks.errors.events" })
  .optional()
  .transform((value) => value ?? "")
  // A custom issue, so an empty choice reads "choose at least one event", not "required".
  .refine(
    // Each box's value must be an event: an empty or unknown one refuses the form.
    (value) => value !== "" && value.split(",").every(isWebhookEvent),
    { message: "webhooks.errors.events" },
  )
  .transform((value) => value.split(",").filter(isWebhookEvent));

/** The address: its form and its target are checked by the SSRF guard (guard.server.ts). */
const url = text({ max: 2000 });

export const CreateWebhookSchema = z.object({
  url,
  description: text({ max: 200, optional: true }),
  events,
});
export type CreateWebhookInput = z.infer<typeof CreateWebhookSchema>;

export const UpdateWebhookSchema = z.object({
  description: text({ max: 200, optional: true }),
  events,
  version: version(),
});
export type UpdateWebhookInput = z.infer<typeof UpdateWebhookSchema>;

export const VersionSchema = z.object({ version: version() });

export const ResendSchema = z.object({ deliveryId: id() });
