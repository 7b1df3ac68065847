/**
 * Like `Promise.all`, but it waits for every promise to settle before it throws the first
 * failure: no request is left running when a step reports an error or ends.
 */
export const whenAll = async <T extends readonly unknown[]>(
  promises: readonly Promise<unknown>[],
): Promise<T> => {
  const settled: PromiseSettledResult<unknown>[] = await Promise.allSettled(promises);
  const failed = settled.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.map((result) =>
    result.status === 'fulfilled' ? result.value : undefined,
  ) as unknown as T;
};

/** Each task's result, or the first failure after all have settled, with what succeeded. */
export const settleEach = async <I, R>(
  items: readonly I[],
  task: (item: I) => Promise<R>,
): Promise<{ done: { item: I; result: R }[]; failure?: Error }> => {
  const settled = await Promise.allSettled(items.map(task));
  const done = settled.flatMap((result, index) =>
    result.status === 'fulfilled' ? [{ item: items[index] as I, result: result.value }] : [],
  );
  const failed = settled.find((result) => result.status === 'rejected');
  if (!failed) return { done };
  const reason: unknown = failed.reason;
  return { done, failure: reason instanceof Error ? reason : new Error(String(reason)) };
};
