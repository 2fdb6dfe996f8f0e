import { z } from "zod";
import type { ProcedureEntry } from "../trpc/procedure-table.ts";

function inputSchema(entry: ProcedureEntry): unknown {
  const [first] = entry.inputs;
  if (!first) return null;
  try {
    return z.toJSONSchema(first, { io: "input", unrepresentable: "any" });
  } catch {
    return {};
  }
}

const errorResponse = {
  description: "Refused: the body names the code, a message and the fields at fault",
  content: {
    "application/json": {
      schema: {
        type: "object",
        properties: {
          error: {
            type: "object",
            properties: {
              code: { type: "string" },
              message: { type: "string" },
              fields: { type: ["object", "null"] },
            },
          },
        },
      },
    },
  },
};

/** The OpenAPI 3.1 document of the REST bridge, generated from the procedures' zod inputs. */
export function openApiDocument(entries: ProcedureEntry[], serverUrl: string) {
  const paths: Record<string, unknown> = {};
  for (const entry of entries) {
    const schema = inputSchema(entry);
    const operation = {
      operationId: entry.path,
      summary: entry.path,
      description: `Requires the permission \`${entry.meta?.permission}\`.`,
      tags: [entry.path.split(".").slice(0, 2).join(".")],
      security: [{ apiKey: [] }],
      ...(entry.type === "query"
        ? {
            parameters: schema
              ? [
                  {
                    name: "input",
                    in: "query",
                    description: "JSON-encoded input",
                    content: { "application/json": { schema } },
                  },
                ]
              : [],
          }
        : {
            requestBody: {
              required: Boolean(schema),
              content: { "application/json": { schema: schema ?? {} } },
            },
          }),
      responses: {
        "200": { description: "`{ data }`" },
        "400": errorResponse,
        "401": errorResponse,
        "403": errorResponse,
        "404": errorResponse,
        "409": errorResponse,
      },
    };
    paths[`/api/v1/${entry.path}`] = { [entry.type === "query" ? "get" : "post"]: operation };
  }
  return {
    openapi: "3.1.0",
    info: { title: "Quartet API", version: "1" },
    servers: [{ url: serverUrl }],
    components: {
      securitySchemes: { apiKey: { type: "http", scheme: "bearer", description: "A Quartet API key, qk_…" } },
    },
    paths,
  };
}
