/** The part of a libSQL client the baseline uses. */
export type RawReader = {
  execute(statement: { sql: string; args: (string | number)[] }): Promise<{ rows: readonly unknown[] }>;
};

/**
 * The baseline: the inputs of farming's recompute aggregated by SQL alone, per client — revenue in
 * the four windows (payments), orders and first/last order date, categories bought in 12 months
 * (lines through products), the last contact. Returns the number of rows of each read.
 */
export async function rawAggregate(client: RawReader, today: string): Promise<number> {
  const shift = (months: number) => `date('${today}', '-${months} months')`;
  const reads = [
    `select client_id,
       sum(case when paid_on > ${shift(12)} then amount_minor else 0 end),
       sum(case when paid_on <= ${shift(12)} and paid_on > ${shift(24)} then amount_minor else 0 end),
       sum(case when paid_on > ${shift(6)} then amount_minor else 0 end),
       sum(case when paid_on <= ${shift(6)} and paid_on > ${shift(12)} then amount_minor else 0 end)
     from core_payments where paid_on > ${shift(24)} group by client_id`,
    `select client_id, count(*), min(ordered_on), max(ordered_on), group_concat(ordered_on)
     from core_orders where status = 'confirmed' group by client_id`,
    `select o.client_id, count(distinct p.category_id)
     from core_orders o join core_order_lines l on l.order_id = o.id join core_products p on p.id = l.product_id
     where o.status = 'confirmed' and o.ordered_on > ${shift(12)} group by o.client_id`,
    `select client_id, max(occurred_at) from core_activities
     where type in ('call', 'meeting', 'message', 'email') group by client_id`,
  ];
  let rows = 0;
  for (const sql of reads) rows += (await client.execute({ sql, args: [] })).rows.length;
  return rows;
}
