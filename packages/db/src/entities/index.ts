/** Every entity the ORM knows, listed explicitly so discovery needs no file globs or decorator metadata. */
export const entities: Function[] = [];
