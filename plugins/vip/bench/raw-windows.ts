/** The part of a libSQL client the baseline uses. */
export type RawReader = {
  execute(statement: { sql: string; args: (string | number)[] }): Promise<{ rows: readonly unknown[] }>;
};

/** The first day of the calendar quarter `back` quarters before the one holding `today`. */
function quarterStart(today: string, back: number): string {
  const year = Number(today.slice(0, 4));
  const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3) - back;
  const y = year + Math.floor(quarter / 4);
  const month = (((quarter % 4) + 4) % 4) * 3 + 1;
  return `${y}-${String(month).padStart(2, "0")}-01`;
}

/**
 * The baseline: the windows the bench program judges, aggregated by SQL alone per client —
 * revenue paid in the last and the previous 12 months, completed quarters with payments among the
 * last four, orders, first order, average and largest order of 12 months, and orders paid later
 * than `termsDays` after ordering (or unpaid). Returns the number of rows read.
 */
export async function rawWindows(client: RawReader, today: string, termsDays: number): Promise<number> {
  const shift = (months: number) => `date('${today}', '-${months} months')`;
  const reads = [
    `select client_id,
       sum(case when paid_on > ${shift(12)} then amount_minor else 0 end),
       sum(case when paid_on <= ${shift(12)} and paid_on > ${shift(24)} then amount_minor else 0 end),
       count(distinct case when paid_on >= '${quarterStart(today, 4)}' and paid_on < '${quarterStart(today, 0)}'
         then substr(paid_on, 1, 4) || ((cast(substr(paid_on, 6, 2) as integer) + 2) / 3) end)
     from core_payments group by client_id`,
    `select o.client_id, count(*), min(o.ordered_on),
       avg(case when o.ordered_on > ${shift(12)} then o.total_minor end),
       max(case when o.ordered_on > ${shift(12)} then o.total_minor end),
       sum(case when p.paid is null or p.paid > date(o.ordered_on, '+${termsDays} days') then 1 else 0 end)
     from core_orders o
     left join (select order_id, max(paid_on) as paid from core_payments group by order_id) p on p.order_id = o.id
     where o.status = 'confirmed' group by o.client_id`,
  ];
  let rows = 0;
  for (const sql of reads) rows += (await client.execute({ sql, args: [] })).rows.length;
  return rows;
}
