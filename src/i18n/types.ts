/** A message is a plain string or a function of its parameters. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Message = string | ((...args: any[]) => string);
export type MessageSet = Record<string, Message>;

/** The English set must have every key of the Swedish one, with the same parameters. */
export type Translation<T extends MessageSet> = { [K in keyof T]: T[K] };
