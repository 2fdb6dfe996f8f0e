/** The program's section in the settings dialog on the functions page. */
export const settings = {
  settings: {
    title: "VIP program",
    hint: "Tiers from the lowest to the highest, and what a client must meet to enter each.",
    criteria: {
      revenue: "Paid at least {amount} in {months} months",
      tenure: "A client for at least {months} months, paying in each of the last {quarters} quarters",
      "average-order": "Average order at least {amount} over {months} months",
      "largest-order": "Largest order at least {amount} over {months} months",
      categories: "Bought from {count} catalog categories in {months} months",
      "payment-discipline": "At most {max} overdue orders in {months} months",
      manual: "Assigned by hand",
    },
    all: "All conditions must be met",
    any: "Any one condition is enough",
    terms: "Grace before demotion {grace} days · payment terms {terms} days · review every {review} months",
    edit: "Edit the program",
    loading: "Loading the program…",
  },
} as const;
