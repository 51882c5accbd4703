import type { Config } from "tailwindcss";

// Colours point at the design tokens in styles/tokens.css, so light and dark
// themes switch in one place and components never hard-code a palette.
const token = (name: string) => `var(--color-${name})`;

export default {
  content: ["./app/**/*.{ts,tsx}"],
  theme: {
    extend: {
      colors: {
        surface: {
          DEFAULT: token("surface"),
          muted: token("surface-muted"),
          raised: token("surface-raised"),
        },
        ink: { DEFAULT: token("ink"), muted: token("ink-muted"), subtle: token("ink-subtle") },
        line: { DEFAULT: token("line"), strong: token("line-strong") },
        brand: {
          DEFAULT: token("brand"),
          strong: token("brand-strong"),
          soft: token("brand-soft"),
          ink: token("brand-ink"),
        },
        success: { DEFAULT: token("success"), soft: token("success-soft") },
        warning: { DEFAULT: token("warning"), soft: token("warning-soft") },
        danger: { DEFAULT: token("danger"), soft: token("danger-soft") },
        phase: {
          analysis: token("phase-analysis"),
          pilot: token("phase-pilot"),
          scale: token("phase-scale"),
        },
      },
      fontFamily: {
        sans: ["var(--font-sans)"],
      },
      fontSize: {
        // The type scale (1.2 ratio), named by role rather than size.
        caption: ["0.8125rem", { lineHeight: "1.25rem" }],
        body: ["0.9375rem", { lineHeight: "1.5rem" }],
        lead: ["1.125rem", { lineHeight: "1.75rem" }],
        title: ["1.375rem", { lineHeight: "1.875rem", fontWeight: "600" }],
        display: ["1.75rem", { lineHeight: "2.25rem", fontWeight: "700" }],
      },
      borderRadius: {
        card: "var(--radius-card)",
        control: "var(--radius-control)",
      },
      spacing: {
        gutter: "var(--space-gutter)",
      },
      boxShadow: {
        card: "var(--shadow-card)",
      },
    },
  },
} satisfies Config;
