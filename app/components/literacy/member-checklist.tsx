import { useRef } from "react";
import { useI18n } from "~/lib/i18n/react";

/**
 * Checkboxes for several people ("userIds"), with "select all" for a workshop
 * everybody attended. A plain fieldset: it works without JavaScript, only the
 * "select all" button needs it.
 */
export function MemberChecklist({
  legend,
  people,
  selected,
  error,
  meId,
}: {
  legend: string;
  people: { id: string; name: string }[];
  selected: ReadonlySet<string>;
  error?: string;
  meId: string;
}) {
  const { t } = useI18n();
  const listRef = useRef<HTMLUListElement>(null);
  const errorId = error ? "userIds-error" : undefined;
  return (
    <fieldset
      className="flex min-w-0 flex-col gap-2"
      aria-describedby={errorId}
      aria-invalid={error ? true : undefined}
    >
      <legend className="mb-1 text-caption font-medium text-ink">{legend}</legend>
      <ul
        ref={listRef}
        className={`grid gap-1 rounded-control border p-2 sm:grid-cols-2 ${
          error ? "border-danger" : "border-line-strong"
        }`}
      >
        {people.map((p) => (
          <li key={p.id}>
            <label className="flex min-h-9 cursor-pointer items-center gap-2 rounded-control px-2 py-1 hover:bg-surface-muted">
              <input
                type="checkbox"
                name="userIds"
                value={p.id}
                defaultChecked={selected.has(p.id)}
                className="h-4 w-4 shrink-0 accent-brand"
              />
              <span className="min-w-0 break-words">
                {p.id === meId ? t("literacy.record.yourself", { name: p.name }) : p.name}
              </span>
            </label>
          </li>
        ))}
      </ul>
      <div>
        <button
          type="button"
          className="text-caption font-medium text-brand underline-offset-2 hover:underline"
          onClick={() =>
            listRef.current
              ?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')
              .forEach((box) => (box.checked = true))
          }
        >
          {t("literacy.record.selectAll")}
        </button>
      </div>
      {error ? (
        <p id={errorId} className="text-caption font-medium text-danger">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
