/**
 * Runs a unit of work in one database transaction: everything inside commits together
 * or not at all. `S` is the set of capability stores the work may use; each store is a
 * small interface declared by its capability and implemented in `storage/`.
 */
export interface Transactor<S> {
  transaction<T>(work: (stores: S) => Promise<T>): Promise<T>;
}
