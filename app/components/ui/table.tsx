import { createContext, useContext, useEffect, useId, useRef, useState } from "react";
import type { HTMLAttributes, ReactNode, TdHTMLAttributes, ThHTMLAttributes } from "react";

/**
 * The one table of the app. A table names itself (a caption, shown or for screen
 * readers only, or the heading it sits under), headers carry their scope, numbers
 * line up on the right in tabular figures, and a table wider than the screen scrolls
 * inside its own box (with a shadow on the side that hides more) instead of pushing a
 * phone's page sideways. On paper it shows in full. Colours come from the tokens, so
 * dark mode and print need nothing here.
 *
 *   <Table caption={t("…")} captionHidden>
 *     <TableHead><Th>Phase</Th><Th numeric>Planned</Th></TableHead>
 *     <TableBody>{rows.map((r) => <Tr key={r.id}><Th>{r.name}</Th><Td numeric>…</Td></Tr>)}</TableBody>
 *   </Table>
 */

type Density = "tight" | "compact" | "normal" | "relaxed";

/** What cells need from their table; padding comes from the table's attributes. */
type Settings = { stickyHeader: boolean };
const TableSettings = createContext<Settings>({ stickyHeader: false });
type Part = "head" | "body" | "foot";
const TablePart = createContext<Part>("body");

/** A table is named by its caption or by the heading that labels it. */
type Name =
  | { caption: ReactNode; captionHidden?: boolean; labelledBy?: never }
  | { labelledBy: string; caption?: never; captionHidden?: never };

export type TableProps = Name & {
  children: ReactNode;
  /** Row height: tight or compact for long lists of figures, relaxed for rows with bars. */
  density?: Density;
  /** Text size of the cells; headers are always small. */
  size?: "body" | "caption";
  /** A card of its own (border, shadow, inset cells) instead of sitting in one. */
  framed?: boolean;
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  minWidth?: "sm" | "md" | "lg" | "xl";
  /** Long tables: at most 32rem high, scrolling under a header that stays. */
  stickyHeader?: boolean;
  /** Classes for the outer box (margins). */
  className?: string;
};

const MIN_WIDTH = {
  sm: "min-w-[32rem]",
  md: "min-w-[40rem]",
  lg: "min-w-[56rem]",
  xl: "min-w-[70rem]",
} as const;

/**
 * Cell padding comes from the table's density and frame (.tbl in styles/app.css), named
 * once instead of on each of a long table's cells; numbers take .cell-num.
 */
const NUMERIC = "cell-num";

type Edges = { overflows: boolean; moreStart: boolean; moreEnd: boolean };
const NO_OVERFLOW: Edges = { overflows: false, moreStart: false, moreEnd: false };

/**
 * Whether the box is narrower than its table, and on which side columns are hidden.
 * Only a box that overflows is a focusable, named region (keyboard users scroll it with
 * the arrow keys); otherwise it adds no tab stop. The hidden sides get an inner shadow
 * (styles/app.css), drawn as a box shadow: a background image under the text would keep
 * contrast checkers from reading its colours.
 */
function useScrollEdges(ref: React.RefObject<HTMLDivElement | null>) {
  const [edges, setEdges] = useState(NO_OVERFLOW);
  useEffect(() => {
    const box = ref.current;
    if (!box || typeof ResizeObserver === "undefined") return;
    const update = () => {
      const max = box.scrollWidth - box.clientWidth;
      const next = {
        overflows: max > 1,
        moreStart: max > 1 && box.scrollLeft > 1,
        moreEnd: max > 1 && box.scrollLeft < max - 1,
      };
      setEdges((prev) =>
        prev.overflows === next.overflows &&
        prev.moreStart === next.moreStart &&
        prev.moreEnd === next.moreEnd
          ? prev
          : next,
      );
    };
    const observer = new ResizeObserver(update);
    observer.observe(box);
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    box.addEventListener("scroll", update, { passive: true });
    update();
    return () => {
      observer.disconnect();
      box.removeEventListener("scroll", update);
    };
  }, [ref]);
  return edges;
}

export function Table({
  caption,
  captionHidden = false,
  labelledBy,
  children,
  density = "normal",
  size = "body",
  framed = false,
  minWidth,
  stickyHeader = false,
  className = "",
}: TableProps) {
  const captionId = useId();
  const box = useRef<HTMLDivElement>(null);
  const edges = useScrollEdges(box);
  const nameId = labelledBy ?? captionId;
  const scrollClass = [
    // relative: screen-reader-only text in a far column is positioned in the box, not
    // the page, so it cannot widen the page.
    "table-scroll relative max-w-full overflow-x-auto print:overflow-visible",
    stickyHeader ? "max-h-[32rem] overflow-y-auto print:max-h-none" : "",
    framed ? "rounded-[inherit]" : className,
  ].join(" ");
  const tableClass = [
    "tbl w-full text-left",
    minWidth ? `${MIN_WIDTH[minWidth]} print:min-w-0` : "",
    size === "caption" ? "text-caption" : "",
  ]
    .filter(Boolean)
    .join(" ");
  const scroller = (
    <div
      ref={box}
      className={scrollClass}
      data-more-start={edges.moreStart || undefined}
      data-more-end={edges.moreEnd || undefined}
      {...(edges.overflows ? { tabIndex: 0, role: "region", "aria-labelledby": nameId } : {})}
    >
      <table
        className={tableClass}
        aria-labelledby={labelledBy}
        data-density={density === "normal" ? undefined : density}
        data-framed={framed || undefined}
      >
        {caption !== undefined ? (
          <caption
            id={captionId}
            className={
              captionHidden ? "sr-only" : "py-2 text-left text-body font-semibold text-ink"
            }
          >
            {caption}
          </caption>
        ) : null}
        {children}
      </table>
    </div>
  );
  return (
    <TableSettings.Provider value={{ stickyHeader }}>
      {framed ? (
        // The card is a box of its own, so its shadow and the scroll shadows never clash.
        <div
          className={`rounded-card border border-line bg-surface-raised shadow-card ${className}`}
        >
          {scroller}
        </div>
      ) : (
        scroller
      )}
    </TableSettings.Provider>
  );
}

/** The header row: its cells are column headers. */
export function TableHead({ children }: { children: ReactNode }) {
  const { stickyHeader } = useContext(TableSettings);
  return (
    <TablePart.Provider value="head">
      <thead
        className={`text-caption text-ink-muted ${stickyHeader ? "sticky top-0 z-10 bg-surface-raised" : ""}`}
      >
        {/* A sticky head draws its line as a shadow: a collapsed border would scroll away. */}
        <tr className={stickyHeader ? "" : "border-b border-line"}>{children}</tr>
      </thead>
    </TablePart.Provider>
  );
}

export function TableBody({ children }: { children: ReactNode }) {
  return (
    <TablePart.Provider value="body">
      <tbody className="divide-y divide-line">{children}</tbody>
    </TablePart.Provider>
  );
}

/** Totals: set apart by a line and bold. */
export function TableFoot({ children }: { children: ReactNode }) {
  return (
    <TablePart.Provider value="foot">
      <tfoot className="border-t border-line font-semibold">{children}</tfoot>
    </TablePart.Provider>
  );
}

/** A row that a page break never cuts in two. */
export function Tr({ className = "", ...props }: HTMLAttributes<HTMLTableRowElement>) {
  return <tr className={`break-inside-avoid ${className}`} {...props} />;
}

type CellOptions = {
  /** Numbers: right-aligned, tabular figures, never broken over two lines. */
  numeric?: boolean;
};

/**
 * A header cell: a column header in `TableHead`, a row header elsewhere (the row's
 * name, usually its first cell).
 */
export function Th({
  numeric = false,
  weight,
  className = "",
  ...props
}: ThHTMLAttributes<HTMLTableCellElement> &
  CellOptions & {
    /** Row headers are medium by default; "normal" for a plain list of names. */
    weight?: "normal" | "medium";
  }) {
  const settings = useContext(TableSettings);
  const part = useContext(TablePart);
  const font =
    part === "foot"
      ? "font-semibold"
      : weight === "normal" && part !== "head"
        ? "font-normal"
        : "font-medium";
  const sticky =
    part === "head" && settings.stickyHeader ? "shadow-[inset_0_-1px_0_var(--color-line)]" : "";
  return (
    <th
      scope={part === "head" ? "col" : "row"}
      className={`${font} ${numeric ? NUMERIC : "text-left"} ${sticky} ${className}`.trim()}
      {...props}
    />
  );
}

export function Td({
  numeric = false,
  className = "",
  ...props
}: TdHTMLAttributes<HTMLTableCellElement> & CellOptions) {
  const classes = `${numeric ? NUMERIC : ""} ${className}`.trim();
  return <td className={classes || undefined} {...props} />;
}
