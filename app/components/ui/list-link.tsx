import type { AnchorHTMLAttributes } from "react";
import { useNavigate } from "react-router";

type ListLinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href"> & {
  /** An absolute path of this app ("/o/…"). */
  to: string;
};

/**
 * A link to an absolute path of this app, for links in long lists (task cards,
 * task lists, the timeline, KPI cards) and on every page (the main
 * navigation). A plain click navigates inside the app like React
 * Router's <Link>; a modified or middle click, or a page without JavaScript,
 * gets a normal link. <Link> resolves its target against the route tree on
 * every render (~10 µs each on the server, and each task card has two: the
 * pilot board of the 300-task bench roadmap had 200); an absolute path needs
 * none of that.
 */
export function ListLink({ to, onClick, children, ...props }: ListLinkProps) {
  const navigate = useNavigate();
  return (
    <a
      {...props}
      href={to}
      onClick={(event) => {
        onClick?.(event);
        if (
          event.defaultPrevented ||
          event.button !== 0 ||
          event.metaKey ||
          event.altKey ||
          event.ctrlKey ||
          event.shiftKey ||
          (props.target !== undefined && props.target !== "_self")
        ) {
          return;
        }
        event.preventDefault();
        void navigate(to);
      }}
    >
      {children}
    </a>
  );
}
