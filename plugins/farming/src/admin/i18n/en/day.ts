/** The farmer's day and the reasons its lines give. */
export const day = {
  day: {
    title: "My day",
    subtitle: "Clients to contact today, most urgent first",
    today: "Today is {date}",
    keysHint: "J and K move down and up the list, Enter opens the client",
    all: "All",
    empty: "Nothing urgent today",
    emptyHint: "Every client is in touch and on schedule.",
    listLabel: "Clients and tasks for today",
    unassigned: "No farmer",
    withTask: "Task",
    due: "by {date}",
    filter: {
      "overdue-contact": "Contact overdue",
      "late-purchase": "Late to buy",
      "at-risk": "At risk",
      task: "Tasks",
    },
    kind: {
      "overdue-contact": "Contact overdue",
      "late-purchase": "Late to buy",
      "at-risk": "At risk",
      task: "Task",
    },
  },
  reasons: {
    overdueContact: "Contact overdue by {overdue}: every {cadence}, last contact {last}",
    overdueNever: "Contact overdue by {overdue}: every {cadence}, no contact yet",
    latePurchase: "Buys about every {interval}; {since} since the last order — {late} late",
    atRisk: "Health {score} of 100, at risk since {since}",
    atRiskScore: "Health {score} of 100",
    task: "{title}",
  },
} as const;
