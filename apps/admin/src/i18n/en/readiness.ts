/** Readiness signals: advice about the department's next growth step, each with its numbers. */
export const readiness = {
  title: "Next growth step",
  description: "Advice drawn from your own numbers: when to hire, enable a leg or split a function.",
  failed: "The advice could not be read. Refresh the page to try again.",
  urgent: "Pressing",
  headline: {
    "hire-callers": "Time to hire callers",
    "hire-farmer": "Time to hire a farmer",
    "enable-vip": "Time to enable VIP",
    "split-function": "Time to make {function} a department",
  },
  weeks: { one: "over the last {count} week", other: "over the last {count} weeks" },
  overDays: { one: "over {count} day", other: "over {count} days" },
  weeksInARow: { one: "{count} week in a row", other: "{count} weeks in a row" },
  hireCallers: {
    you: {
      one: "You made {count} cold call a week on average {weeks}. Part-time callers would free your time for deals.",
      other:
        "You made {count} cold calls a week on average {weeks}. Part-time callers would free your time for deals.",
    },
    person: {
      one: "{name} made {count} cold call a week on average {weeks}, besides their other work. Part-time callers would free that time.",
      other:
        "{name} made {count} cold calls a week on average {weeks}, besides their other work. Part-time callers would free that time.",
    },
  },
  hireFarmer: {
    overdue: {
      one: "{count} won client has had no call, meeting or message for {days} (of {portfolio}).",
      other: "{count} won clients have had no call, meeting or message for {days} (of {portfolio}).",
    },
    portfolio: { one: "You have {count} won client.", other: "You have {count} won clients." },
    nobody: "Nobody covers client development.",
    you: "Only you cover client development.",
    owner: "Only the owner covers client development.",
    people: "Client development: {names}.",
  },
  enableVip: {
    one: "{count} client paid {threshold} or more in the last 12 months — {share}% of your revenue ({revenue}). The VIP leg is not enabled.",
    other:
      "{count} clients paid {threshold} or more each in the last 12 months — {share}% of your revenue ({revenue}). The VIP leg is not enabled.",
  },
  split: {
    overCapacity:
      "Clients waiting to be taken stood at {load}% of what its people take a day for {weeks} ({waiting} waiting, {capacity} a day).",
    soloHolder: "It rests on one person, {name}: {clients} and {tasks}.",
    clients: { one: "{count} client", other: "{count} clients" },
    tasks: { one: "{count} open task", other: "{count} open tasks" },
  },
  act: {
    "hire-callers": "Invite a caller",
    "hire-farmer": "Invite a farmer",
    "enable-vip": "Open the functions",
    "split-function": "Set up teams",
  },
  dismiss: "Hide",
  snooze: "Remind me in a week",
  dismissed: "Hidden for good",
  snoozed: "We will remind you in a week",
} as const;
