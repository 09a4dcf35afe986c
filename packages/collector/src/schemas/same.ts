/** Compiles only when A and B are the same type: a schema written for a type the code returns cannot drift from it. */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const same = <A, B>(_: Same<A, B>) => {};
