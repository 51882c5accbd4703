export * from "./core";
export * from "./format";
