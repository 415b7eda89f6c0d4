/*
 * A backup file's name and version, apart from its schema: the device writes them on every
 * backup, and the start-up download should not carry the schema used only to read one.
 */
export const BACKUP_FORMAT = 'stay-safe-online-backup';
export const BACKUP_FORMAT_VERSION = 1;
