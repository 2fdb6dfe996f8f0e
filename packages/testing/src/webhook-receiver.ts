/** A local webhook receiver (plain HTTP on a loopback port) that verifies Standard Webhooks signatures. */
export * from "@quartet/server/testing/webhook-receiver";
