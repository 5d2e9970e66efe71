import { v7 } from 'uuid';

/**
 * New primary key: a UUIDv7, so ids sort by creation time and keep B-tree inserts
 * local on both engines.
 */
export const newId = (): string => v7();
