/** One batch's answer of `leads.createDeals`. */
export type Batch = { processed: number; created: number; nextCursor: string | null };

/**
 * Walks the catch-up batch by batch until the server says there is nothing after, reporting the
 * leads processed so far after each batch; answers how many deals were created.
 *
 * @example await catchUp((after) => api.leads.createDeals.mutate({ after }), (done) => setDone(done))
 */
export async function catchUp(
  batch: (after: string | null) => Promise<Batch>,
  progress: (processed: number) => void,
): Promise<number> {
  let after: string | null = null;
  let processed = 0;
  let created = 0;
  do {
    const answer: Batch = await batch(after);
    processed += answer.processed;
    created += answer.created;
    progress(processed);
    after = answer.nextCursor;
  } while (after);
  return created;
}
