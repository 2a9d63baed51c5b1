/**
 * The name of a conversation's live object: its site and its id together. A conversation id is
 * the client's choice (8-64 characters, `CONVERSATION_ID_PATTERN`) and unique only within one
 * database, and sites are sharded over databases: keyed by the id alone, two sites' visitors
 * using one id would share an object, and each would be pushed the other's team replies. A site
 * id never holds ':' (`SITE_ID_PATTERN`), so no two pairs make one name.
 *
 * @example
 * liveObjectName("acme", "c-123456"); // "acme:c-123456"
 */
export function liveObjectName(site: string, conversationId: string): string {
  return `${site}:${conversationId}`;
}
