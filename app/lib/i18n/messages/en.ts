import type { MessageTree } from "./types";
import { accountMessages } from "./accounts";
import { auditMessages } from "./audit";
import { dashboardMessages } from "./dashboard";
import { kpiMessages } from "./kpis";
import { oversightMessages } from "./oversight";
import { portfolioMessages } from "./portfolio";
import { reportMessages } from "./reports";
import { assessmentMessages } from "./assessment";
import { registerMessages } from "./register";
import { literacyMessages } from "./literacy";
import { dataSourceMessages } from "./data-sources";
import { governanceMessages } from "./governance";
import { useCaseMessages } from "./use-cases";
import { roadmapMessages } from "./roadmaps";
import { taskMessages } from "./tasks";
import { nextRoadmapMessages } from "./next-roadmap";
import { reviewMessages } from "./reviews";
import { mailMessages } from "./mail";
import { apiMessages } from "./api";
import { passwordResetMessages } from "./password-reset";
import { notificationMessages } from "./notifications";
import { webhookMessages } from "./webhooks";

export const en = {
  roadmaps: roadmapMessages.en,
  tasks: taskMessages.en,
  useCases: useCaseMessages.en,
  assessment: assessmentMessages.en,
  register: registerMessages.en,
  literacy: literacyMessages.en,
  dataSources: dataSourceMessages.en,
  governance: governanceMessages.en,
  kpis: kpiMessages.en,
  dashboard: dashboardMessages.en,
  reports: reportMessages.en,
  accounts: accountMessages.en,
  audit: auditMessages.en,
  oversight: oversightMessages.en,
  nextRoadmap: nextRoadmapMessages.en,
  portfolio: portfolioMessages.en,
  reviews: reviewMessages.en,
  mail: mailMessages.en,
  api: apiMessages.en,
  passwordReset: passwordResetMessages.en,
  notifications: notificationMessages.en,
  webhooks: webhookMessages.en,
  app: {
    name: "Fahrplan",
    tagline: "Your 90-day AI roadmap",
    skipToContent: "Skip to content",
    mainNav: "Main navigation",
    language: "Language",
    languageName: { de: "Deutsch", en: "English" },
    switchTo: "Deutsch",
    signOut: "Sign out",
    signedInAs: "Signed in as {name}",
    organisation: "Organisation",
    switchOrganisation: "switch organisation",
    cancel: "Cancel",
    menu: "Menu",
    account: "Your account: {name} ({role})",
    theme: { label: "Appearance", system: "As the device", light: "Light", dark: "Dark" },
  },
  nav: {
    members: "Members",
    overview: "Overview",
    myTasks: "My tasks",
    useCases: "Use cases",
    kpis: "KPIs",
    dashboard: "Dashboard",
    governance: "Governance",
    settings: "Settings",
  },
  role: { owner: "Owner", manager: "Manager", member: "Member", viewer: "Viewer" },
  signIn: {
    title: "Sign in to Fahrplan",
    intro: "Plan, run and govern your first 90-day AI roadmap.",
    email: "E-mail",
    password: "Password",
    submit: "Sign in",
    submitting: "Signing in…",
    invalidCredentials: "E-mail or password is incorrect.",
    demoTitle: "Demo",
    demoHint:
      "The demo organisation is loaded. Sign in with one of the demo accounts from the README.",
  },
  validation: {
    required: "Please fill in this field.",
    email: "Please enter a valid e-mail address.",
    tooLong: "This is too long (at most {max} characters).",
    tooShort: "This is too short (at least {min} characters).",
    passwordCommon: "This password is too common and easy to guess. Please choose another one.",
    passwordPersonal: "The password must not be made of your name or e-mail address.",
    passwordDemo: "That is the published demo password. Please choose one of your own.",
    passwordSame: "The new password must differ from the current one.",
    formErrors: "Please correct the marked fields.",
    // The field vocabulary (app/lib/fields.ts)
    invalid: "This value is not valid.",
    reload: "This form is out of date or incomplete. Please reload the page.",
    choice: "Please choose one of the options.",
    date: "Please enter a valid date.",
    dateYears: "Please enter a date between {from} and {to}.",
    number: "Please enter a number, e.g. 12.5.",
    numberRange: "Please enter a number from {min} to {max}.",
    fractionDigits: "Please use at most {digits} decimal places.",
    wholeNumber: "Please enter a whole number, e.g. 12.",
    countRange: "Please enter a whole number from {min} to {max}.",
    notNegative: "This cannot be negative.",
    percent: "Please enter a percentage from {min} to {max}, e.g. 12.5.",
    money: "Please enter an amount in euros, e.g. 1,234.56.",
    moneyMax: "Please enter at most €{max}.",
    link: "Please enter a web address starting with https://.",
  },
  /** A stale save or delete (app/lib/versioned.server.ts), shown by ConflictNotice. */
  conflict: {
    body: "Your changes were not saved. This is how it is stored now; your entries are still in the form. Save again to replace the current values with yours.",
    deleteBody:
      "Nothing was deleted. This is how it is stored now; delete again if it should go anyway.",
    saveAnyway: "Save my version",
  },
  roadmap: {
    status: { draft: "Draft", active: "Active", completed: "Completed", archived: "Archived" },
    dateRange: "{start} – {end}",
    weekOf: "Week {week} of {total}",
    notStarted: "Starts on {date}",
    finished: "Ended on {date}",
    overall: "Overall progress",
    tasksDone: { one: "{done} of {count} task done", other: "{done} of {count} tasks done" },
    expected: "Planned by today: {percent}",
    health: { ahead: "Ahead of plan", on_track: "On plan", behind: "Behind plan" },
    timeline: "Timeline",
    timelineWeek: "W{week}",
    today: "Today",
    gate: "Gate",
    dueThisWeek: "Due this week",
    dueThisWeekEmpty: "Nothing is due this week.",
    overdue: "Overdue",
    overdueEmpty: "Nothing is overdue. Well done.",
    noOwner: "Unassigned",
    dueOn: "Due {date}",
    ambition: "Ambition",
    otherRoadmaps: "Other roadmaps",
    emptyTitle: "No roadmap yet",
    emptyBody:
      "A roadmap turns the 90-day method into dated phases, tasks and gates. Ask a manager of your organisation to create the first one.",
  },
  phase: {
    analysis: "Analysis & focus",
    pilot: "Pilot with governance",
    scale: "Evaluate & scale",
    weeks: "Weeks {start}–{end}",
    current: "Current phase",
    gateStatus: {
      open: "Gate open",
      requested: "Approval requested",
      approved: "Gate approved",
      rejected: "Gate rejected",
    },
    gateOverdue: "Gate overdue",
  },
  task: {
    status: { todo: "To do", in_progress: "In progress", blocked: "Blocked", done: "Done" },
    priority: { low: "Low", medium: "Medium", high: "High" },
  },
  errors: {
    notFoundTitle: "Page not found",
    notFoundBody: "This page does not exist, or you do not have access to it.",
    forbiddenTitle: "Not allowed",
    forbiddenBody: "Your role in this organisation does not allow this.",
    badRequestTitle: "That did not work",
    badRequestBody: "The request could not be processed. Please check your input.",
    tooLargeTitle: "Too much at once",
    tooLargeBody:
      "The request is larger than allowed (at most 1 MB) and was not read. Please shorten your input.",
    tooManyTitle: "Too many attempts",
    tooManyBody: "Please wait a moment and try again.",
    serverTitle: "Something went wrong",
    serverBody:
      "We could not complete this request. Nothing you entered before was lost; please try again.",
    storageFullTitle: "Storage full",
    storageFullBody:
      "Your input was not saved: the server has no free storage left. Everything saved before is kept and can still be viewed. Please try again later, and tell your IT team if it stays this way.",
    storageUnavailableTitle: "Database not reachable",
    storageUnavailableBody:
      "The server cannot reach its database right now. If you were saving something, it did not arrive. Please try again in a minute.",
    reference: "Reference: {id}",
    backHome: "Back to the start page",
  },
} satisfies MessageTree;

/** The English tree defines the shape; German must match it exactly. */
export type Messages = typeof en;
