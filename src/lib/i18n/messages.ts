/** Another language's file for a Swedish message file: exactly its keys, each a string. */
export type Messages<Swedish> = { readonly [Key in keyof Swedish]: string };
