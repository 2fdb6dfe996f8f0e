const performer = (text: string) => ({
  text,
  options: {
    department: "A department or several people",
    specialist: "A dedicated specialist",
    owner: "The owner himself",
    nobody: "Nobody",
  },
});

const measure = (text: string) => ({
  text,
  options: {
    targets: "A plan: monthly targets",
    kpi: "KPIs without a plan",
    nothing: "Nothing is measured",
  },
});

/** The department self-diagnostic: the questionnaire, its report and the consultation request. */
export const diagnostic = {
  nav: "Self-diagnostic",
  title: "Sales department self-diagnostic",
  subtitle:
    "The four functions that bring money in: who does each, how, and how it is measured. What Quartet knows from your data is filled in — check it and answer the rest.",
  loading: "Reading your data…",
  failed: "The diagnostic could not be loaded. Refresh the page to try again.",
  department: "The department as a whole",
  progress: "{answered} of {total} questions answered",
  fromData: "From Quartet's data: {text}",
  build: "Build the report",
  building: "Building…",
  left: {
    one: "{count} question left: answer it to build the report.",
    other: "{count} questions left: answer them to build the report.",
  },
  questions: {
    prospecting: {
      performer: performer("Who finds new leads?"),
      scripts: {
        text: "Are there scripts and algorithms for cold calls?",
        options: { yes: "Yes, for every kind of call", partly: "For some calls", no: "No" },
      },
      "lead-definition": {
        text: "Who counts as a lead?",
        options: {
          interest: "Only someone who expressed interest",
          "any-contact": "Any contact from a list",
          undefined: "Not defined",
        },
      },
      measure: measure("How is prospecting measured?"),
    },
    "first-sale": {
      performer: performer("Who makes the first sale?"),
      "won-when": {
        text: "What counts as a first sale?",
        options: {
          money: "Money received",
          prepayment: "A prepayment",
          contract: "A signed contract",
          undefined: "Not defined",
        },
      },
      measure: measure("How is the first sale measured?"),
    },
    farming: {
      performer: performer("Who develops existing clients?"),
      "separate-roles": {
        text: "Are hunters and farmers different people?",
        options: {
          "by-strength": "Yes, chosen for their strengths",
          separate: "Yes, but not chosen for it",
          same: "No, the same people do both",
        },
      },
      handoff: {
        text: "Is there a rule for handing a client from first sale to farming?",
        options: { rule: "Yes, a written rule", informal: "By agreement, case by case", none: "No" },
      },
      cadence: {
        text: "How often are existing clients contacted?",
        options: {
          weekly: "Every week",
          monthly: "Every month",
          quarterly: "Every quarter",
          rarely: "Less than once a quarter",
          none: "When it happens",
        },
      },
      measure: measure("How is farming measured?"),
    },
    vip: {
      performer: performer("Who serves VIP clients?"),
      criteria: {
        text: "Are VIP criteria defined?",
        options: { defined: "Yes, written criteria", informal: "Roughly, by feel", none: "No" },
      },
      terms: {
        text: "Do VIP clients get special conditions?",
        options: { yes: "Yes", no: "No" },
      },
      measure: measure("How is VIP work measured?"),
    },
    department: {
      "client-base": {
        text: "Is the client base kept in one system?",
        options: {
          "one-system": "Yes, in one system",
          scattered: "In several places: spreadsheets, phones, mail",
          none: "There is no base",
        },
      },
    },
  },
  source: {
    "performer-owner": "the owner alone is assigned",
    "performer-specialist": "one person is assigned",
    "performer-department": { one: "{count} person is assigned", other: "{count} people are assigned" },
    "performer-nobody": "nobody is at work on it",
    targets: { one: "{count} monthly target set", other: "{count} monthly targets set" },
    "roles-shared": {
      one: "{count} person works on both first sale and farming",
      other: "{count} people work on both first sale and farming",
    },
    "roles-separate": "nobody works on both first sale and farming",
    clients: { one: "{count} client in Quartet", other: "{count} clients in Quartet" },
    scripts: { one: "{count} call script", other: "{count} call scripts" },
    "won-money": "a deal is won when the money is received",
    "won-contract": "a deal is won when the contract is signed",
    "won-prepayment": "a deal is won at a prepayment of {percent} %",
    "handoff-automatic": "a won client is handed to farming automatically",
    "handoff-manual": "won clients are not handed to farming automatically",
    cadence: "the most frequent contact rule: every {days} days",
    "vip-tiers": { one: "{count} VIP tier", other: "{count} VIP tiers" },
  },
  report: {
    title: "Self-diagnostic report",
    made: "Built {date}",
    scores: "Score per function",
    score: "{score} of 100",
    weakest: "The weakest leg: {function}",
    weakestHint: "A stool stands as firmly as its weakest leg: start there.",
    departmentScore: "The department as a whole: {score} of 100",
    recommendations: "What to do",
    none: "No recommendations: every answer is the best one.",
    because: "Your answer: {answer}",
    print: "Print / PDF",
    back: "All reports",
    sent: "Sent to the consultant {date}",
    answers: "Answers",
    notFound: "There is no such report.",
  },
  recommendation: {
    "enable-function": {
      title: "Enable {function}",
      reason: "Nobody performs this function, and its plugin is off.",
      action: "Functions",
    },
    "assign-person": {
      title: "Assign someone to {function}",
      reason: "The plugin is on, but nobody is at work on this function.",
      action: "Team",
    },
    "assign-specialist": {
      title: "Assign a specialist to {function}",
      reason: {
        one: "The owner does it himself and handles {count} client there.",
        other: "The owner does it himself and handles {count} clients there.",
      },
      reasonNoClients: "The owner does it himself: his time is better spent running the department.",
      action: "Team",
    },
    "write-scripts": {
      title: "Write a cold-call script",
      reason: "Callers without a script each improvise; a script makes results repeatable and teachable.",
      action: "Call scripts",
    },
    "define-lead": {
      title: "Define what counts as a lead",
      reason: "A lead is only someone who expressed interest; counting every contact hides the real flow.",
      action: "Leads",
    },
    "define-first-sale": {
      title: "Define what counts as a first sale",
      reason:
        "Without it hunters and their plan cannot be judged: choose money received, a prepayment or a contract.",
      action: "Functions",
    },
    "separate-hunters-farmers": {
      title: "Separate hunters and farmers",
      reason: {
        one: "{count} person both hunts and farms: new sales crowd out existing clients.",
        other: "{count} people both hunt and farm: new sales crowd out existing clients.",
      },
      reasonNoCount: "The same people hunt and farm: new sales crowd out existing clients.",
      action: "Team",
    },
    "staff-by-strength": {
      title: "Choose hunters and farmers by their strengths",
      reason: "Hunters need to negotiate hard; farmers need to know the assortment and keep in touch.",
      action: "Team",
    },
    "handoff-rule": {
      title: "Set a handoff rule from first sale to farming",
      reason: "Without a rule won clients get stuck with the hunter or are lost between people.",
      action: "Functions",
    },
    "contact-cadence": {
      title: "Set how often clients are contacted",
      reason: "Existing clients contacted less than once a quarter drift to competitors.",
      action: "Farming rules",
    },
    "define-vip-criteria": {
      title: "Define VIP criteria",
      reason: "Without written criteria VIP status is a favour, not a program.",
      action: "VIP program",
    },
    "vip-terms": {
      title: "Define special conditions for VIP clients",
      reason: "A VIP client who is served like everyone else has no reason to stay one.",
      action: "VIP program",
    },
    "set-targets": {
      title: "Set monthly targets for {function}",
      reason: "What is not planned cannot be judged: a monthly target makes the function measurable.",
      action: "Plan",
    },
    "one-client-base": {
      title: "Keep the client base in one system",
      reason: "Clients kept in spreadsheets and phones leave with the people who keep them.",
      action: "Import clients",
    },
  },
  send: {
    open: "Send to a consultant",
    title: "Request a consultation",
    description: "The report goes to the sales consultant with your contacts; they will call you back.",
    name: "Your name",
    phone: "Phone",
    comment: "Comment",
    commentPlaceholder: "What would you like to discuss?",
    submit: "Send",
    done: "The report was sent to the consultant",
    notConfigured: "Sending to a consultant is not set up on this server.",
    unreachable: "The consultant could not be reached. Try again later.",
    fields: {
      name: "Give your name",
      phone: "Give a phone",
      phoneInvalid: "Not a phone number",
    },
  },
  list: {
    title: "Past reports",
    empty: "No reports yet: answer the questions above to build the first one.",
    date: "Date",
    weakest: "Weakest leg",
    scores: "Scores",
    sent: "Sent",
    notSent: "—",
    open: "Open",
  },
} as const;
