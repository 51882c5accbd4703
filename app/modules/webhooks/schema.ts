import { z } from "zod";
import { isWebhookEvent } from "./events";

// The webhook endpoint form, shared by the settings page and its action. The events come
// as one comma-separated field (joinRepeated in the action collects the checkboxes).

const events = z
  .string()
  // A custom issue, so an empty choice reads "choose at least one event", not "required".
  .refine(
    (value) => {
      const chosen = value.split(",").filter(Boolean);
      return chosen.length > 0 && chosen.every(isWebhookEvent);
    },
    { message: "webhooks.errors.events" },
  )
  .transform((value) => value.split(",").filter(isWebhookEvent));

export const CreateWebhookSchema = z.object({
  url: z.string().trim().min(1).max(2000, "webhooks.errors.urlTooLong"),
  description: z.string().trim().max(200).default(""),
  events,
});
export type CreateWebhookInput = z.infer<typeof CreateWebhookSchema>;

export const UpdateWebhookSchema = z.object({
  description: z.string().trim().max(200).default(""),
  events,
  version: z.coerce.number().int().min(1).max(2_000_000_000),
});
export type UpdateWebhookInput = z.infer<typeof UpdateWebhookSchema>;

export const VersionSchema = z.object({
  version: z.coerce.number().int().min(1).max(2_000_000_000),
});

export const ResendSchema = z.object({ deliveryId: z.string().min(1).max(100) });
