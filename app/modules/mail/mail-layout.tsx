import type { Locale } from "~/lib/i18n";
import type { MailContent } from "./mails";

// The HTML of every mail: a plain document with inline styles and a table for the
// width, as mail programs expect (no stylesheets, no scripts, no images to load).
// Rendered to static markup on the server (render.server.tsx); never part of a page.

const INK = "#1f2933";
const MUTED = "#52606d";
const BRAND = "#0f5c8c";
const font = "-apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

export function MailLayout({
  content,
  locale,
  linkFallback,
}: {
  content: MailContent;
  locale: Locale;
  linkFallback: string;
}) {
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{content.subject}</title>
      </head>
      <body style={{ margin: 0, padding: 0, backgroundColor: "#f4f6f8" }}>
        <table role="presentation" width="100%" cellPadding={0} cellSpacing={0}>
          <tbody>
            <tr>
              <td align="center" style={{ padding: "24px 12px" }}>
                <table
                  role="presentation"
                  width="100%"
                  cellPadding={0}
                  cellSpacing={0}
                  style={{
                    maxWidth: 560,
                    backgroundColor: "#ffffff",
                    borderRadius: 8,
                    fontFamily: font,
                    fontSize: 16,
                    lineHeight: 1.5,
                    color: INK,
                  }}
                >
                  <tbody>
                    <tr>
                      <td style={{ padding: "28px 32px" }}>
                        <p style={{ margin: "0 0 20px", fontWeight: 700, color: BRAND }}>
                          Fahrplan
                        </p>
                        <p style={{ margin: "0 0 12px" }}>{content.greeting}</p>
                        {content.paragraphs.map((paragraph) => (
                          <p key={paragraph} style={{ margin: "0 0 12px" }}>
                            {paragraph}
                          </p>
                        ))}
                        {content.sections?.map((section) => (
                          <div key={section.heading}>
                            <p style={{ margin: "20px 0 6px", fontWeight: 700 }}>
                              {section.heading}
                            </p>
                            <ul style={{ margin: "0 0 12px", paddingLeft: 20 }}>
                              {section.items.map((item, index) => (
                                <li key={index} style={{ margin: "0 0 4px" }}>
                                  {item.url ? (
                                    <a href={item.url} style={{ color: BRAND }}>
                                      {item.text}
                                    </a>
                                  ) : (
                                    item.text
                                  )}
                                </li>
                              ))}
                            </ul>
                          </div>
                        ))}
                        <p style={{ margin: "24px 0" }}>
                          <a
                            href={content.action.url}
                            style={{
                              display: "inline-block",
                              padding: "12px 20px",
                              borderRadius: 6,
                              backgroundColor: BRAND,
                              color: "#ffffff",
                              fontWeight: 600,
                              textDecoration: "none",
                            }}
                          >
                            {content.action.label}
                          </a>
                        </p>
                        <p style={{ margin: "0 0 4px", fontSize: 14, color: MUTED }}>
                          {linkFallback}
                        </p>
                        <p style={{ margin: "0 0 20px", fontSize: 14, wordBreak: "break-all" }}>
                          <a href={content.action.url} style={{ color: BRAND }}>
                            {content.action.url}
                          </a>
                        </p>
                        <p style={{ margin: "0 0 20px", fontSize: 14, color: MUTED }}>
                          {content.note}
                        </p>
                        <p
                          style={{
                            margin: 0,
                            paddingTop: 16,
                            borderTop: "1px solid #e4e7eb",
                            fontSize: 13,
                            color: MUTED,
                          }}
                        >
                          {content.footer}
                        </p>
                        {content.unsubscribe ? (
                          <p style={{ margin: "8px 0 0", fontSize: 13, color: MUTED }}>
                            <a href={content.unsubscribe.url} style={{ color: MUTED }}>
                              {content.unsubscribe.text}
                            </a>
                          </p>
                        ) : null}
                      </td>
                    </tr>
                  </tbody>
                </table>
              </td>
            </tr>
          </tbody>
        </table>
      </body>
    </html>
  );
}
