import type { Prisma as PostgresPrisma } from "~/generated/prisma-postgresql/client";
import type * as PostgresEnums from "~/generated/prisma-postgresql/enums";
import type { Prisma as SqlitePrisma, PrismaClient } from "~/generated/prisma-sqlite/client";
import type * as SqliteEnums from "~/generated/prisma-sqlite/enums";

/*
 * One client type for both providers.
 *
 * Both generated clients come from the same models (prisma/models.prisma), so the app
 * is written once against one of them: the SQLite client's types, because SQLite
 * accepts less. The PostgreSQL client stands in for it at run time (createDb). What
 * makes that sound is checked here at compile time, on every typecheck:
 *
 *   - the same models, with the same fields and field types (what queries return);
 *   - every argument the SQLite client accepts, the PostgreSQL client accepts too
 *     (PostgreSQL adds to it: `mode: "insensitive"`, field references in `in`, more
 *     isolation levels — none of which the app can use through this type);
 *   - the same enums with the same values.
 *
 * The generated method signatures themselves (generic, conditional types) cannot be
 * compared as a whole: TypeScript does not relate two copies of such types. One known
 * difference the argument check cannot see: JSON path filters take a string on SQLite
 * and an array on PostgreSQL; the app filters on no JSON column.
 */
export type Db = PrismaClient;

type SqliteModels = SqlitePrisma.TypeMap["model"];
type PostgresModels = PostgresPrisma.TypeMap["model"];
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type OperationsOf<M> = M extends { operations: infer O } ? O : never;
type ArgsOf<O> = O extends { args: infer A } ? A : never;
type ScalarsOf<M> = M extends { payload: { scalars: infer S } } ? S : never;

/** Per model: true, or the operations whose SQLite arguments PostgreSQL would refuse. */
type ArgumentsFit = {
  [M in keyof SqliteModels]: {
    [O in keyof OperationsOf<SqliteModels[M]>]: O extends keyof OperationsOf<PostgresModels[M]>
      ? [ArgsOf<OperationsOf<SqliteModels[M]>[O]>] extends [
          ArgsOf<OperationsOf<PostgresModels[M]>[O]>,
        ]
        ? true
        : O
      : O;
  }[keyof OperationsOf<SqliteModels[M]>];
};
/** Per model: whether both clients return the same fields. */
type SameFields = {
  [M in keyof SqliteModels]: Same<ScalarsOf<SqliteModels[M]>, ScalarsOf<PostgresModels[M]>>;
};
type EnumValues<E> = { [K in keyof E]: E[K] extends Record<string, infer V> ? V : never };

type AllTrue<T> = { [K in keyof T]: true };
/** Compiles only for `true`; otherwise the error shows what differs (a model, an operation). */
type Expect<T extends true> = T;
type _SameModels = Expect<Same<keyof SqliteModels, keyof PostgresModels>>;
type _ArgumentsFit = Expect<ArgumentsFit extends AllTrue<ArgumentsFit> ? true : ArgumentsFit>;
type _SameFields = Expect<SameFields extends AllTrue<SameFields> ? true : SameFields>;
type _SameEnums = Expect<Same<EnumValues<typeof SqliteEnums>, EnumValues<typeof PostgresEnums>>>;

/** The values of one of the models' enums (the same in both clients, checked above). */
export type DbEnum<Name extends keyof EnumValues<typeof SqliteEnums>> = EnumValues<
  typeof SqliteEnums
>[Name];
