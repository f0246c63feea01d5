/**
 * A few promise helpers over IndexedDB: just enough for the browser host, no library.
 * Every write the host makes goes through `transact`, so a save is one transaction.
 */
/** `media`: a user scenario's images, by its name, apart so listing scenarios stays light. */
export const STORES = ['sessions', 'scenarios', 'media'] as const
export type StoreName = (typeof STORES)[number]

export function openDatabase(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    // Version 2 added the media store; upgrading creates whatever store is missing.
    const request = indexedDB.open(name, 2)
    request.onupgradeneeded = () => {
      for (const store of STORES) {
        if (!request.result.objectStoreNames.contains(store))
          request.result.createObjectStore(store)
      }
    }
    request.onsuccess = () => {
      resolve(request.result)
    }
    request.onerror = () => {
      reject(request.error ?? new Error(`Could not open the ${name} database`))
    }
  })
}

export function requestToPromise<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => {
      resolve(request.result)
    }
    request.onerror = () => {
      reject(request.error ?? new Error('IndexedDB request failed'))
    }
  })
}

/**
 * Runs `work` in one transaction and resolves when it commits (not when the last request
 * succeeds): only a committed transaction is on disk.
 */
export function transact<T>(
  db: IDBDatabase,
  store: StoreName,
  mode: IDBTransactionMode,
  work: (store: IDBObjectStore) => Promise<T>,
): Promise<T> {
  const tx = db.transaction(store, mode)
  const committed = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => {
      resolve()
    }
    tx.onabort = () => {
      reject(tx.error ?? new Error('IndexedDB transaction aborted'))
    }
    tx.onerror = () => {
      reject(tx.error ?? new Error('IndexedDB transaction failed'))
    }
  })
  const done = attempt(() => work(tx.objectStore(store))).catch((error: unknown) => {
    // A failed step (a full disk, a refused record) must not commit the steps before it.
    try {
      tx.abort()
    } catch {
      // Already finished or aborted: nothing was left to undo.
    }
    throw error
  })
  return Promise.all([done, committed]).then(([result]) => result)
}

/** A synchronous throw as a rejection, so one path handles both. */
function attempt<T>(run: () => Promise<T>): Promise<T> {
  try {
    return run()
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)))
  }
}
