/** What the server said about a refused call; the design system reads it for every plugin. */
export { failureOf, type ServerFailure as Failure } from "@quartet/ui/pure";
