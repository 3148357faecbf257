import { Type, type TSchema } from "typebox";

/** `T` or null. */
export const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
/** An ISO date-time, or null where the moment has not come. */
export const IsoOrNull = Nullable(Type.String({ format: "date-time" }));
/** Text keyed by name: the headers of a request or an answer. */
export const Headers = Type.Record(Type.String(), Type.String());
/** A JSON value as it was given or sent (a lead's data, a request's body, a decision trace). */
export const Json = Type.Unknown();
