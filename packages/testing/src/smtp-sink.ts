/** A local SMTP server that keeps what it receives, for tests of mail a plugin sends. */
export * from "@quartet/server/testing/smtp-sink";
